// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeBrowser.h"

#include <QNetworkReply>
#include <QUrlQuery>

namespace CreatorDesk::Testing {

BrowserLauncher FakeBrowser::launcher()
{
    return [this](const QUrl &url) {
        ++opened;
        QMetaObject::invokeMethod(
            this, [this, url] { open(url); }, Qt::QueuedConnection);
        return true;
    };
}

void FakeBrowser::open(const QUrl &authUrl)
{
    if (behaviour == Behaviour::DoNothing)
        return;
    QNetworkRequest consent(authUrl);
    consent.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.get(consent);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        QUrl callback = reply->header(QNetworkRequest::LocationHeader).toUrl();
        if (behaviour == Behaviour::ForgeState) {
            QUrlQuery query(callback);
            query.removeAllQueryItems(QStringLiteral("state"));
            query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
            callback.setQuery(query);
        } else if (behaviour == Behaviour::WrongPath) {
            callback.setPath(QStringLiteral("/somewhere-else"));
        }
        if (const QString code = QUrlQuery(callback).queryItemValue(QStringLiteral("code"));
            !code.isEmpty())
            codes.append(code);
        visit(callback, behaviour == Behaviour::FollowTwice ? 2 : 1);
    });
}

void FakeBrowser::visit(const QUrl &url, int times)
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, times] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        listenerStatuses.append(reply->error() == QNetworkReply::ConnectionRefusedError ? -1
                                                                                        : status);
        lastPage = reply->readAll();
        if (times > 1)
            visit(url, times - 1);
    });
}

} // namespace CreatorDesk::Testing
