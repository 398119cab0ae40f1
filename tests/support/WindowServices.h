// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "common/DesktopNotifications.h"
#include "connections/AccountStatus.h"
#include "connections/Connection.h"
#include "connections/SocialSetSource.h"
#include "publish/Outbox.h"
#include "storage/AppPaths.h"
#include "storage/DraftStore.h"
#include "storage/Settings.h"

namespace CreatorDesk::Testing {

// What Application makes for the main window, made the same way (the same files) for a test
// that builds the window itself. Declared before the window, so it outlives it.
struct WindowServices
{
    Settings settings;
    DraftStore drafts;
    Outbox outbox{AppPaths::outboxFile()};
    AccountStatus accountStatus{&settings, AppPaths::spendingHistoryFile()};
    SocialSetSource socialSets;
    DesktopNotifications notifications;

    MainWindow::Services forWindow(ConnectionModel *connections)
    {
        return {connections, &drafts,   &outbox,       &accountStatus,
                &socialSets, &settings, &notifications};
    }
};

// A connection of the window's model to a sandbox, through clients the test made (and owns).
inline CreatorDesk::Connection sandboxConnection(HttpClient *http, ApiClient *api)
{
    CreatorDesk::Connection connection;
    connection.displayName = QStringLiteral("Local sandbox");
    connection.serviceId = http->service().id;
    connection.serviceName = http->service().name;
    connection.baseUrl = http->baseUrl();
    connection.environment = CreatorDesk::Connection::Environment::Sandbox;
    connection.http = http;
    connection.client = api;
    return connection;
}

} // namespace CreatorDesk::Testing
