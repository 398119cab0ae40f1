// SPDX-License-Identifier: GPL-3.0-or-later
// The models of models/ against a real sandbox, each watched by QAbstractItemModelTester.
#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "common/LoadState.h"
#include "connections/AccountStatus.h"
#include "connections/ConnectionModel.h"
#include "connections/RemoteKeyModel.h"
#include "demo/DemoConnector.h"
#include "demo/DemoSandbox.h"
#include "drafts/ServerDraftListModel.h"
#include "schedule/ScheduleModel.h"
#include "services/ServiceRegistry.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CreatorDesk;
using namespace std::chrono_literals;

class tst_Models final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void connectionModel();
    void draftListModel_data();
    void draftListModel();
    void draftListModelClearsOnDisconnect();
    void scheduleListModel_data();
    void scheduleListModel();
    void remoteKeyModel();
    void maskedKey_data();
    void maskedKey();
    void errorsReachLoadState();
    void accountStatus();
    void accountStatusFailure();
    void demoServerFoundBesideTheApp_data();
    void demoServerFoundBesideTheApp();

private:
    // A client on the same sandbox whose key the server does not know.
    ApiClient *clientWithWrongKey();

    QNetworkAccessManager m_network;
    ServiceRegistry m_registry = ServiceRegistry::load();
    std::unique_ptr<DemoSandbox> m_sandbox;
    std::unique_ptr<DemoConnector> m_connector;
    Connection m_connection;
};

void tst_Models::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString program = qEnvironmentVariable("CREATORDESK_SANDBOX");
    if (program.isEmpty())
        QSKIP("CREATORDESK_SANDBOX is not set; run this test through ctest.");

    m_sandbox = std::make_unique<DemoSandbox>();
    m_sandbox->setProgram(program);
    QSignalSpy started(m_sandbox.get(), &DemoSandbox::started);
    QSignalSpy sandboxFailed(m_sandbox.get(), &DemoSandbox::failed);
    m_sandbox->start();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !sandboxFailed.isEmpty(), 15000);
    QVERIFY2(sandboxFailed.isEmpty(), qPrintable(sandboxFailed.value(0).value(0).toString()));

    m_connector = std::make_unique<DemoConnector>(&m_network, m_registry);
    QSignalSpy connected(m_connector.get(), &DemoConnector::connected);
    QSignalSpy connectFailed(m_connector.get(), &DemoConnector::failed);
    m_connector->connectTo(m_sandbox->rootUrl());
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty() || !connectFailed.isEmpty(), 15000);
    QVERIFY2(connectFailed.isEmpty(), qPrintable(connectFailed.value(0).value(0).toString()));
    m_connection = connected.at(0).at(0).value<Connection>();
    QVERIFY(m_connection.client);
    QVERIFY(m_connection.client->http()->hasApiKey());
}

void tst_Models::cleanupTestCase()
{
    if (!m_sandbox || !m_sandbox->isRunning())
        return;
    m_network.clearConnectionCache();
    QSignalSpy stopped(m_sandbox.get(), &DemoSandbox::stopped);
    m_sandbox->stop();
    QVERIFY(stopped.wait(10000));
}

void tst_Models::connectionModel()
{
    ConnectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.clientAt(0), nullptr);

    QCOMPARE(model.addConnection(m_connection), 0);
    Connection second = m_connection;
    second.displayName = QStringLiteral("Second");
    second.environment = Connection::Environment::Test;
    QCOMPARE(model.addConnection(second), 1);

    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(ConnectionModel::ServiceIdRole).toString(), QStringLiteral("xaicreator"));
    QCOMPARE(first.data(ConnectionModel::ServiceNameRole).toString(), QStringLiteral("xAIcreator"));
    QCOMPARE(first.data(ConnectionModel::BaseUrlRole).toUrl(),
             m_connection.client->http()->baseUrl());
    QCOMPARE(first.data(ConnectionModel::EnvironmentRole).toInt(),
             int(Connection::Environment::Sandbox));
    QCOMPARE(first.data(Qt::DisplayRole).toString(), m_connection.displayName);
    QCOMPARE(model.clientAt(0), m_connection.client.data());
    QCOMPARE(model.index(1, 0).data(ConnectionModel::DisplayNameRole).toString(),
             QStringLiteral("Second"));
    QVERIFY(model.roleNames().contains(ConnectionModel::BaseUrlRole));

    model.removeConnection(0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Second"));
}

void tst_Models::draftListModel_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("postCount");
    QTest::addColumn<QString>("firstPostText");
    QTest::addColumn<QString>("status");

    QTest::newRow("welcome") << "draft-welcome"
                             << "Welcome thread" << 2 << "Hello from Creator Desk!"
                             << "draft";
    QTest::newRow("launch") << "draft-launch"
                            << "Launch announcement" << 1
                            << "We are launching next week. Stay tuned!"
                            << "scheduled";
    QTest::newRow("tips") << "draft-tips"
                          << "Weekly tips" << 2 << "Tip 1: schedule ahead."
                          << "scheduled";
    QTest::newRow("idea") << "draft-idea"
                          << "Loose idea" << 1 << "An idea for later"
                          << "draft";
}

void tst_Models::draftListModel()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(int, postCount);
    QFETCH(QString, firstPostText);
    QFETCH(QString, status);

    ServerDraftListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_connection.client);
    QVERIFY(model.loadState()->isLoading());
    QTRY_VERIFY(model.loadState()->hasLoaded());
    QVERIFY(model.loadState()->errorText().isEmpty());
    QVERIFY(model.rowCount() >= 4);

    const QModelIndexList found =
        model.match(model.index(0), ServerDraftListModel::IdRole, id, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    const QModelIndex index = found.constFirst();
    QCOMPARE(index.data(Qt::DisplayRole).toString(), title);
    QCOMPARE(index.data(ServerDraftListModel::TitleRole).toString(), title);
    QCOMPARE(index.data(ServerDraftListModel::PostCountRole).toInt(), postCount);
    QCOMPARE(index.data(ServerDraftListModel::FirstPostTextRole).toString(), firstPostText);
    QCOMPARE(index.data(ServerDraftListModel::StatusRole).toString(), status);
    QVERIFY(index.data(ServerDraftListModel::CreatedRole).toDateTime().isValid());
    QVERIFY(index.data(ServerDraftListModel::UpdatedRole).toDateTime().isValid());

    // A refresh replaces the rows with the same content, under the tester's eye.
    model.refresh();
    QTRY_VERIFY(!model.loadState()->isLoading());
    QCOMPARE(model.match(model.index(0), ServerDraftListModel::IdRole, id).size(), 1);
}

void tst_Models::draftListModelClearsOnDisconnect()
{
    ServerDraftListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_connection.client);
    // Replaced before the first answer: the late answer must not land.
    model.setClient(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.loadState()->isLoading());
    QTest::qWait(300);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.loadState()->hasLoaded());

    model.setClient(m_connection.client);
    QTRY_VERIFY(model.rowCount() > 0);
    model.setClient(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void tst_Models::scheduleListModel_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("draftTitle");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("account");

    QTest::newRow("launch on X") << "queue-launch-1"
                                 << "Launch announcement"
                                 << "twitter"
                                 << "acc-brand-twitter";
    QTest::newRow("launch on LinkedIn") << "queue-launch-2"
                                        << "Launch announcement"
                                        << "linkedin"
                                        << "acc-brand-linkedin";
    QTest::newRow("tips on X") << "queue-tips-1"
                               << "Weekly tips"
                               << "twitter"
                               << "acc-personal-twitter";
    QTest::newRow("tips on Bluesky") << "queue-tips-2"
                                     << "Weekly tips"
                                     << "bluesky"
                                     << "acc-personal-bluesky";
}

void tst_Models::scheduleListModel()
{
    QFETCH(QString, id);
    QFETCH(QString, draftTitle);
    QFETCH(QString, platform);
    QFETCH(QString, account);

    ScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_connection.client);
    QTRY_VERIFY(model.loadState()->hasLoaded());
    QVERIFY(model.rowCount() >= 4);

    // Soonest first.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1).data(ScheduleModel::ScheduledForRole).toDateTime() <=
                model.index(row).data(ScheduleModel::ScheduledForRole).toDateTime());

    const QModelIndexList found =
        model.match(model.index(0), ScheduleModel::IdRole, id, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    const QModelIndex index = found.constFirst();
    QCOMPARE(index.data(ScheduleModel::DraftTitleRole).toString(), draftTitle);
    QCOMPARE(index.data(ScheduleModel::PlatformRole).toString(), platform);
    QCOMPARE(index.data(ScheduleModel::AccountRole).toString(), account);
    QVERIFY(index.data(ScheduleModel::ScheduledForRole).toDateTime() >
            QDateTime::currentDateTimeUtc());
    QCOMPARE(index.data(ScheduleModel::AttemptsRole).toInt(), 0);
    QVERIFY(!index.data(ScheduleModel::StatusRole).toString().isEmpty());
}

void tst_Models::remoteKeyModel()
{
    RemoteKeyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(RemoteKeyModel::ColumnCount));
    model.setClient(m_connection.client);
    QTRY_VERIFY(model.loadState()->hasLoaded());
    QVERIFY(model.rowCount() >= 1);

    const QModelIndexList found = model.match(model.index(0, 0), RemoteKeyModel::NameRole,
                                              QStringLiteral("Demo key"), 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    const int row = found.constFirst().row();
    QCOMPARE(model.index(row, RemoteKeyModel::NameColumn).data().toString(),
             QStringLiteral("Demo key"));
    QVERIFY(model.index(row, RemoteKeyModel::CreatedColumn).data().toString().size() > 0);
    QVERIFY(model.index(row, RemoteKeyModel::CreatedColumn)
                .data(RemoteKeyModel::CreatedRole)
                .toDateTime()
                .isValid());
    QCOMPARE(model.headerData(RemoteKeyModel::KeyColumn, Qt::Horizontal).toString(),
             QStringLiteral("Key"));

    // No row ever holds a whole key.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString shown = model.index(r, RemoteKeyModel::KeyColumn).data().toString();
        QVERIFY2(shown.contains(QLatin1String("...")) || shown.endsWith(QChar(0x2026)),
                 qPrintable(shown));
        QVERIFY(shown.size() < 20);
    }
}

void tst_Models::maskedKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("masked by the server") << "sk-demo...6a8b"
                                          << "sk-demo...6a8b";
    QTest::newRow("full key") << "sk-demo-4f9c2b7e1a6d8e3f5b0c9a7d2e4f6a8b"
                              << QStringLiteral("sk-demo") + QChar(0x2026);
    QTest::newRow("short key") << "sk-abcdef" << QStringLiteral("sk-") + QChar(0x2026);
    QTest::newRow("empty") << "" << QString(QChar(0x2026));
}

void tst_Models::maskedKey()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(RemoteKeyModel::maskedKey(key), expected);
}

ApiClient *tst_Models::clientWithWrongKey()
{
    const ServiceDescriptor *descriptor = m_registry.find(QStringLiteral("xaicreator"));
    auto *http =
        new HttpClient(&m_network, *descriptor, m_connection.client->http()->baseUrl(), this);
    http->setApiKey(QStringLiteral("sk-unknown-000000000000000000000000"));
    return new ApiClient(http, http);
}

void tst_Models::errorsReachLoadState()
{
    ApiClient *wrong = clientWithWrongKey();
    ServerDraftListModel drafts;
    ScheduleModel schedule;
    RemoteKeyModel keys;
    QAbstractItemModelTester draftsTester(&drafts,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester scheduleTester(&schedule,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester keysTester(&keys,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    drafts.setClient(wrong);
    schedule.setClient(wrong);
    keys.setClient(wrong);
    for (LoadState *state : {drafts.loadState(), schedule.loadState(), keys.loadState()}) {
        QTRY_VERIFY(!state->isLoading());
        QVERIFY(!state->errorText().isEmpty());
        QVERIFY(!state->hasLoaded());
    }
    QCOMPARE(drafts.rowCount(), 0);
    QCOMPARE(keys.rowCount(), 0);
    wrong->http()->deleteLater();
}

void tst_Models::accountStatus()
{
    AccountStatus status;
    QCOMPARE(status.state(), AccountStatus::State::NoConnection);
    QCOMPARE(status.refreshInterval(),
             std::chrono::milliseconds(AccountStatus::DefaultRefreshInterval));

    status.setClient(m_connection.client);
    QCOMPARE(status.state(), AccountStatus::State::Connecting);
    QTRY_COMPARE(status.state(), AccountStatus::State::Online);
    QCOMPARE(status.balance(), 500);
    QVERIFY(status.expiresAt().isValid());
    QVERIFY(status.expiresAt() > QDateTime::currentDateTimeUtc());
    QVERIFY(status.fetchedAt().isValid());
    QVERIFY(status.lastError().isEmpty());
    QVERIFY(status.rateLimit().isKnown());
    QVERIFY(status.rateLimit().limit > 0);

    QVERIFY(!status.isStale());
    QVERIFY(status.isStaleAt(status.fetchedAt().addSecs(6 * 60)));
    QVERIFY(!status.isStaleAt(status.fetchedAt().addSecs(4 * 60)));

    // Spending asks again; the rate limit follows the newest answer.
    const int remainingBefore = status.rateLimit().remaining;
    const QDateTime fetchedBefore = status.fetchedAt();
    QSignalSpy changed(&status, &AccountStatus::changed);
    status.notifySpending();
    QVERIFY(status.isLoading());
    QTRY_VERIFY(!status.isLoading());
    QVERIFY(status.fetchedAt() >= fetchedBefore);
    QVERIFY(status.rateLimit().remaining < remainingBefore);
    QVERIFY(changed.size() >= 2);

    // The interval is honoured.
    status.setRefreshInterval(200ms);
    changed.clear();
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 5000);

    status.setClient(nullptr);
    QCOMPARE(status.state(), AccountStatus::State::NoConnection);
    QVERIFY(!status.hasBalance());
}

void tst_Models::accountStatusFailure()
{
    ApiClient *wrong = clientWithWrongKey();
    AccountStatus status;
    status.setClient(wrong);
    QTRY_COMPARE(status.state(), AccountStatus::State::Error);
    QVERIFY(!status.lastError().isEmpty());
    QVERIFY(!status.hasBalance());
    status.setClient(nullptr);
    wrong->http()->deleteLater();
}

QTEST_MAIN(tst_Models)
void tst_Models::demoServerFoundBesideTheApp_data()
{
    QTest::addColumn<bool>("present");
    QTest::newRow("present") << true;
    QTest::newRow("missing") << false;
}

void tst_Models::demoServerFoundBesideTheApp()
{
    // The program as the platform names it: creatordesk-sandbox.exe on Windows.
    QFETCH(bool, present);
    QTemporaryDir folder;
    const QString built = QFileInfo(qEnvironmentVariable("CREATORDESK_SANDBOX")).fileName();
    if (built.isEmpty())
        QSKIP("CREATORDESK_SANDBOX is not set; run through ctest.");
    if (present) {
        QFile program(folder.filePath(built));
        QVERIFY(program.open(QIODevice::WriteOnly));
        program.close();
        QVERIFY(program.setPermissions(program.permissions() | QFileDevice::ExeOwner));
    }
    const QString found = DemoSandbox::programIn(folder.path());
    QCOMPARE(QFileInfo(found).absolutePath(), QFileInfo(folder.path()).absoluteFilePath());
    QCOMPARE(QFileInfo(found).isExecutable(), present);
    if (present)
        QCOMPARE(QFileInfo(found).fileName(), built);
}

#include "tst_models.moc"
