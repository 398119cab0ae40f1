// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LoadState.h"
#include "common/RemoteListPanel.h"
#include "connections/SocialSetSource.h"
#include "drafts/DraftDocument.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftsPane.h"
#include "drafts/PostEditor.h"
#include "drafts/ServerDraftListModel.h"
#include "drafts/ThreadModel.h"
#include "integration/ApiFixture.h"
#include "publish/TargetAccountModel.h"
#include "schedule/PlannedTimeEdit.h"
#include "storage/DraftStore.h"
#include "text/PostHtml.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

// "Save to server" from the editor against a real creatordesk-sandbox, then the server list.
class tst_DraftServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveToServerThenListed();
    void overLimitRefusedBeforeSending();
    void plannedTimeGoesToServer_data();
    void plannedTimeGoesToServer();

private:
    SandboxProcess m_sandbox;
};

void tst_DraftServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_DraftServer::saveToServerThenListed()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    QTemporaryDir dir;
    DraftStore store(dir.path());
    SocialSetSource paneSets;
    DraftsPane pane(&store, &paneSets);
    pane.resize(1200, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setClient(connection.api.get());
    paneSets.setClient(connection.api.get());

    // Choose two accounts of the personal set once the social sets are in.
    QAbstractItemModel *accounts = pane.editor()->accountView()->model();
    QTRY_VERIFY(accounts->rowCount() >= 5);
    for (int row = 0; row < accounts->rowCount(); ++row) {
        const QString id =
            accounts->index(row, 0).data(TargetAccountModel::AccountIdRole).toString();
        if (id == QLatin1String("acc-personal-twitter") ||
            id == QLatin1String("acc-personal-bluesky"))
            QVERIFY(accounts->setData(accounts->index(row, 0), Qt::Checked, Qt::CheckStateRole));
    }
    DraftDocument *document = pane.document();
    QCOMPARE(document->accounts().size(), 2);
    QCOMPARE(document->socialSetId(), QStringLiteral("set-personal"));
    QCOMPARE(document->thread()->platforms(),
             (QList<Platform>{Platform::Twitter, Platform::Bluesky}));

    const QString title =
        QStringLiteral("Editor thread %1").arg(QDateTime::currentMSecsSinceEpoch());
    document->setTitle(title);
    document->thread()->setPosts({QStringLiteral("First <post> & \"quotes\"\nsecond line"),
                                  QStringLiteral("Second post 👋")});

    QSignalSpy saved(document, &DraftDocument::serverSaved);
    QSignalSpy failed(document, &DraftDocument::serverSaveFailed);
    pane.activateWindow();
    pane.editor()->focusPost(0);
    QTRY_VERIFY(pane.editor()->postEditor(0)->textEdit()->hasFocus());
    QTest::keySequence(pane.editor()->postEditor(0)->textEdit(),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QVERIFY(saved.wait(10000) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(document->serverCopies().size(), 1);
    const QString serverId = document->serverCopies().first().id;
    QVERIFY(pane.editor()->serverStatusText().contains(serverId));
    QVERIFY(pane.editor()->serverStatusText().contains(QLatin1String("another server draft")));
    // The server copy is recorded in the local file too.
    QTRY_COMPARE(store.load(document->id())->serverCopies.size(), 1);

    // The server list shows it, with the posts as written (HTML round trip).
    ServerDraftListModel *model = pane.serverModel();
    QTRY_VERIFY(model->loadState()->hasLoaded());
    int found = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row).data(ServerDraftListModel::IdRole).toString() == serverId)
                    found = row;
            }
            return found >= 0;
        }(),
        10000);
    QCOMPARE(model->index(found).data(ServerDraftListModel::TitleRole).toString(), title);
    QCOMPARE(model->index(found).data(ServerDraftListModel::PostCountRole).toInt(), 2);

    const auto list = await<DraftList>([&](QObject *c, auto h) {
        return connection.api->drafts(QStringLiteral("set-personal"), c, h);
    });
    QVERIFY(list.ok());
    for (const Draft &draft : list.value().drafts) {
        if (draft.id != serverId)
            continue;
        QCOMPARE(PostHtml::fromHtml(draft.tweets.at(0).content),
                 QStringLiteral("First <post> & \"quotes\"\nsecond line"));
        QCOMPARE(PostHtml::fromHtml(draft.tweets.at(1).content), QStringLiteral("Second post 👋"));
        QCOMPARE(draft.selectedAccountIds.size(), 2);
    }

    // Saving again creates a second server draft, and the UI says so.
    pane.editor()->saveToServer();
    QVERIFY(saved.wait(10000));
    QCOMPARE(document->serverCopies().size(), 2);
    QVERIFY(pane.editor()->serverStatusText().contains(QLatin1String("2 so far")));
}

void tst_DraftServer::overLimitRefusedBeforeSending()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    QTemporaryDir dir;
    DraftStore store(dir.path());
    DraftDocument document(&store);
    document.openNew();
    document.thread()->setPosts({QString(300, QLatin1Char('x'))});
    QSignalSpy failed(&document, &DraftDocument::serverSaveFailed);
    document.saveToServer(connection.api.get());
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("300 of 280")));
    QVERIFY(document.serverCopies().isEmpty());
}

void tst_DraftServer::plannedTimeGoesToServer_data()
{
    QTest::addColumn<int>("hoursFromNow");
    QTest::addColumn<bool>("sent");
    QTest::newRow("tomorrow") << 24 << true;
    QTest::newRow("in the past") << -1 << false;
}

void tst_DraftServer::plannedTimeGoesToServer()
{
    QFETCH(int, hoursFromNow);
    QFETCH(bool, sent);
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    QTemporaryDir dir;
    DraftStore store(dir.path());
    SocialSetSource paneSets;
    DraftsPane pane(&store, &paneSets);
    pane.setClient(connection.api.get());
    paneSets.setClient(connection.api.get());
    DraftEditor *editor = pane.editor();
    pane.document()->thread()->setPosts({QStringLiteral("Planned post")});
    // As a person sets it: tick the box, pick a local time.
    const QDateTime planned = QDateTime::currentDateTime().addSecs(3600 * hoursFromNow);
    editor->plannedTime()->checkBox()->setChecked(true);
    editor->plannedTime()->timeEdit()->setDateTime(planned);
    const QDateTime expected = pane.document()->scheduledFor();
    QCOMPARE(expected.time().second(), 0); // to the minute, as shown
    QCOMPARE(expected.time().minute(), planned.toUTC().time().minute());
    QCOMPARE(expected.date(), planned.toUTC().date());
    QSignalSpy saved(pane.document(), &DraftDocument::serverSaved);
    QSignalSpy failed(pane.document(), &DraftDocument::serverSaveFailed);
    editor->saveToServer();
    if (!sent) {
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("has passed")));
        QVERIFY(pane.document()->serverCopies().isEmpty());
        return;
    }
    QVERIFY(saved.wait(10000));
    const QString serverId = pane.document()->serverCopies().constLast().id;
    const auto list =
        await<DraftList>([&](QObject *c, auto h) { return connection.api->drafts({}, c, h); });
    QVERIFY(list.ok());
    bool found = false;
    for (const Draft &draft : list.value().drafts) {
        if (draft.id != serverId)
            continue;
        found = true;
        QCOMPARE(draft.scheduledFor, expected);
    }
    QVERIFY(found);
    // Kept with the local draft too.
    QTRY_COMPARE(store.load(pane.document()->id())->scheduledFor, expected);
}

QTEST_MAIN(tst_DraftServer)
#include "tst_draftserver.moc"
