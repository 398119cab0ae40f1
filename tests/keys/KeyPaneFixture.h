// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeBrowser.h"
#include "MainWindow.h"
#include "SecretScan.h"
#include "WindowServices.h"
#include "auth/MemorySecretStore.h"
#include "connections/ConnectionModel.h"
#include "demo/DemoConnector.h"
#include "demo/DemoSandbox.h"
#include "services/ServiceRegistry.h"
#include "storage/AppPaths.h"
#include "storage/ConnectionStore.h"

#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace CreatorDesk::Testing {

// The main window composed as Application composes it, with in-memory "keychains" and a
// browser that the test plays, on a real sandbox with the demo connection active.
class KeyPaneFixture final
{
public:
    // Blocking waits are fine here: this is test code.
    QString start()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(AppPaths::connectionsFile());
        const QString program = qEnvironmentVariable("CREATORDESK_SANDBOX");
        if (program.isEmpty())
            return QStringLiteral("CREATORDESK_SANDBOX is not set; run this test through ctest.");
        sandbox.setProgram(program);
        QSignalSpy started(&sandbox, &DemoSandbox::started);
        sandbox.start();
        if (!QTest::qWaitFor([&] { return !started.isEmpty(); }, 15000))
            return QStringLiteral("the sandbox did not start");

        store = std::make_unique<ConnectionStore>(osKeychain ? osKeychain : &keychain, &session,
                                                  AppPaths::connectionsFile());
        model = std::make_unique<ConnectionModel>();
        model->setStore(store.get(), &registry, &network);
        connector = std::make_unique<DemoConnector>(&network, registry);
        QSignalSpy connected(connector.get(), &DemoConnector::connected);
        connector->connectTo(sandbox.rootUrl());
        if (!QTest::qWaitFor([&] { return !connected.isEmpty(); }, 15000))
            return QStringLiteral("the demo connection failed");
        Connection demo = connected.at(0).at(0).value<Connection>();
        demo.id = ConnectionRecord::newId();
        secrets.append(demo.http->apiKey());

        services = std::make_unique<WindowServices>();
        window = std::make_unique<MainWindow>(services->forWindow(model.get()));
        window->setBrowserLauncher(browser.launcher());
        const int row = model->addConnection(demo);
        ConnectionRecord record = ConnectionRecord::forKey(
            *registry.find(demo.serviceId), demo.displayName, demo.baseUrl, demo.http->apiKey());
        record.id = demo.id;
        record.sessionOnly = true;
        bool stored = false;
        model->add(record, demo.http->apiKey(), model.get(),
                   [&stored](const SecretResult &r) { stored = r.ok(); });
        if (!QTest::qWaitFor([&] { return stored; }, 5000))
            return QStringLiteral("the demo connection was not kept");
        window->setActiveConnection(row);
        window->setCurrentPane(MainWindow::ApiKeys);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return QStringLiteral("the window was not shown");
        if (!QTest::qWaitFor([&] { return window->activeHttp() == demo.http; }, 5000))
            return QStringLiteral("the demo connection did not become active");
        return {};
    }

    void stop()
    {
        window.reset();
        model.reset();
        store.reset();
        // Other tests share the test-mode config folder.
        QFile::remove(AppPaths::connectionsFile());
        network.clearConnectionCache();
        if (sandbox.isRunning()) {
            QSignalSpy stopped(&sandbox, &DemoSandbox::stopped);
            sandbox.stop();
            (void)stopped.wait(10000);
        }
    }

    QUrl xaiUrl() const
    {
        QUrl url = sandbox.rootUrl();
        url.setPath(url.path() + registry.find(QStringLiteral("xaicreator"))->sandboxPath);
        return url;
    }

    // The visible message box (a confirmation or a notice), if any.
    static QMessageBox *messageBox()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
                return box;
        }
        return nullptr;
    }

    // Clicks `buttonName` ("confirmButton", "cancelButton") of the box that opens next and
    // returns its text.
    static QString answer(const char *buttonName)
    {
        if (!QTest::qWaitFor([] { return messageBox() != nullptr; }, 5000))
            return {};
        QMessageBox *box = messageBox();
        const QString text = box->text();
        const QPointer<QMessageBox> boxGuard(box);
        if (auto *button = box->findChild<QPushButton *>(QLatin1String(buttonName)))
            button->click();
        else if (QAbstractButton *ok = box->button(QMessageBox::Ok))
            ok->click();
        (void)QTest::qWaitFor([boxGuard] { return !boxGuard || !boxGuard->isVisible(); }, 2000);
        return text;
    }

    template<typename T>
    static T *findDialog()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<T *>(widget); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    // Every file the app may have written (config, data, cache, settings) that contains one
    // of `secrets`, as "path: key prefix".
    static QStringList filesContaining(const QStringList &secrets, int *scanned)
    {
        SecretScan scan(secrets);
        scan.scanFiles(
            SecretScan::standardRoots({QSettings().fileName(), AppPaths::connectionsFile()}));
        *scanned = scan.files();
        return scan.found();
    }

    DemoSandbox sandbox;
    QNetworkAccessManager network;
    ServiceRegistry registry = ServiceRegistry::load();
    MemorySecretStore keychain;        // the "OS keychain" of these tests
    SecretStore *osKeychain = nullptr; // set before start() to use a real keychain instead
    MemorySecretStore session;
    FakeBrowser browser;
    std::unique_ptr<ConnectionStore> store;
    std::unique_ptr<ConnectionModel> model;
    std::unique_ptr<DemoConnector> connector;
    std::unique_ptr<WindowServices> services;
    std::unique_ptr<MainWindow> window;
    QStringList secrets; // every full key the test saw
};

} // namespace CreatorDesk::Testing
