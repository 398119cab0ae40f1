// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace CreatorDesk {

class CliRunner;
class SpellChecker;

// `creatordesk-cli spell [--lang xx_YY] [--json] [TEXT...]`: the misspelt words of the text (the
// arguments, or standard input read a line at a time), each with up to five suggestions. Exit
// code 1 when there is any, 0 when none, 2 when the language has no dictionary. No network.
class SpellCommand final
{
public:
    explicit SpellCommand(CliRunner &runner);
    ~SpellCommand();

    void run(); // ends the run through CliRunner::done()

private:
    // Reports the misspellings of `text`, whose first character is at `offset` in the input.
    void check(const QString &text, qsizetype offset);
    QStringList suggestionsFor(const QString &word);

    CliRunner &m_runner;
    std::unique_ptr<SpellChecker> m_checker;
    QString m_language;
    QHash<QString, QStringList> m_suggestions; // a misspelt word is often misspelt again
    int m_found = 0;
};

} // namespace CreatorDesk
