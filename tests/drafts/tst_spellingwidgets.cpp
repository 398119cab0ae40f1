// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling as a writer meets it, offscreen with real dictionaries (Debian's on Linux, those the
// app ships on Windows and macOS, copied beside the test's program): the wavy line under a
// misspelt word (never under a URL, mention or hashtag), the context menu's suggestions, "Add to
// dictionary" and "Ignore", the draft's language (kept with the draft), the language menu with
// no dictionary, and that language reaching Bluesky and Mastodon as `langs`.
#include "connections/SocialSetSource.h"
#include "drafts/DraftDocument.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftsPane.h"
#include "drafts/LanguageBox.h"
#include "drafts/PostEditor.h"
#include "drafts/SpellHighlighter.h"
#include "drafts/ThreadHistory.h"
#include "drafts/ThreadModel.h"
#include "publish/PublishDialog.h"
#include "storage/DraftStore.h"
#include "text/SpellChecker.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace CreatorDesk;

namespace {
using Ranges = QList<QPair<int, int>>;
const QString English = QStringLiteral("en_US");
const QString German = QStringLiteral("de_DE");

// The ranges of `edit`'s first paragraph drawn with the spell-check underline.
QList<QPair<int, int>> underlined(QPlainTextEdit *edit)
{
    QList<QPair<int, int>> ranges;
    const QTextBlock block = edit->document()->firstBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            ranges.append({range.start, range.length});
    }
    return ranges;
}
} // namespace

class tst_SpellingWidgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void misspeltWordsAreUnderlined_data();
    void misspeltWordsAreUnderlined();
    void suggestionReplacesTheWord();
    void addAndIgnoreClearTheLine();
    void languageIsKeptWithTheDraft();
    void noDictionarySaysSo();
    void languageReachesBlueskyAndMastodon();

private:
    PostEditor *post() const { return m_pane->editor()->postEditor(0); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<SpellChecker> m_checker;
    SocialSetSource m_sets;
    std::unique_ptr<DraftsPane> m_pane;
};

void tst_SpellingWidgets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    if (!QFile::exists(QStringLiteral("/usr/share/hunspell/en_US.dic")) ||
        !QFile::exists(QStringLiteral("/usr/share/hunspell/de_DE.dic")))
        QSKIP("needs Debian's hunspell-en-us and hunspell-de-de");
#endif
    // Shipped ones (packaging/BundledDictionaries.cmake) that are missing fail, not skip.
    const QStringList languages = SpellChecker().languages();
    QVERIFY2(languages.contains(English) && languages.contains(German),
             qPrintable(languages.join(u' ')));
}

void tst_SpellingWidgets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->filePath(QStringLiteral("drafts")));
    m_checker = std::make_unique<SpellChecker>(m_dir->filePath(QStringLiteral("words.txt")));
    m_pane = std::make_unique<DraftsPane>(m_store.get(), &m_sets);
    m_pane->editor()->setSpellChecker(m_checker.get());
    m_pane->document()->setLanguage(English);
    m_pane->resize(1200, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void tst_SpellingWidgets::cleanup()
{
    m_pane.reset();
    m_checker.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_SpellingWidgets::misspeltWordsAreUnderlined_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ranges>("expected");
    QTest::newRow("one word") << QStringLiteral("I recieve letters")
                              << QList<QPair<int, int>>{{2, 7}};
    QTest::newRow("all fine") << QStringLiteral("I receive letters") << QList<QPair<int, int>>{};
    QTest::newRow("entities are not words")
        << QStringLiteral("See https://exampel.com/speling @frend@mastodn.social #hashtagg $TSLAA")
        << QList<QPair<int, int>>{};
    QTest::newRow("beside an entity")
        << QStringLiteral("Teh link: https://example.com") << QList<QPair<int, int>>{{0, 3}};
}

void tst_SpellingWidgets::misspeltWordsAreUnderlined()
{
    QFETCH(QString, text);
    QFETCH(Ranges, expected);
    QPlainTextEdit *edit = post()->textEdit();
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QCOMPARE(m_pane->document()->thread()->text(0), text);
    QCOMPARE(underlined(edit), expected);
}

void tst_SpellingWidgets::suggestionReplacesTheWord()
{
    QPlainTextEdit *edit = post()->textEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("I recieve letters"));
    // A pause longer than typing's: the correction is an undo step of its own.
    QTest::qWait(ThreadHistory::MergeMs + 100);
    const QPoint onWord =
        edit->cursorRect(QTextCursor(edit->document()->findBlockByNumber(0))).center() +
        QPoint(edit->fontMetrics().horizontalAdvance(QStringLiteral("I rec")), 0);
    std::unique_ptr<QMenu> menu(post()->createContextMenu(onWord));
    QStringList texts;
    QAction *receive = nullptr;
    for (QAction *action : menu->actions()) {
        texts.append(action->text());
        if (action->text() == QStringLiteral("receive"))
            receive = action;
    }
    QVERIFY2(receive, qPrintable(texts.join(QLatin1String(" | "))));
    QVERIFY(texts.join(QLatin1Char('|')).contains(QStringLiteral("Add \"recieve\" to dictionary")));
    QVERIFY(texts.join(QLatin1Char('|')).contains(QStringLiteral("Ignore \"recieve\"")));
    // Suggestions first, then the editor's own entries (Copy, Paste, ...).
    QCOMPARE(menu->actions().constFirst()->text(), QStringLiteral("receive"));
    receive->trigger();
    QCOMPARE(m_pane->document()->thread()->text(0), QStringLiteral("I receive letters"));
    QVERIFY(underlined(edit).isEmpty());
    // An edit like typing: the thread's undo takes it back.
    m_pane->editor()->undo();
    QCOMPARE(m_pane->document()->thread()->text(0), QStringLiteral("I recieve letters"));
}

void tst_SpellingWidgets::addAndIgnoreClearTheLine()
{
    QPlainTextEdit *edit = post()->textEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Creatordesk rocks, zorblax"));
    QCOMPARE(underlined(edit).size(), 2);
    QVERIFY(m_checker->addToDictionary(QStringLiteral("Creatordesk")));
    QCOMPARE(underlined(edit), (QList<QPair<int, int>>{{19, 7}}));
    m_checker->ignore(QStringLiteral("zorblax"));
    QVERIFY(underlined(edit).isEmpty());
    // The added word is in the personal list on disk; the ignored one is not.
    QFile words(m_dir->filePath(QStringLiteral("words.txt")));
    QVERIFY(words.open(QIODevice::ReadOnly));
    const QByteArray kept = words.readAll();
    QVERIFY(kept.contains("Creatordesk"));
    QVERIFY(!kept.contains("zorblax"));
}

void tst_SpellingWidgets::languageIsKeptWithTheDraft()
{
    LanguageBox *box = m_pane->editor()->languageBox();
    // Wide enough for the whole thread bar whatever the fonts (Windows' offscreen platform has
    // none and draws each letter as a wide box): a tool bar hides what does not fit.
    m_pane->resize(qMax(m_pane->width(), m_pane->sizeHint().width()), m_pane->height());
    QTRY_VERIFY(box->isVisibleTo(m_pane.get()));
    QVERIFY(box->hasDictionaries());
    QVERIFY(box->findData(German) >= 0);
    QCOMPARE(box->currentLanguage(), English);
    QPlainTextEdit *edit = post()->textEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Guten Morgen"));
    QCOMPARE(underlined(edit).size(), 1); // "Guten" is not English
    box->setCurrentIndex(box->findData(German));
    Q_EMIT box->activated(box->currentIndex());
    QCOMPARE(m_pane->document()->language(), German);
    QTRY_VERIFY(underlined(edit).isEmpty());
    QCOMPARE(post()->spellHighlighter()->language(), German);
    m_pane->editor()->saveNow();
    const std::optional<LocalDraft> stored = m_store->load(m_pane->document()->id());
    QVERIFY(stored);
    QCOMPARE(stored->language, German);
}

void tst_SpellingWidgets::noDictionarySaysSo()
{
    LanguageBox box;
    box.setChecker(nullptr);
    QVERIFY(!box.hasDictionaries());
    QVERIFY(!box.isEnabled());
    QCOMPARE(box.count(), 1);
    QVERIFY(box.itemText(0).contains(QStringLiteral("No spelling dictionary")));
    QVERIFY(box.currentLanguage().isEmpty());
}

void tst_SpellingWidgets::languageReachesBlueskyAndMastodon()
{
    const PublishCandidate bluesky{{QStringLiteral("acc-bsky"), QStringLiteral("bluesky"),
                                    Platform::Bluesky, QStringLiteral("me")},
                                   QStringLiteral("set"),
                                   QStringLiteral("Set"),
                                   true,
                                   {}};
    PublishDialog plain({QStringLiteral("Hallo Welt")}, {bluesky}, 1000);
    plain.setLanguage(German);
    QCOMPARE(plain.options().langs, QStringList{QStringLiteral("de")});
    QCOMPARE(plain.plan().requests().size(), 1);
    QCOMPARE(plain.plan().requests().constFirst().kind, PlannedRequest::Kind::Bluesky);

    // A video can't go by imageUrls: the language is not said, and nothing is held back.
    DraftMedia video;
    video.mediaId = QStringLiteral("m1");
    video.type = QStringLiteral("video");
    PublishDialog withVideo({QStringLiteral("Hallo Welt")}, {bluesky}, 1000, nullptr, {{video}});
    withVideo.setLanguage(German);
    QVERIFY(withVideo.options().langs.isEmpty());
    QCOMPARE(withVideo.plan().allowedAccounts().size(), 1);
}

QTEST_MAIN(tst_SpellingWidgets)
#include "tst_spellingwidgets.moc"
