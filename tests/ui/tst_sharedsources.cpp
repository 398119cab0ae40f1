// SPDX-License-Identifier: GPL-3.0-or-later
// What the window shows once it fetches once: the social sets feed the keys pane's tree and the
// editor's and the schedule's account lists from one GET /social-sets (issue #17); a refresh
// asks once more, and every list follows.
#include "ApiFixture.h"
#include "MainWindow.h"
#include "WindowServices.h"
#include "connections/ConnectionModel.h"
#include "connections/SocialSetModel.h"
#include "connections/SocialSetSource.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftsPane.h"
#include "keys/ApiKeysPane.h"
#include "keys/SocialSetsPanel.h"

#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

class TestSharedSources final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void socialSetsFetchedOnce_data();
    void socialSetsFetchedOnce();
};

void TestSharedSources::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CreatorDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sharedsources"));
}

void TestSharedSources::socialSetsFetchedOnce_data()
{
    QTest::addColumn<int>("refreshes");
    QTest::newRow("at start") << 0;
    QTest::newRow("after one refresh") << 1;
    QTest::newRow("after two refreshes") << 2;
}

void TestSharedSources::socialSetsFetchedOnce()
{
    QFETCH(int, refreshes);
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const ServiceRegistry registry = ServiceRegistry::load();
    const ServiceDescriptor *service = registry.find(QStringLiteral("xaicreator"));
    QVERIFY(service);
    QNetworkAccessManager network;
    HttpClient http(&network, *service, sandbox.serviceUrl(service->sandboxPath));
    http.setApiKey(demoKey);
    ApiClient api(&http);
    ConnectionModel connections;
    connections.addConnection(sandboxConnection(&http, &api));

    WindowServices services;
    MainWindow window(services.forWindow(&connections));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setActiveConnection(0);
    // Every section built, as after the first paint: each shows the sets.
    for (MainWindow::Pane pane : {MainWindow::ApiKeys, MainWindow::Schedule, MainWindow::Credits})
        QTRY_VERIFY(window.isPaneBuilt(pane));
    const SocialSetModel *tree = window.apiKeysPane()->socialSetsPanel()->model();
    const QAbstractItemModel *accounts = window.draftsPane()->editor()->accountView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount() > 0 && accounts->rowCount() > 0, 10'000);
    for (int i = 0; i < refreshes; ++i) {
        QSignalSpy changed(&services.socialSets, &SocialSetSource::setsChanged);
        window.apiKeysPane()->socialSetsPanel()->refresh();
        QVERIFY(changed.wait(10'000));
    }

    const nlohmann::json fetched = sandbox.requests(QStringLiteral("/social-sets"));
    QCOMPARE(int(fetched.size()), 1 + refreshes);
    int treeAccounts = 0;
    for (int set = 0; set < tree->rowCount(); ++set) {
        const QModelIndex setIndex = tree->index(set, 0);
        for (int platform = 0; platform < tree->rowCount(setIndex); ++platform)
            treeAccounts += tree->rowCount(tree->index(platform, 0, setIndex));
    }
    QCOMPARE(accounts->rowCount(), treeAccounts);
    window.close();
}

QTEST_MAIN(TestSharedSources)
#include "tst_sharedsources.moc"
