// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ThreadHistory.h"
#include "drafts/ThreadModel.h"
#include "drafts/ThreadSnapshot.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace CreatorDesk;

using Operation = std::function<void(ThreadModel &, ThreadHistory &)>;
Q_DECLARE_METATYPE(Operation)

// One history for typing and structure: each operation is undone to exactly the thread before
// it and redone to exactly the thread after it, wherever it came from.
class tst_ThreadHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoRedoRestoresExactly_data();
    void undoRedoRestoresExactly();
    void mediaSurviveUndoOfSplit();
    void typingInOnePostIsOneStep();
    void typingInAnotherPostIsAnotherStep();
    void newChangeDropsRedo();
    void resetForgetsEverything();
    void cursorGoesToTheChange_data();
    void cursorGoesToTheChange();
};

void tst_ThreadHistory::undoRedoRestoresExactly_data()
{
    QTest::addColumn<QStringList>("start");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QStringList>("after");

    const QStringList two{QStringLiteral("one"), QStringLiteral("two")};
    QTest::newRow("split") << QStringList{QStringLiteral("Hello world")}
                           << Operation([](ThreadModel &m, ThreadHistory &h) {
                                  h.perform(QStringLiteral("Split"), [&] { m.splitPost(0, 5); });
                              })
                           << QStringList{QStringLiteral("Hello"), QStringLiteral(" world")};
    QTest::newRow("merge") << two << Operation([](ThreadModel &m, ThreadHistory &h) {
        h.perform(QStringLiteral("Merge"), [&] { m.mergeWithNext(0); });
    }) << QStringList{QStringLiteral("one\ntwo")};
    QTest::newRow("move by keyboard") << two << Operation([](ThreadModel &m, ThreadHistory &h) {
        h.perform(QStringLiteral("Move"), [&] { m.movePost(0, +1); });
    }) << QStringList{QStringLiteral("two"), QStringLiteral("one")};
    // A drag goes straight to the model, without perform(): still one step.
    QTest::newRow("move by drag") << two << Operation([](ThreadModel &m, ThreadHistory &) {
        m.moveRows({}, 1, 1, {}, 0);
    }) << QStringList{QStringLiteral("two"), QStringLiteral("one")};
    QTest::newRow("delete") << two << Operation([](ThreadModel &m, ThreadHistory &h) {
        h.perform(QStringLiteral("Delete"), [&] { m.removePost(1); });
    }) << QStringList{QStringLiteral("one")};
    QTest::newRow("split into thread")
        << QStringList{QStringLiteral("a. b. c.")}
        << Operation([](ThreadModel &m, ThreadHistory &h) {
               h.perform(QStringLiteral("Split into thread"), [&] {
                   m.replacePost(
                       0, {QStringLiteral("a."), QStringLiteral("b."), QStringLiteral("c.")});
               });
           })
        << QStringList{QStringLiteral("a."), QStringLiteral("b."), QStringLiteral("c.")};
    QTest::newRow("typing") << two << Operation([](ThreadModel &m, ThreadHistory &) {
        m.setText(1, QStringLiteral("two and three"));
    }) << QStringList{QStringLiteral("one"), QStringLiteral("two and three")};
    QTest::newRow("add post") << two << Operation([](ThreadModel &m, ThreadHistory &h) {
        h.perform(QStringLiteral("Add"), [&] { m.insertPost(1); });
    }) << QStringList{QStringLiteral("one"), QString(), QStringLiteral("two")};
}

void tst_ThreadHistory::undoRedoRestoresExactly()
{
    QFETCH(QStringList, start);
    QFETCH(Operation, operation);
    QFETCH(QStringList, after);

    ThreadModel model;
    model.setPosts(start);
    ThreadHistory history(&model);
    QVERIFY(!history.canUndo());
    operation(model, history);
    QCOMPARE(model.texts(), after);
    QCOMPARE(history.stack()->count(), 1);
    history.undo();
    QCOMPARE(model.texts(), start);
    QVERIFY(history.canRedo());
    history.redo();
    QCOMPARE(model.texts(), after);
    history.undo();
    QCOMPARE(model.texts(), start);
}

void tst_ThreadHistory::mediaSurviveUndoOfSplit()
{
    ThreadModel model;
    model.setPosts({QStringLiteral("Hello world")});
    DraftMedia picture;
    picture.mediaId = QStringLiteral("media-1");
    picture.fileName = QStringLiteral("beach.jpg");
    picture.type = QStringLiteral("image");
    model.setMedia(0, {picture});
    ThreadHistory history(&model);
    history.perform(QStringLiteral("Split"), [&] { model.splitPost(0, 5); });
    history.perform(QStringLiteral("Delete"), [&] { model.removePost(0); });
    history.undo();
    history.undo();
    QCOMPARE(model.texts(), QStringList{QStringLiteral("Hello world")});
    QCOMPARE(model.media(0).size(), 1);
    QCOMPARE(model.media(0).constFirst().fileName, QStringLiteral("beach.jpg"));
    QCOMPARE(model.mediaIds(0), QStringList{QStringLiteral("media-1")});
}

void tst_ThreadHistory::typingInOnePostIsOneStep()
{
    ThreadModel model;
    ThreadHistory history(&model);
    QString text;
    for (QChar c : QStringLiteral("Hello")) {
        text += c;
        model.setText(0, text);
    }
    QCOMPARE(history.stack()->count(), 1);
    history.undo();
    QCOMPARE(model.text(0), QString());
}

void tst_ThreadHistory::typingInAnotherPostIsAnotherStep()
{
    ThreadModel model;
    model.setPosts({QString(), QString()});
    ThreadHistory history(&model);
    model.setText(0, QStringLiteral("a"));
    model.setText(1, QStringLiteral("b"));
    model.setText(0, QStringLiteral("ac"));
    QCOMPARE(history.stack()->count(), 3);
    history.undo();
    QCOMPARE(model.texts(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void tst_ThreadHistory::newChangeDropsRedo()
{
    ThreadModel model;
    model.setPosts({QStringLiteral("Hello world")});
    ThreadHistory history(&model);
    history.perform(QStringLiteral("Split"), [&] { model.splitPost(0, 5); });
    history.undo();
    model.setText(0, QStringLiteral("Hello there"));
    QVERIFY(!history.canRedo());
    history.undo();
    QCOMPARE(model.texts(), QStringList{QStringLiteral("Hello world")});
    QVERIFY(!history.canUndo());
}

void tst_ThreadHistory::resetForgetsEverything()
{
    ThreadModel model;
    ThreadHistory history(&model);
    model.setText(0, QStringLiteral("draft one"));
    model.setPosts({QStringLiteral("draft two")}); // another draft opened...
    history.reset();                               // ...and undo stops there
    QVERIFY(!history.canUndo());
    model.setText(0, QStringLiteral("draft two!"));
    history.undo();
    QCOMPARE(model.texts(), QStringList{QStringLiteral("draft two")});
}

void tst_ThreadHistory::cursorGoesToTheChange_data()
{
    QTest::addColumn<QStringList>("from");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");

    QTest::newRow("inserted word")
        << QStringList{QStringLiteral("Hello world")}
        << QStringList{QStringLiteral("Hello big world")} << 0 << 6 << 10;
    QTest::newRow("removed word") << QStringList{QStringLiteral("Hello big world")}
                                  << QStringList{QStringLiteral("Hello world")} << 0 << 6 << 6;
    QTest::newRow("second post") << QStringList{QStringLiteral("a"), QStringLiteral("bc")}
                                 << QStringList{QStringLiteral("a"), QStringLiteral("bxc")} << 1
                                 << 1 << 2;
    QTest::newRow("post removed at end") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                         << QStringList{QStringLiteral("a")} << 0 << 0 << 0;
    QTest::newRow("split undone") << QStringList{QStringLiteral("Hello"), QStringLiteral(" world")}
                                  << QStringList{QStringLiteral("Hello world")} << 0 << 5 << 11;
    QTest::newRow("repeated letters")
        << QStringList{QStringLiteral("aaa")} << QStringList{QStringLiteral("aaaa")} << 0 << 3 << 4;
}

void tst_ThreadHistory::cursorGoesToTheChange()
{
    QFETCH(QStringList, from);
    QFETCH(QStringList, to);
    const ThreadSnapshot a{from, QList<QStringList>(from.size()), {}};
    const ThreadSnapshot b{to, QList<QStringList>(to.size()), {}};
    const auto start = ThreadSnapshot::changePlace(a, b, ThreadSnapshot::Edge::Start);
    const auto end = ThreadSnapshot::changePlace(a, b, ThreadSnapshot::Edge::End);
    QTEST(start.row, "row");
    QTEST(end.row, "row");
    QTEST(start.cursor, "start");
    QTEST(end.cursor, "end");
}

QTEST_GUILESS_MAIN(tst_ThreadHistory)
#include "tst_threadhistory.moc"
