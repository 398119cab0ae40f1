// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/CallbackRequest.h"

#include <QList>
#include <QUrl>

namespace CreatorDesk {

CallbackRequest CallbackRequest::classify(const QByteArray &requestLine, const QString &path,
                                          const QString &expectedState)
{
    CallbackRequest request;
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.") || !parts[1].startsWith('/'))
        return request;
    if (parts[0] != "GET") {
        request.verdict = Verdict::MethodNotAllowed;
        return request;
    }
    const QUrl target(QString::fromLatin1(parts[1]), QUrl::StrictMode);
    if (!target.isValid() || target.path() != path) {
        request.verdict = Verdict::OtherPath;
        return request;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (expectedState.isEmpty() || state != expectedState) {
        request.verdict = Verdict::WrongState;
        return request;
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        request.verdict = Verdict::Denied;
        return request;
    }
    if (query.queryItemValue(QStringLiteral("code")).isEmpty()) {
        request.verdict = Verdict::MissingCode;
        return request;
    }
    request.verdict = Verdict::Accepted;
    request.query = query;
    return request;
}

} // namespace CreatorDesk
