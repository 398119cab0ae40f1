// SPDX-License-Identifier: GPL-3.0-or-later
// A draft file changed by another program (a second Creator Desk, a sync tool) between this
// store's read and its next save: both versions stay on disk, and the store says so.
#include "storage/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;

namespace {

enum class OtherChange { AnotherStore, SyncTool, Unreadable, Deleted, None };

LocalDraft draftWithText(const QString &id, const QString &text)
{
    LocalDraft draft;
    draft.id = id;
    draft.title = QStringLiteral("Launch");
    draft.posts = {{text, {}}};
    draft.created = QDateTime::currentDateTimeUtc();
    draft.modified = draft.created;
    return draft;
}

QStringList textsOnDisk(DraftStore &store)
{
    QStringList texts;
    for (const LocalDraft &draft : store.loadAll())
        texts.append(draft.posts.value(0).text);
    texts.sort();
    return texts;
}

} // namespace

class tst_DraftConflict final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothVersionsKept_data();
    void bothVersionsKept();
    void twoWindowsTypingInTurn();
};

void tst_DraftConflict::bothVersionsKept_data()
{
    QTest::addColumn<OtherChange>("change");
    QTest::addColumn<QStringList>("expectedTexts");
    QTest::addColumn<bool>("reported");

    const QString mine = QStringLiteral("Hello FIRST");
    const QString theirs = QStringLiteral("Hello SECOND");
    QTest::newRow("another Creator Desk")
        << OtherChange::AnotherStore << QStringList{mine, theirs} << true;
    QTest::newRow("a sync tool") << OtherChange::SyncTool << QStringList{mine, theirs} << true;
    QTest::newRow("unreadable bytes") << OtherChange::Unreadable << QStringList{mine} << true;
    QTest::newRow("deleted elsewhere") << OtherChange::Deleted << QStringList{mine} << false;
    QTest::newRow("nobody else") << OtherChange::None << QStringList{mine} << false;
}

void tst_DraftConflict::bothVersionsKept()
{
    QFETCH(OtherChange, change);
    QFETCH(QStringList, expectedTexts);
    QFETCH(bool, reported);

    QTemporaryDir dir;
    const QString id = DraftStore::newId();
    {
        DraftStore first(dir.path());
        QVERIFY(first.save(draftWithText(id, QStringLiteral("Hello"))));
    }
    DraftStore store(dir.path());
    QVERIFY(store.load(id)); // this window opens the draft
    const QString path = store.fileFor(id);
    const QByteArray garbage = "{ this is not JSON";

    switch (change) {
    case OtherChange::AnotherStore: {
        DraftStore other(dir.path());
        QVERIFY(other.load(id));
        QVERIFY(other.save(draftWithText(id, QStringLiteral("Hello SECOND"))));
        break;
    }
    case OtherChange::SyncTool: {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(draftWithText(id, QStringLiteral("Hello SECOND")).toJson())
                       .toJson(QJsonDocument::Compact));
        break;
    }
    case OtherChange::Unreadable: {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(garbage);
        break;
    }
    case OtherChange::Deleted:
        QVERIFY(QFile::remove(path));
        break;
    case OtherChange::None:
        break;
    }

    QSignalSpy conflicts(&store, &DraftStore::changedElsewhere);
    QSignalSpy saved(&store, &DraftStore::draftSaved);
    QString error;
    QVERIFY2(store.save(draftWithText(id, QStringLiteral("Hello FIRST")), &error),
             qPrintable(error));

    QCOMPARE(store.load(id)->posts.at(0).text, QStringLiteral("Hello FIRST"));
    QCOMPARE(textsOnDisk(store), expectedTexts);
    QCOMPARE(conflicts.size(), reported ? 1 : 0);
    if (!reported)
        return;
    const QString copyId = conflicts.at(0).at(1).toString();
    QVERIFY(!conflicts.at(0).at(2).toString().isEmpty());
    if (change == OtherChange::Unreadable) {
        // Kept byte for byte beside the draft, and the message names the file.
        QVERIFY(copyId.isEmpty());
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("*.elsewhere-*")});
        QCOMPARE(aside.size(), 1);
        QFile file(dir.filePath(aside.at(0)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
        QVERIFY(conflicts.at(0).at(2).toString().contains(aside.at(0)));
        return;
    }
    QVERIFY(copyId != id);
    QVERIFY(store.load(copyId)->title.contains(QStringLiteral("changed elsewhere")));
    // The drafts list learns of the copy like of any saved draft.
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).at(0).toString(), copyId);
}

void tst_DraftConflict::twoWindowsTypingInTurn()
{
    // As tried by hand: both windows open the last draft, one types "… SECOND" and saves, the
    // other saves its own typing later. Then both save again: still nothing lost.
    QTemporaryDir dir;
    const QString id = DraftStore::newId();
    {
        DraftStore setup(dir.path());
        QVERIFY(setup.save(draftWithText(id, QStringLiteral("Launch day"))));
    }
    DraftStore windowA(dir.path());
    DraftStore windowB(dir.path());
    QCOMPARE(windowA.loadAll().size(), 1);
    QCOMPARE(windowB.loadAll().size(), 1);

    QVERIFY(windowB.save(draftWithText(id, QStringLiteral("Launch day SECOND"))));
    QVERIFY(windowA.save(draftWithText(id, QStringLiteral("Launch day FIRST"))));
    QVERIFY(windowB.save(draftWithText(id, QStringLiteral("Launch day SECOND!"))));
    QVERIFY(windowA.save(draftWithText(id, QStringLiteral("Launch day FIRST!"))));

    const QStringList texts = textsOnDisk(windowA);
    QVERIFY(texts.contains(QStringLiteral("Launch day SECOND")));
    QVERIFY(texts.contains(QStringLiteral("Launch day SECOND!")));
    QVERIFY(texts.contains(QStringLiteral("Launch day FIRST!")));
    QCOMPARE(windowA.load(id)->posts.at(0).text, QStringLiteral("Launch day FIRST!"));
}

QTEST_GUILESS_MAIN(tst_DraftConflict)
#include "tst_draftconflict.moc"
