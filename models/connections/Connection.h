// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/HttpClient.h"

#include <QDateTime>
#include <QMetaType>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace CreatorDesk {

// One service account the app can talk to. The key itself stays in the HttpClient (memory)
// and the keychain, never here.
struct Connection
{
    enum class Environment { Live, Test, Sandbox };

    QString id; // the ConnectionStore record's id; empty for a connection kept nowhere
    QString displayName;
    QString serviceId;
    QString serviceName;
    QUrl baseUrl;
    Environment environment = Environment::Live;
    QString keyPrefix; // "xq_a1b2…"
    QDateTime lastVerified;
    QString status;
    bool sessionOnly = false;
    QPointer<HttpClient> http;  // every service
    QPointer<ApiClient> client; // xAIcreator connections only
};

} // namespace CreatorDesk

Q_DECLARE_METATYPE(CreatorDesk::Connection)
