// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QPointer>
#include <QString>
#include <QUrl>

namespace CreatorDesk {

// One signed-in service account the app can talk to. The key itself stays in the client's
// HttpClient (memory) and the keychain, never here.
struct Connection
{
    enum class Environment { Live, Test, Sandbox };

    QString displayName;
    QString serviceId;
    QString serviceName;
    QUrl baseUrl;
    Environment environment = Environment::Live;
    QPointer<ApiClient> client;
};

} // namespace CreatorDesk
