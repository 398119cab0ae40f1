// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LoadState.h"
#include "connections/SocialSetSource.h"
#include "drafts/DraftDocument.h"
#include "drafts/DraftListModel.h"
#include "drafts/DraftMime.h"
#include "drafts/DraftsPane.h"
#include "drafts/ServerDraftListModel.h"
#include "integration/ApiFixture.h"
#include "storage/DraftStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

// One list of every draft against a real sandbox: local drafts, the server drafts they saved
// (shown once, with their state there), server-only drafts, search, import, drag data.
class tst_DraftList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void statusOfEachDraft_data();
    void statusOfEachDraft();
    void serverCopiesAreNotListedTwice();
    void newestChangeFirst();
    void searchFindsAnyPost();
    void openingServerDraftImportsIt();
    void dragCarriesDraftId();
    void followsTheChosenSocialSet();

private:
    QString createServerDraft(const QString &title, const QDateTime &scheduledFor = {});
    LocalDraft localDraft(const QString &title, const QString &text, const QString &serverId,
                          int minutesAgo);
    int rowTitled(const QString &title) const;

    SandboxProcess m_sandbox;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    SocialSetSource m_socialSets;
    std::unique_ptr<DraftsPane> m_pane;
    QString m_plainServerId;
    QString m_scheduledServerId;
};

void tst_DraftList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_connection = std::make_unique<Connection>(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    m_plainServerId = createServerDraft(QStringLiteral("Saved once"));
    m_scheduledServerId =
        createServerDraft(QStringLiteral("Planned"), QDateTime::currentDateTimeUtc().addDays(2));
    QVERIFY(!m_plainServerId.isEmpty() && !m_scheduledServerId.isEmpty());
}

QString tst_DraftList::createServerDraft(const QString &title, const QDateTime &scheduledFor)
{
    NewDraft draft;
    draft.title = title;
    draft.tweets.append({QStringLiteral("<p>%1 text</p>").arg(title), {}});
    draft.socialSetId = QStringLiteral("set-personal");
    draft.scheduledFor = scheduledFor;
    const auto created = await<CreatedDraft>(
        [&](QObject *c, auto h) { return m_connection->api->createDraft(draft, c, h); });
    return created.ok() ? created.value().draft.id : QString();
}

LocalDraft tst_DraftList::localDraft(const QString &title, const QString &text,
                                     const QString &serverId, int minutesAgo)
{
    LocalDraft draft;
    draft.id = DraftStore::newId();
    draft.title = title;
    draft.posts.append({text, {}});
    draft.created = draft.modified = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    if (!serverId.isEmpty())
        draft.serverCopies.append({serverId, draft.modified});
    return draft;
}

void tst_DraftList::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY(m_store->save(localDraft(QStringLiteral("Only here"), QStringLiteral("alpha"), {}, 1)));
    QVERIFY(m_store->save(
        localDraft(QStringLiteral("Saved once"), QStringLiteral("bravo"), m_plainServerId, 2)));
    QVERIFY(m_store->save(
        localDraft(QStringLiteral("Planned"), QStringLiteral("charlie"), m_scheduledServerId, 3)));
    m_store->setLastOpenId(m_store->loadAll().constFirst().id);
    m_pane = std::make_unique<DraftsPane>(m_store.get(), &m_socialSets);
    m_pane->resize(1200, 800);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->setClient(m_connection->api.get());
    m_socialSets.setClient(m_connection->api.get());
    QTRY_VERIFY(m_pane->serverModel()->loadState()->hasLoaded());
}

void tst_DraftList::cleanup()
{
    m_pane.reset();
    m_store.reset();
    m_dir.reset();
}

int tst_DraftList::rowTitled(const QString &title) const
{
    const DraftListModel *model = m_pane->listModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(DraftListModel::TitleRole).toString() == title)
            return row;
    }
    return -1;
}

void tst_DraftList::statusOfEachDraft_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<DraftListModel::Status>("status");
    QTest::addColumn<bool>("local");

    QTest::newRow("local only") << "Only here" << DraftListModel::Status::LocalOnly << true;
    QTest::newRow("saved to server") << "Saved once" << DraftListModel::Status::OnServer << true;
    QTest::newRow("scheduled") << "Planned" << DraftListModel::Status::Scheduled << true;
    // From the sandbox's demo data, never saved from this computer.
    QTest::newRow("server only") << "Welcome thread" << DraftListModel::Status::OnServer << false;
}

void tst_DraftList::statusOfEachDraft()
{
    QFETCH(QString, title);
    QFETCH(DraftListModel::Status, status);
    QFETCH(bool, local);
    const int row = rowTitled(title);
    QVERIFY2(row >= 0, qPrintable(title));
    const QModelIndex index = m_pane->listModel()->index(row, 0);
    QCOMPARE(DraftListModel::Status(index.data(DraftListModel::StatusRole).toInt()), status);
    QCOMPARE(index.data(DraftListModel::IsLocalRole).toBool(), local);
    const QString shown = m_pane->listModel()
                              ->index(row, DraftListModel::StatusColumn)
                              .data(Qt::DisplayRole)
                              .toString();
    QCOMPARE(shown, DraftListModel::statusText(status));
}

void tst_DraftList::serverCopiesAreNotListedTwice()
{
    const DraftListModel *model = m_pane->listModel();
    QCOMPARE(model->serverRowOf(m_plainServerId), -1);
    QCOMPARE(model->serverRowOf(m_scheduledServerId), -1);
    int rows = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        rows += model->index(row, 0).data(DraftListModel::TitleRole).toString() ==
                QLatin1String("Saved once");
    QCOMPARE(rows, 1);
    QCOMPARE(model->rowCount(), 3 + m_pane->serverModel()->rowCount() - 2);
}

void tst_DraftList::newestChangeFirst()
{
    const DraftListModel *model = m_pane->listModel();
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row - 1, 0).data(DraftListModel::ModifiedRole).toDateTime() >=
                model->index(row, 0).data(DraftListModel::ModifiedRole).toDateTime());
    }
}

void tst_DraftList::searchFindsAnyPost()
{
    m_pane->searchField()->setText(QStringLiteral("CHARLIE"));
    QAbstractItemModel *shown = m_pane->listView()->model();
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Planned"));
    m_pane->searchField()->clear();
    QCOMPARE(shown->rowCount(), m_pane->listModel()->rowCount());
}

void tst_DraftList::openingServerDraftImportsIt()
{
    DraftListModel *model = m_pane->listModel();
    const int before = model->rowCount();
    const int row = rowTitled(QStringLiteral("Welcome thread"));
    QVERIFY(row >= 0);
    const QString serverId = model->index(row, 0).data(DraftListModel::ServerIdRole).toString();
    m_pane->openRow(row);
    DraftDocument *document = m_pane->document();
    QCOMPARE(document->title(), QStringLiteral("Welcome thread"));
    QCOMPARE(document->serverCopies().size(), 1);
    QCOMPARE(document->serverCopies().constFirst().id, serverId);
    // Now a local draft linked to the server one: still one row, the local one.
    QCOMPARE(model->rowCount(), before);
    QCOMPARE(model->serverRowOf(serverId), -1);
    const int local = model->rowOf(document->id());
    QVERIFY(local >= 0);
    QCOMPARE(model->index(local, 0).data(DraftListModel::StatusRole).toInt(),
             int(DraftListModel::Status::OnServer));
    QVERIFY(m_store->load(document->id()).has_value());
}

void tst_DraftList::dragCarriesDraftId()
{
    DraftListModel *model = m_pane->listModel();
    const int row = rowTitled(QStringLiteral("Saved once"));
    QVERIFY(model->flags(model->index(row, 0)).testFlag(Qt::ItemIsDragEnabled));
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(row, 0)}));
    QVERIFY(mime);
    QCOMPARE(QString::fromUtf8(mime->data(draftIdMimeType())),
             model->index(row, 0).data(DraftListModel::IdRole).toString());
    QCOMPARE(QString::fromUtf8(mime->data(QLatin1String(DraftListModel::ServerDraftIdMimeType))),
             m_plainServerId);
}

void tst_DraftList::followsTheChosenSocialSet()
{
    // The drafts of one social set: the server is asked for that set's only
    // (GET /twitter/drafts?socialSetId=), and the list shows no draft of another set.
    QComboBox *sets = m_pane->socialSetBox();
    QTRY_VERIFY(sets->findData(QStringLiteral("set-brand")) > 0);
    QVERIFY(sets->isEnabled());
    QCOMPARE(sets->itemText(sets->findData(QStringLiteral("set-brand"))), QStringLiteral("Brand"));
    QVERIFY(rowTitled(QStringLiteral("Welcome thread")) >= 0);
    m_sandbox.clearRequests();
    sets->setCurrentIndex(sets->findData(QStringLiteral("set-brand")));
    QTRY_VERIFY(!m_sandbox.requests(QStringLiteral("/twitter/drafts")).empty());
    const auto asked = m_sandbox.requests(QStringLiteral("/twitter/drafts"));
    QCOMPARE(int(asked.size()), 1);
    QCOMPARE(asked[0]["query"].value("socialSetId", std::string()), std::string("set-brand"));
    ServerDraftListModel *server = m_pane->serverModel();
    QTRY_VERIFY(!server->loadState()->isLoading());
    QVERIFY(server->rowCount() > 0);
    for (int row = 0; row < server->rowCount(); ++row)
        QCOMPARE(server->index(row).data(ServerDraftListModel::SocialSetIdRole).toString(),
                 QStringLiteral("set-brand"));
    const auto shownTitles = [this] {
        QStringList titles;
        const QAbstractItemModel *shown = m_pane->listView()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            titles.append(shown->index(row, 0).data(DraftListModel::TitleRole).toString());
        return titles;
    };
    QVERIFY(shownTitles().contains(QStringLiteral("Launch announcement")));
    QVERIFY(!shownTitles().contains(QStringLiteral("Welcome thread")));
    // A draft only on this computer with no account chosen yet is listed; one of no set that
    // is on the server is not (the server does not list its copy for this set).
    QVERIFY(shownTitles().contains(QStringLiteral("Only here")));
    QVERIFY(!shownTitles().contains(QStringLiteral("Saved once")));
    QVERIFY(!shownTitles().contains(QStringLiteral("Planned")));

    m_sandbox.clearRequests();
    sets->setCurrentIndex(0);
    QTRY_VERIFY(!m_sandbox.requests(QStringLiteral("/twitter/drafts")).empty());
    QVERIFY(
        !m_sandbox.requests(QStringLiteral("/twitter/drafts"))[0]["query"].contains("socialSetId"));
    QTRY_VERIFY(shownTitles().contains(QStringLiteral("Welcome thread")));
}

QTEST_MAIN(tst_DraftList)
#include "tst_draftlist.moc"
