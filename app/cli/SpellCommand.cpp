// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SpellCommand.h"

#include "cli/CliRunner.h"
#include "cli/Terminal.h"
#include "storage/AppPaths.h"
#include "text/SpellChecker.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::SpellCommand)
};

constexpr int kSuggestions = 5;
// Suggestions are remembered per word to spare Hunspell's slow search; this bounds the memory
// whatever the input's size.
constexpr qsizetype kRememberedWords = 4096;
} // namespace

SpellCommand::SpellCommand(CliRunner &runner)
    : m_runner(runner)
{}

SpellCommand::~SpellCommand() = default;

void SpellCommand::run()
{
    m_checker = std::make_unique<SpellChecker>(AppPaths::personalDictionaryFile());
    SpellChecker &checker = *m_checker;
    const QStringList languages = checker.languages();
    if (languages.isEmpty()) {
        m_runner.done(2,
                      Tr::tr("No spelling dictionary is installed. Install one (on Debian or "
                             "Ubuntu, e.g. the package hunspell-en-us), or name a folder of "
                             "LANGUAGE.aff and LANGUAGE.dic files in CREATORDESK_DICTIONARIES."));
        return;
    }
    const CliOptions &options = m_runner.options();
    m_language = options.language.isEmpty() ? checker.defaultLanguage() : options.language;
    if (!checker.hasLanguage(m_language)) {
        m_runner.done(2, Tr::tr("There is no dictionary for \"%1\". Dictionaries found: %2.")
                             .arg(m_language, languages.join(QStringLiteral(", "))));
        return;
    }
    if (!checker.load(m_language)) {
        m_runner.done(2, Tr::tr("The dictionary for \"%1\" cannot be read.").arg(m_language));
        return;
    }

    QFile input;
    if (options.arguments.isEmpty())
        Terminal::readInputAsData();
    if (options.arguments.isEmpty() && !input.open(stdin, QIODevice::ReadOnly)) {
        m_runner.done(2, Tr::tr("Standard input cannot be read."));
        return;
    }
    if (options.json)
        m_runner.out() << u'[';
    if (!options.arguments.isEmpty()) {
        check(options.arguments.join(u' '), 0);
    } else {
        // A line at a time, so that memory stays flat; no word or entity spans a line break.
        // readLine() blocks for a slow writer and is empty only at the end (a line keeps its \n).
        qsizetype offset = 0;
        for (QByteArray bytes = input.readLine(); !bytes.isEmpty(); bytes = input.readLine()) {
            const QString line = QString::fromUtf8(bytes);
            check(line, offset);
            offset += line.size();
        }
    }
    if (options.json)
        m_runner.out() << u']' << Qt::endl;
    m_runner.done(m_found > 0 ? 1 : 0);
}

void SpellCommand::check(const QString &text, qsizetype offset)
{
    QTextStream &out = m_runner.out();
    for (const Misspelling &misspelling : m_checker->misspellings(text, m_language)) {
        const QStringList suggestions = suggestionsFor(misspelling.word);
        if (m_runner.options().json) {
            nlohmann::ordered_json item;
            item["word"] = misspelling.word.toStdString();
            item["start"] = offset + misspelling.start;
            item["length"] = misspelling.length;
            item["suggestions"] = nlohmann::ordered_json::array();
            for (const QString &suggestion : suggestions)
                item["suggestions"].push_back(suggestion.toStdString());
            if (m_found > 0)
                out << u',';
            out << QString::fromStdString(item.dump());
        } else if (suggestions.isEmpty()) {
            out << misspelling.word << u'\n';
        } else {
            out << misspelling.word << QStringLiteral(": ")
                << suggestions.join(QStringLiteral(", ")) << u'\n';
        }
        ++m_found;
    }
}

QStringList SpellCommand::suggestionsFor(const QString &word)
{
    const auto known = m_suggestions.constFind(word);
    if (known != m_suggestions.cend())
        return *known;
    if (m_suggestions.size() >= kRememberedWords)
        m_suggestions.clear();
    const QStringList suggestions = m_checker->suggestions(word, m_language, kSuggestions);
    m_suggestions.insert(word, suggestions);
    return suggestions;
}

} // namespace CreatorDesk
