// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::UrlPolicy)
};
} // namespace

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString UrlPolicy::violation(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("\"%1\" is not a valid web address.").arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return Tr::tr("The address must not contain a user name or password.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (scheme == QLatin1String("http"))
        return Tr::tr("Keys are only sent over https. Plain http is allowed only for this "
                      "computer (127.0.0.1, ::1 or localhost), not for %1.")
            .arg(url.host());
    return Tr::tr("The address must start with https://.");
}

} // namespace CreatorDesk
