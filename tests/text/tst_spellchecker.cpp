// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling against real dictionaries: Debian's (hunspell-en-us, hunspell-de-de) on Linux, those
// shipped with the app on Windows and macOS (packaging/BundledDictionaries.cmake); plus small
// dictionaries of the test's own for the search order, Latin-1, broken files and folder names.
#include "spell/PersonalDictionary.h"
#include "spell/SpellDictionary.h"
#include "text/SpellChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_WIN
#include <stdlib.h>
#endif

using namespace CreatorDesk;

namespace {
const QString kEnglish = QStringLiteral("en_US");
const QString kGerman = QStringLiteral("de_DE");

// "recieve@2+7 teh@10+3": readable when a row fails.
QString describe(const QList<Misspelling> &misspellings)
{
    QStringList parts;
    for (const Misspelling &m : misspellings)
        parts.append(QStringLiteral("%1@%2+%3").arg(m.word).arg(m.start).arg(m.length));
    return parts.join(u' ');
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Windows and macOS: the dictionaries shipped with the app, copied beside the test's program
// (never a skip there). Elsewhere the system's.
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
constexpr bool kShipped = true;
#else
constexpr bool kShipped = false;
#endif

QString englishBase() // where en_US is found when $CREATORDESK_DICTIONARIES does not have it
{
    return kShipped ? QCoreApplication::applicationDirPath() + QStringLiteral("/dictionaries/en_US")
                    : QStringLiteral("/usr/share/hunspell/en_US");
}

void setDictionaryFolders(const QStringList &folders)
{
    const QString value = folders.join(QDir::listSeparator());
#ifdef Q_OS_WIN
    // qputenv goes through the ANSI code page there, which cannot hold every folder's name.
    const QString assignment = QStringLiteral("CREATORDESK_DICTIONARIES=") + value;
    _wputenv(reinterpret_cast<const wchar_t *>(assignment.utf16()));
#else
    qputenv("CREATORDESK_DICTIONARIES", value.toLocal8Bit());
#endif
}
} // namespace

class TstSpellChecker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!kShipped && !QFile::exists(QStringLiteral("/usr/share/hunspell/en_US.dic")))
            QSKIP("No en_US dictionary: install the package hunspell-en-us (and hunspell-de-de).");
        QVERIFY2(SpellDictionary::availableLanguages().contains(kEnglish),
                 "No en_US: packaging/BundledDictionaries.cmake copies it beside the test");
        m_hasGerman = SpellDictionary::availableLanguages().contains(kGerman);
        QVERIFY(m_folder.isValid());
        m_first.setPath(m_folder.filePath(QStringLiteral("first")));
        m_second.setPath(m_folder.filePath(QStringLiteral("second")));
        QVERIFY(QDir().mkpath(m_first.path()));
        QVERIFY(QDir().mkpath(m_second.path()));
        // de_BE shadows the system's: the first folder of CREATORDESK_DICTIONARIES wins.
        QVERIFY(writeFile(m_first.filePath(QStringLiteral("de_BE.aff")), "SET UTF-8\n"));
        QVERIFY(writeFile(m_first.filePath(QStringLiteral("de_BE.dic")), "1\nTestwort\n"));
        QVERIFY(writeFile(m_second.filePath(QStringLiteral("de_BE.aff")), "SET UTF-8\n"));
        QVERIFY(writeFile(m_second.filePath(QStringLiteral("de_BE.dic")), "1\nZweitwort\n"));
        QVERIFY(writeFile(m_second.filePath(QStringLiteral("xx_LATIN.aff")),
                          "SET ISO8859-1\nTRY aefcinobuv\xE9\xEF\n"));
        QVERIFY(writeFile(m_second.filePath(QStringLiteral("xx_LATIN.dic")),
                          "3\ncaf\xE9\nna\xEFve\nbonjour\n"));
        QVERIFY(writeFile(m_second.filePath(QStringLiteral("xx_BROKEN.aff")), "SET UTF-8\n"));
        QVERIFY(writeFile(m_second.filePath(QStringLiteral("xx_BROKEN.dic")), "not a count\n"));
        QVERIFY(writeFile(m_second.filePath(QStringLiteral("xx_NODIC.aff")), "SET UTF-8\n"));
        setDictionaryFolders({m_first.path(), m_second.path()});
    }

    void cleanupTestCase() { qunsetenv("CREATORDESK_DICTIONARIES"); }

    void availableLanguages()
    {
        const QStringList languages = SpellDictionary::availableLanguages();
        QVERIFY(languages.contains(kEnglish));
        QVERIFY(languages.contains(QStringLiteral("xx_LATIN")));
        QVERIFY(!languages.contains(QStringLiteral("xx_NODIC")));
        QCOMPARE(languages.count(QStringLiteral("de_BE")), 1);
        QStringList sorted = languages;
        sorted.sort();
        QCOMPARE(languages, sorted);
        QCOMPARE(SpellChecker().languages(), languages);
    }

    void searchOrder()
    {
        QCOMPARE(SpellDictionary::pathOf(QStringLiteral("de_BE")),
                 m_first.filePath(QStringLiteral("de_BE")));
        QCOMPARE(SpellDictionary::pathOf(kEnglish), englishBase());
        QCOMPARE(SpellDictionary::pathOf(QStringLiteral("xx_NODIC")), QString());
        QCOMPARE(SpellDictionary::pathOf(QStringLiteral("../hunspell/en_US")), QString());
        const auto shadowing = SpellDictionary::open(QStringLiteral("de_BE"));
        QVERIFY(shadowing);
        QVERIFY(shadowing->isCorrect(u"Testwort"));
        QVERIFY(!shadowing->isCorrect(u"Zweitwort"));
    }

    void openFails()
    {
        QVERIFY(!SpellDictionary::open(QStringLiteral("xx_XX")));
        QVERIFY(!SpellDictionary::open(QStringLiteral("xx_NODIC")));
        QVERIFY(!SpellDictionary::open(QStringLiteral("xx_BROKEN")));
        SpellChecker checker;
        QVERIFY(checker.hasLanguage(QStringLiteral("xx_BROKEN")));
        QVERIFY(!checker.load(QStringLiteral("xx_BROKEN")));
        QVERIFY(checker.misspellings(QStringLiteral("anything"), QStringLiteral("xx_BROKEN"))
                    .isEmpty());
    }

    // A folder named in scripts no ANSI code page holds together still opens: on Windows,
    // Hunspell is given \\?\ + the UTF-8 path, which it opens wide.
    void folderOfAnyName()
    {
        const QDir folder(m_folder.filePath(
            QStringLiteral("W\u00F6rter \u8F9E\u66F8 \u0421\u043B\u043E\u0432\u0430")));
        QVERIFY(QDir().mkpath(folder.path()));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("xx_NAMED.aff")), "SET UTF-8\n"));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("xx_NAMED.dic")), "1\nWeltwort\n"));
        setDictionaryFolders({folder.path(), m_first.path(), m_second.path()});
        const auto dictionary = SpellDictionary::open(QStringLiteral("xx_NAMED"));
        setDictionaryFolders({m_first.path(), m_second.path()});
        QVERIFY(dictionary);
        // An unopened dictionary would know no word at all.
        QVERIFY(dictionary->isCorrect(u"Weltwort"));
        QVERIFY(!dictionary->isCorrect(u"Zweitwort"));
    }

    void latin1Dictionary()
    {
        const auto dictionary = SpellDictionary::open(QStringLiteral("xx_LATIN"));
        QVERIFY(dictionary);
        QCOMPARE(dictionary->language(), QStringLiteral("xx_LATIN"));
        QVERIFY(dictionary->isCorrect(u"caf\u00E9"));
        QVERIFY(dictionary->isCorrect(u"cafe\u0301")); // decomposed, as macOS types it
        QVERIFY(dictionary->isCorrect(u"na\u00EFve"));
        QVERIFY(!dictionary->isCorrect(u"cafe"));
        QVERIFY(!dictionary->isCorrect(u"\u65E5\u672C")); // not in Latin-1 at all
        QVERIFY(dictionary->suggestions(u"cafe").contains(QStringLiteral("caf\u00E9")));
        QVERIFY(dictionary->suggestions(u"\u65E5\u672C").isEmpty());
        dictionary->addWord(QStringLiteral("cr\u00E8me"));
        QVERIFY(dictionary->isCorrect(u"cr\u00E8me"));
    }

    void misspellings_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto en = [](const char *name, const QString &text, const char *expected) {
            QTest::newRow(name) << kEnglish << text << QString::fromUtf8(expected);
        };
        const auto de = [](const char *name, const QString &text, const char *expected) {
            QTest::newRow(name) << kGerman << text << QString::fromUtf8(expected);
        };
        en("empty", QString(), "");
        en("correct", QStringLiteral("All good here, thank you."), "");
        en("two words", QStringLiteral("I recieve teh mail"), "recieve@2+7 teh@10+3");
        en("capitalised", QStringLiteral("Recieve it"), "Recieve@0+7");
        en("apostrophes", QStringLiteral("don't and don\u2019t stay whole"), "");
        en("apostrophe inside stays", QStringLiteral("the wrnog's end"), "wrnog's@4+7");
        en("quotes around a word", QStringLiteral("'recieve'"), "recieve@1+7");
        en("after an astral emoji", QStringLiteral("\U0001F44D\U0001F3FD recieve"), "recieve@5+7");
        en("glued to an emoji", QStringLiteral("\U0001F600recieve"), "recieve@2+7");
        en("entities never flagged",
           QStringLiteral("see https://exampel.com/recieve and @recieve and @teh@mastodn.social "
                          "and #recieve and $RECV and exampel.org"),
           "");
        en("entities, prose between", QStringLiteral("#recieve teh $RECV"), "teh@9+3");
        en("digits and underscores", QStringLiteral("mp3 x86 2nd recieve2 foo_barr"), "");
        en("styled letters",
           QStringLiteral("\U0001D420\U0001D428\U0001D428\U0001D41D \U0001D42B\U0001D41E\U0001D41C"
                          "\U0001D422\U0001D41E\U0001D42F\U0001D41E \uFB01ne"),
           "\U0001D42B\U0001D41E\U0001D41C\U0001D422\U0001D41E\U0001D42F\U0001D41E@9+14");
        en("single letters", QStringLiteral("e.g. i.e. z.B."), "");
        en("hyphenated", QStringLiteral("well-known recieve-only"), "recieve@11+7");
        de("German", QStringLiteral("Ich habe einen Fehlr gemacht"), "Fehlr@15+5");
        de("German umlauts and sharp s", QStringLiteral("Stra\u00DFe und H\u00E4user"), "");
        de("English in German", QStringLiteral("receive"), "receive@0+7");
    }

    void misspellings()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        if (language == kGerman && !m_hasGerman)
            QSKIP("No de_DE dictionary: install the package hunspell-de-de.");
        SpellChecker checker;
        QTEST(describe(checker.misspellings(text, language)), "expected");
    }

    void unknownLanguage()
    {
        SpellChecker checker;
        QVERIFY(!checker.hasLanguage(QStringLiteral("xx_XX")));
        QVERIFY(checker.misspellings(QStringLiteral("recieve"), QStringLiteral("xx_XX")).isEmpty());
        QVERIFY(checker.suggestions(QStringLiteral("recieve"), QStringLiteral("xx_XX")).isEmpty());
        QVERIFY(!checker.load(QStringLiteral("xx_XX")));
        QVERIFY(checker.misspellings(QStringLiteral("recieve"), QString()).isEmpty());
    }

    void suggestions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("recieve") << kEnglish << QStringLiteral("recieve")
                                 << QStringLiteral("receive");
        QTest::newRow("teh") << kEnglish << QStringLiteral("teh") << QStringLiteral("the");
        QTest::newRow("Fehlr") << kGerman << QStringLiteral("Fehlr") << QStringLiteral("Fehler");
        QTest::newRow("Strasse") << kGerman << QStringLiteral("Strase")
                                 << QStringLiteral("Stra\u00DFe");
    }

    void suggestions()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QFETCH(QString, expected);
        if (language == kGerman && !m_hasGerman)
            QSKIP("No de_DE dictionary: install the package hunspell-de-de.");
        SpellChecker checker;
        const QStringList found = checker.suggestions(word, language);
        QVERIFY2(found.contains(expected), qPrintable(found.join(u',')));
        QVERIFY(found.size() <= 5);
        QCOMPARE(checker.suggestions(word, language, 1).size(), 1);
        QVERIFY(checker.suggestions(word, language, 0).isEmpty());
    }

    void defaultLanguage_data()
    {
        QTest::addColumn<QStringList>("available");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        const QStringList common{QStringLiteral("de_DE"), QStringLiteral("en_GB"),
                                 QStringLiteral("en_US")};
        QTest::newRow("exact") << common << QStringLiteral("en_US") << QStringLiteral("en_US");
        QTest::newRow("exact German")
            << common << QStringLiteral("de_DE") << QStringLiteral("de_DE");
        QTest::newRow("another region")
            << QStringList{QStringLiteral("de_DE"), QStringLiteral("en_GB")}
            << QStringLiteral("en_US") << QStringLiteral("en_GB");
        QTest::newRow("the language's main region first")
            << QStringList{QStringLiteral("de_AT"), QStringLiteral("de_DE")}
            << QStringLiteral("de_CH") << QStringLiteral("de_DE");
        QTest::newRow("the language alone")
            << QStringList{QStringLiteral("de"), QStringLiteral("de_DE")} << QStringLiteral("de_AT")
            << QStringLiteral("de");
        QTest::newRow("Portuguese") << QStringList{QStringLiteral("pt_BR")}
                                    << QStringLiteral("pt_PT") << QStringLiteral("pt_BR");
        QTest::newRow("no such language, the first")
            << QStringList{QStringLiteral("de_DE"), QStringLiteral("fr_FR")}
            << QStringLiteral("ja_JP") << QStringLiteral("de_DE");
        QTest::newRow("C is English") << common << QStringLiteral("C") << QStringLiteral("en_US");
        QTest::newRow("nothing installed") << QStringList() << QStringLiteral("en_US") << QString();
    }

    void defaultLanguage()
    {
        QFETCH(QStringList, available);
        QFETCH(QString, locale);
        QTEST(SpellDictionary::defaultLanguage(available, QLocale(locale)), "expected");
    }

    void systemDefaultLanguage()
    {
        SpellChecker checker;
        QCOMPARE(checker.defaultLanguage(),
                 SpellDictionary::defaultLanguage(checker.languages(), QLocale::system()));
        QVERIFY(checker.hasLanguage(checker.defaultLanguage()));
    }

    void personalListSurvives()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString file = home.filePath(QStringLiteral("data/personal-dictionary.txt"));
        const QString text = QStringLiteral("Zorblax and Creatordesk");
        {
            SpellChecker checker(file);
            QCOMPARE(describe(checker.misspellings(text, kEnglish)),
                     QStringLiteral("Zorblax@0+7 Creatordesk@12+11"));
            QSignalSpy changed(&checker, &SpellChecker::wordsChanged);
            QVERIFY2(checker.addToDictionary(QStringLiteral(" Zorblax ")),
                     qPrintable(checker.errorString()));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(describe(checker.misspellings(text, kEnglish)),
                     QStringLiteral("Creatordesk@12+11"));
        }
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("Zorblax\n"));

        SpellChecker again(file);
        QCOMPARE(describe(again.misspellings(text, kEnglish)), QStringLiteral("Creatordesk@12+11"));
        // Hunspell was taught the word too: it knows the word in capitals.
        QVERIFY(again.misspellings(QStringLiteral("ZORBLAX"), kEnglish).isEmpty());
        if (m_hasGerman)
            QVERIFY(again.misspellings(QStringLiteral("Zorblax"), kGerman).isEmpty());
        QVERIFY(!again.addToDictionary(QString()));
        QVERIFY(!again.errorString().isEmpty());
    }

    void personalListKeepsOtherWriters()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString file = home.filePath(QStringLiteral("personal.txt"));
        PersonalDictionary first(file);
        PersonalDictionary second(file); // another window, or the CLI
        QVERIFY(first.add(QStringLiteral("alpha")));
        QVERIFY(second.add(QStringLiteral("beta")));
        QVERIFY(second.add(QStringLiteral("beta")));
        QCOMPARE(second.words(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QCOMPARE(PersonalDictionary(file).words(), second.words());
        QVERIFY(first.contains(QStringLiteral("alpha")));
        QVERIFY(!first.contains(QStringLiteral("beta")));
        QVERIFY(!first.add(QStringLiteral("two\nlines")));
        QVERIFY(!first.errorString().isEmpty());
    }

    void personalListWriteFails()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // A file where the folder should be: the list cannot be written.
        QVERIFY(writeFile(home.filePath(QStringLiteral("blocked")), "x"));
        const QString file = home.filePath(QStringLiteral("blocked/personal.txt"));
        SpellChecker checker(file);
        QSignalSpy changed(&checker, &SpellChecker::wordsChanged);
        QVERIFY(!checker.addToDictionary(QStringLiteral("Zorblax")));
        QVERIFY(!checker.errorString().isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(describe(checker.misspellings(QStringLiteral("Zorblax"), kEnglish)),
                 QStringLiteral("Zorblax@0+7"));
    }

    void ignoreIsForThisRun()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString file = home.filePath(QStringLiteral("personal.txt"));
        SpellChecker checker(file);
        // The dictionary is open before the word is ignored, and taught it then.
        QCOMPARE(describe(checker.misspellings(QStringLiteral("zorblax"), kEnglish)),
                 QStringLiteral("zorblax@0+7"));
        QSignalSpy changed(&checker, &SpellChecker::wordsChanged);
        checker.ignore(QStringLiteral("zorblax"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(checker.misspellings(QStringLiteral("zorblax"), kEnglish).isEmpty());
        QVERIFY(checker.misspellings(QStringLiteral("Zorblax starts it"), kEnglish).isEmpty());
        if (m_hasGerman) // opened after the word was ignored
            QVERIFY(checker.misspellings(QStringLiteral("zorblax"), kGerman).isEmpty());
        checker.ignore(QStringLiteral("zorblax"));
        QCOMPARE(changed.count(), 1); // nothing new

        QVERIFY(!QFile::exists(file));
        SpellChecker nextRun(file);
        QCOMPARE(describe(nextRun.misspellings(QStringLiteral("zorblax"), kEnglish)),
                 QStringLiteral("zorblax@0+7"));
    }

    void noPersonalList()
    {
        SpellChecker checker;
        QVERIFY(checker.errorString().isEmpty());
        QSignalSpy changed(&checker, &SpellChecker::wordsChanged);
        QVERIFY(checker.addToDictionary(QStringLiteral("Zorblax")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(checker.misspellings(QStringLiteral("Zorblax"), kEnglish).isEmpty());
        QVERIFY(!checker.addToDictionary(QStringLiteral("  ")));
        QVERIFY(!checker.errorString().isEmpty());
    }

private:
    QTemporaryDir m_folder;
    QDir m_first;
    QDir m_second;
    bool m_hasGerman = false;
};

QTEST_GUILESS_MAIN(TstSpellChecker)
#include "tst_spellchecker.moc"
