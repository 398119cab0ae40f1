// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QPointer>

namespace CreatorDesk {

class SpellChecker;

// The draft's language, chosen from the spelling dictionaries found on this computer. With
// none installed it says so, once, as its only entry, and the editor works as before.
class LanguageBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit LanguageBox(QWidget *parent = nullptr);

    // Fills the list from `checker` (not owned).
    void setChecker(SpellChecker *checker);
    // Shows `language`, or the default when it is empty or not installed.
    void showLanguage(const QString &language);
    // The language spelling uses now; empty when no dictionary is installed.
    QString currentLanguage() const;
    bool hasDictionaries() const { return m_hasDictionaries; }
    // "English (United States)" for "en_US", in the language's own words.
    static QString displayName(const QString &language);

Q_SIGNALS:
    // The person chose another language.
    void languageChosen(const QString &language);

private:
    QPointer<SpellChecker> m_checker;
    bool m_hasDictionaries = false;
};

} // namespace CreatorDesk
