// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CounterRing.h"
#include "connections/SocialSetSource.h"
#include "drafts/DraftDocument.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftListModel.h"
#include "drafts/DraftsPane.h"
#include "drafts/PostDragHandle.h"
#include "drafts/PostEditor.h"
#include "drafts/PostStack.h"
#include "drafts/ThreadModel.h"
#include "storage/DraftStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace CreatorDesk;

// The thread editor offscreen: counters, marking, shortcuts, autosave and restore.
class tst_DraftEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingUpdatesCounters();
    void overLimitTextIsMarked();
    void keyboardReorder();
    void dragReorder();
    void keyboardSplitAndMerge();
    void keyboardAddAndDelete();
    void undoRedoByKeyboard();
    void splitIntoThreadFitsEveryPlatform();
    void accessibleNamesAndShortcuts();
    void autosaveAndRestoreAtStart();
    void writeErrorIsShownAndDraftKept();
    void localListOpensDuplicatesDeletes();
    void keystrokeCostIn50PostThread();

private:
    DraftEditor *editor() const { return m_pane->editor(); }
    ThreadModel *thread() const { return m_pane->document()->thread(); }
    void setPlatforms(const QStringList &platforms);
    QPlainTextEdit *focusPost(int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    SocialSetSource m_socialSets;
    std::unique_ptr<DraftsPane> m_pane;
};

void tst_DraftEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DraftEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    m_pane = std::make_unique<DraftsPane>(m_store.get(), &m_socialSets);
    m_pane->resize(1200, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void tst_DraftEditor::cleanup()
{
    m_pane.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_DraftEditor::setPlatforms(const QStringList &platforms)
{
    QList<LocalDraft::Account> accounts;
    for (const QString &platform : platforms)
        accounts.append({QStringLiteral("acc-") + platform, QStringLiteral("set"), platform,
                         QStringLiteral("me")});
    m_pane->document()->setAccounts(accounts);
}

QPlainTextEdit *tst_DraftEditor::focusPost(int row)
{
    editor()->focusPost(row);
    QPlainTextEdit *edit = editor()->postEditor(row)->textEdit();
    (void)QTest::qWaitFor([edit] { return edit->hasFocus(); });
    return edit;
}

void tst_DraftEditor::typingUpdatesCounters()
{
    setPlatforms({QStringLiteral("twitter"), QStringLiteral("mastodon")});
    QPlainTextEdit *edit = focusPost(0);
    QTest::keyClicks(edit, QStringLiteral("Hello"));
    QCOMPARE(thread()->text(0), QStringLiteral("Hello"));
    QCOMPARE(editor()->postEditor(0)->counterTexts(),
             (QStringList{QStringLiteral("5/280"), QStringLiteral("5/500")}));
    QTest::keyClicks(edit, QStringLiteral(" https://example.com/long/path"));
    QCOMPARE(editor()->postEditor(0)->counterTexts(),
             (QStringList{QStringLiteral("29/280"), QStringLiteral("29/500")}));
    // A no-break space stays one (QPlainTextEdit::toPlainText() would make it a space).
    edit->insertPlainText(QString(QChar(0xa0)));
    QCOMPARE(thread()->text(0).back(), QChar(0xa0));
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(editor()->postEditor(0)->counterTexts(),
             (QStringList{QStringLiteral("29/280"), QStringLiteral("29/500")}));
}

void tst_DraftEditor::overLimitTextIsMarked()
{
    setPlatforms({QStringLiteral("twitter"), QStringLiteral("bluesky")});
    QPlainTextEdit *edit = focusPost(0);
    QTest::keyClicks(edit, QString(250, QLatin1Char('a')));
    PostEditor *post = editor()->postEditor(0);
    QCOMPARE(post->rings().at(0)->level(), CounterRing::Level::Normal); // 250/280 < 90 %
    QTest::keyClicks(edit, QString(10, QLatin1Char('a')));
    QCOMPARE(post->rings().at(0)->level(), CounterRing::Level::Warning); // 260/280 ≥ 90 %
    QCOMPARE(post->rings().at(1)->level(), CounterRing::Level::Normal);  // 260/300 < 90 %
    QVERIFY(edit->extraSelections().isEmpty());
    QTest::keyClicks(edit, QString(30, QLatin1Char('b')));
    QCOMPARE(post->counterTexts(),
             (QStringList{QStringLiteral("290/280"), QStringLiteral("290/300")}));
    QCOMPARE(post->rings().at(0)->level(), CounterRing::Level::Over);
    QCOMPARE(post->rings().at(1)->level(), CounterRing::Level::Warning);
    const QList<QTextEdit::ExtraSelection> marks = edit->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectionStart(), 280);
    QCOMPARE(marks.first().cursor.selectionEnd(), 290);
    QCOMPARE(marks.first().format.background().color(), PostEditor::overLimitBackground());
    // Deleting back under the limit removes the mark.
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(edit->extraSelections().isEmpty());
}

void tst_DraftEditor::keyboardReorder()
{
    thread()->setPosts({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QPlainTextEdit *edit = focusPost(0);
    QTest::keyClick(edit, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(thread()->texts(),
             (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(editor()->currentRow(), 1);
    QCOMPARE(editor()->postEditor(1)->text(), QStringLiteral("a"));
    QTRY_VERIFY(editor()->postEditor(1)->textEdit()->hasFocus());
    QTest::keyClick(editor()->postEditor(1)->textEdit(), Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(editor()->postEditor(2)->textEdit(), Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(editor()->postEditor(1)->textEdit(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(thread()->texts(),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(editor()->postEditor(row)->text(), thread()->text(row));
}

void tst_DraftEditor::dragReorder()
{
    thread()->setPosts({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QWidget *container = editor()->posts()->widget();
    // The positions below are read from the shown, laid-out editors, as a person sees them.
    QTRY_VERIFY(editor()->postEditor(2)->isVisible());
    container->layout()->activate();
    for (int row = 0; row < 2; ++row) {
        QVERIFY(editor()->postEditor(row)->geometry().bottom() <
                editor()->postEditor(row + 1)->geometry().top());
    }
    // Drop post 1 ("a") below post 3: it becomes the last one.
    QMimeData mime;
    mime.setData(QLatin1String(PostDragHandle::MimeType), QByteArray::number(0));
    const QPoint below(10, editor()->postEditor(2)->geometry().bottom() - 2);
    QDragEnterEvent enter(below, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(container, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(below), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(container, &drop);
    QCOMPARE(thread()->texts(),
             (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(editor()->postEditor(row)->text(), thread()->text(row));
    // Other formats are refused.
    QMimeData other;
    other.setText(QStringLiteral("x"));
    QDragEnterEvent refused(below, Qt::MoveAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(container, &refused);
    QVERIFY(!refused.isAccepted());
}

void tst_DraftEditor::keyboardSplitAndMerge()
{
    thread()->setPosts({QStringLiteral("Hello world")});
    QPlainTextEdit *edit = focusPost(0);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(5);
    edit->setTextCursor(cursor);
    QTest::keyClick(edit, Qt::Key_Return, Qt::AltModifier);
    QCOMPARE(thread()->texts(), (QStringList{QStringLiteral("Hello"), QStringLiteral(" world")}));
    QCOMPARE(editor()->postCount(), 2);
    QCOMPARE(editor()->currentRow(), 1);
    QTest::keyClick(focusPost(0), Qt::Key_J, Qt::AltModifier);
    QCOMPARE(thread()->texts(), QStringList{QStringLiteral("Hello\n world")});
    QCOMPARE(editor()->postCount(), 1);
}

void tst_DraftEditor::keyboardAddAndDelete()
{
    QPlainTextEdit *edit = focusPost(0);
    QTest::keyClicks(edit, QStringLiteral("one"));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor()->postCount(), 2);
    QTRY_VERIFY(editor()->postEditor(1)->textEdit()->hasFocus());
    QTest::keyClicks(editor()->postEditor(1)->textEdit(), QStringLiteral("two"));
    QCOMPARE(thread()->texts(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    QTest::keyClick(editor()->postEditor(1)->textEdit(), Qt::Key_Delete, Qt::AltModifier);
    QCOMPARE(thread()->texts(), QStringList{QStringLiteral("one")});
}

void tst_DraftEditor::undoRedoByKeyboard()
{
    QPlainTextEdit *edit = focusPost(0);
    QTest::keyClicks(edit, QStringLiteral("Hello world"));
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(5);
    edit->setTextCursor(cursor);
    QTest::keyClick(edit, Qt::Key_Return, Qt::AltModifier);
    QCOMPARE(thread()->rowCount(), 2);
    // Ctrl+Z in the new post undoes the split, not the typing inside one editor.
    QTest::keyClick(editor()->postEditor(1)->textEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(thread()->texts(), QStringList{QStringLiteral("Hello world")});
    QCOMPARE(editor()->postCount(), 1);
    QTRY_VERIFY(editor()->postEditor(0)->textEdit()->hasFocus());
    QCOMPARE(editor()->postEditor(0)->textEdit()->textCursor().position(), 5);
    QTest::keyClick(editor()->postEditor(0)->textEdit(), Qt::Key_Z,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(thread()->texts(), (QStringList{QStringLiteral("Hello"), QStringLiteral(" world")}));
    QTest::keyClick(editor()->postEditor(0)->textEdit(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(editor()->postEditor(0)->textEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(thread()->texts(), QStringList{QString()});
    QVERIFY(!editor()->action(DraftEditor::Undo)->isEnabled());
}

void tst_DraftEditor::splitIntoThreadFitsEveryPlatform()
{
    setPlatforms({QStringLiteral("twitter"), QStringLiteral("bluesky")});
    QString text;
    for (int i = 0; i < 20; ++i)
        text += QStringLiteral("This is sentence %1 of a long story. ").arg(i);
    thread()->setPosts({text.trimmed()});
    editor()->numberingBox()->setChecked(true);
    QTest::keyClick(focusPost(0), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(thread()->rowCount() > 1);
    QCOMPARE(editor()->postCount(), thread()->rowCount());
    for (int row = 0; row < thread()->rowCount(); ++row) {
        QVERIFY(thread()->index(row).data(ThreadModel::ValidRole).toBool());
        QVERIFY(thread()->text(row).endsWith(
            QStringLiteral(" %1/%2").arg(row + 1).arg(thread()->rowCount())));
    }
}

void tst_DraftEditor::accessibleNamesAndShortcuts()
{
    QVERIFY(!editor()->titleEdit()->accessibleName().isEmpty());
    QVERIFY(!editor()->accountView()->accessibleName().isEmpty());
    QCOMPARE(editor()->postEditor(0)->textEdit()->accessibleName(),
             QStringLiteral("Text of post 1 of 1"));
    for (int which = 0; which < DraftEditor::ActionCount; ++which) {
        QAction *action = editor()->action(DraftEditor::Action(which));
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(!action->text().isEmpty());
    }
    setPlatforms({QStringLiteral("twitter")});
    QTest::keyClicks(focusPost(0), QString(281, QLatin1Char('x')));
    const QList<QLabel *> labels =
        editor()->postEditor(0)->findChildren<QLabel *>(QStringLiteral("counter_twitter"));
    QCOMPARE(labels.size(), 1);
    QVERIFY(labels.first()->accessibleName().contains(QLatin1String("1 over the limit")));
}

void tst_DraftEditor::autosaveAndRestoreAtStart()
{
    QSignalSpy saved(m_store.get(), &DraftStore::draftSaved);
    editor()->titleEdit()->setFocus();
    QTest::keyClicks(editor()->titleEdit(), QStringLiteral("Kept"));
    QTest::keyClicks(focusPost(0), QStringLiteral("Every word"));
    QTest::keyClick(editor()->postEditor(0)->textEdit(), Qt::Key_Return,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(editor()->postEditor(1)->textEdit(), QStringLiteral("stays"));
    QVERIFY(saved.wait(2000));
    QVERIFY(editor()->saveStatusText().contains(QLatin1String("Saved on this computer")));
    const QString id = m_pane->document()->id();
    // Quit without waiting for the debounce: the pane writes what is pending.
    QTest::keyClicks(editor()->postEditor(1)->textEdit(), QStringLiteral("!"));
    m_pane.reset();
    SocialSetSource restoredSets;
    DraftsPane restored(m_store.get(), &restoredSets);
    QCOMPARE(restored.document()->id(), id);
    QCOMPARE(restored.editor()->titleEdit()->text(), QStringLiteral("Kept"));
    QCOMPARE(restored.editor()->postCount(), 2);
    QCOMPARE(restored.editor()->postEditor(0)->text(), QStringLiteral("Every word"));
    QCOMPARE(restored.editor()->postEditor(1)->text(), QStringLiteral("stays!"));
}

void tst_DraftEditor::writeErrorIsShownAndDraftKept()
{
    QTest::keyClicks(focusPost(0), QStringLiteral("Precious"));
    Q_EMIT m_store->saveFailed(m_pane->document()->id(),
                               QStringLiteral("Could not write drafts/x.json: No space left"));
    QVERIFY(editor()->saveStatusText().contains(QLatin1String("Not saved on this computer")));
    QVERIFY(editor()->saveStatusText().contains(QLatin1String("No space left")));
    QCOMPARE(editor()->postEditor(0)->text(), QStringLiteral("Precious"));
}

void tst_DraftEditor::localListOpensDuplicatesDeletes()
{
    QTest::keyClicks(focusPost(0), QStringLiteral("First draft"));
    const QString first = m_pane->document()->id();
    m_pane->newDraft();
    QTest::keyClicks(focusPost(0), QStringLiteral("Second draft"));
    m_store->flush();
    DraftListModel *list = m_pane->listModel();
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->index(0, 0).data(DraftListModel::FirstWordsRole).toString(),
             QStringLiteral("Second draft"));
    m_pane->openDraft(first);
    QCOMPARE(editor()->postEditor(0)->text(), QStringLiteral("First draft"));
    m_pane->duplicateCurrent();
    QCOMPARE(list->rowCount(), 3);
    QVERIFY(m_pane->document()->id() != first);
    QCOMPARE(editor()->postEditor(0)->text(), QStringLiteral("First draft"));
    // Searching filters by any post's text, case-insensitively.
    m_pane->searchField()->setText(QStringLiteral("SECOND"));
    QCOMPARE(m_pane->listView()->model()->rowCount(), 1);
    m_pane->searchField()->clear();
    QCOMPARE(m_pane->listView()->model()->rowCount(), 3);
    m_pane->deleteCurrent(true);
    QCOMPARE(list->rowCount(), 2);
    QVERIFY(m_pane->document()->isOpen());
}

void tst_DraftEditor::keystrokeCostIn50PostThread()
{
    setPlatforms({QStringLiteral("twitter"), QStringLiteral("bluesky"), QStringLiteral("mastodon"),
                  QStringLiteral("threads"), QStringLiteral("linkedin")});
    QStringList posts;
    for (int i = 0; i < 50; ++i)
        posts << QStringLiteral("Post %1 with a link https://example.com/%1 and some words, "
                                "emoji 👍🏽 and 漢字 to make counting honest. ")
                     .arg(i)
                     .repeated(3);
    QElapsedTimer open;
    open.start();
    thread()->setPosts(posts);
    const qint64 openMs = open.elapsed();
    QCOMPARE(editor()->postCount(), 50);
    QPlainTextEdit *edit = focusPost(24); // post 25 of 50
    edit->moveCursor(QTextCursor::End);
    QList<qint64> costs;
    const QString typed = QStringLiteral("Typing into post twenty-five of fifty, key by key.");
    for (const QChar c : typed) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(edit, c.toLatin1());
        costs.append(timer.nsecsElapsed());
    }
    QVERIFY(thread()->text(24).endsWith(typed));
    std::sort(costs.begin(), costs.end());
    // Whole keystroke: key event, model recount of that post for 5 platforms, counters and marks.
    qInfo("50-post thread, 5 platforms: opened in %lld ms; per keystroke in post 25: "
          "median %.3f ms, 90th percentile %.3f ms, max %.3f ms (%lld keys)",
          openMs, costs.at(costs.size() / 2) / 1e6, costs.at(costs.size() * 9 / 10) / 1e6,
          costs.last() / 1e6, qlonglong(costs.size()));
    // The recount alone, without the widgets.
    QElapsedTimer recount;
    recount.start();
    constexpr int rounds = 200;
    for (int i = 0; i < rounds; ++i)
        thread()->setText(24, thread()->text(24) + QLatin1Char('x'));
    qInfo("ThreadModel::setText + recount + widget update of one post: %.3f ms each",
          recount.nsecsElapsed() / 1e6 / rounds);
}

QTEST_MAIN(tst_DraftEditor)
#include "tst_drafteditor.moc"
