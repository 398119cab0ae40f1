// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/SocialSetSource.h"
#include "drafts/DraftDocument.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftsPane.h"
#include "drafts/PostEditor.h"
#include "storage/DraftStore.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace CreatorDesk;

// Autosave after kill -9: a child process shows the drafts pane, types, reports the autosave,
// and is killed with SIGKILL; a new pane on the same folder shows exactly what was typed.
class tst_AutosaveKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAfterAutosaveRestoresEverything();
};

namespace {
const auto Title = QStringLiteral("Survives kill -9");
const auto Typed = QStringLiteral("Every word typed here survives");
const auto Pasted = QStringLiteral(" 👍🏽 漢字"); // QTest types ASCII only
const QString First = Typed + Pasted;
const auto Second = QStringLiteral("even a second post");
constexpr int CursorInFirst = 6; // after "Every "

// The child: types, then waits to be killed once the autosave has landed.
int runChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    DraftStore store(QString::fromLocal8Bit(argv[2]));
    SocialSetSource paneSets;
    DraftsPane pane(&store, &paneSets);
    pane.show();
    (void)QTest::qWaitForWindowExposed(&pane);
    DraftEditor *editor = pane.editor();
    QTest::keyClicks(editor->titleEdit(), Title);
    editor->focusPost(0);
    QTest::keyClicks(editor->postEditor(0)->textEdit(), Typed);
    editor->postEditor(0)->textEdit()->insertPlainText(Pasted);
    QTest::keyClick(editor->postEditor(0)->textEdit(), Qt::Key_Return,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(editor->postEditor(1)->textEdit(), Second);
    // The cursor goes back into the first post: a restart puts it there again.
    editor->focusPost(0, CursorInFirst);
    QObject::connect(&store, &DraftStore::draftSaved, &app, [](const QString &id) {
        std::printf("saved %s\n", qPrintable(id));
        std::fflush(stdout);
    });
    return app.exec(); // never returns normally: the test kills it
}
} // namespace

void tst_AutosaveKill::killedAfterAutosaveRestoresEverything()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dir.path()});
    QVERIFY(child.waitForStarted());
    QByteArray line;
    QVERIFY(QTest::qWaitFor(
        [&] {
            child.waitForReadyRead(100);
            line += child.readAll();
            return line.contains("saved ");
        },
        20000));
    child.kill(); // SIGKILL: no aboutToQuit, no destructors
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const QString id = QString::fromUtf8(line.mid(line.indexOf("saved ") + 6).trimmed());

    DraftStore store(dir.path());
    SocialSetSource restoredSets;
    DraftsPane restored(&store, &restoredSets);
    QCOMPARE(restored.document()->id(), id);
    QCOMPARE(restored.editor()->titleEdit()->text(), Title);
    QCOMPARE(restored.editor()->postCount(), 2);
    QCOMPARE(restored.editor()->postEditor(0)->text(), First);
    QCOMPARE(restored.editor()->postEditor(1)->text(), Second);
    QCOMPARE(restored.editor()->currentRow(), 0);
    QCOMPARE(restored.editor()->postEditor(0)->textEdit()->textCursor().position(), CursorInFirst);
    QCOMPARE(restored.document()->place().cursor, CursorInFirst);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QApplication app(argc, argv);
    tst_AutosaveKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosavekill.moc"
