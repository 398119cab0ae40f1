// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/LanguageBox.h"

#include "text/SpellChecker.h"

#include <QLocale>

namespace CreatorDesk {

LanguageBox::LanguageBox(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("draftLanguage"));
    setAccessibleName(tr("Language of this draft"));
    setToolTip(tr("Spelling is checked in this language; Bluesky and Mastodon are told it"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString language = itemData(index).toString();
        if (!language.isEmpty())
            Q_EMIT languageChosen(language);
    });
}

QString LanguageBox::displayName(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return language;
    const QString name = locale.nativeLanguageName();
    const QString territory = locale.nativeTerritoryName();
    if (name.isEmpty())
        return language;
    // "British English" says its country already; "Deutsch" needs "(Österreich)".
    if (territory.isEmpty() || name != QLocale(locale.language()).nativeLanguageName())
        return name;
    return tr("%1 (%2)").arg(name, territory);
}

void LanguageBox::setChecker(SpellChecker *checker)
{
    m_checker = checker;
    clear();
    const QStringList languages = checker ? checker->languages() : QStringList();
    m_hasDictionaries = !languages.isEmpty();
    for (const QString &language : languages)
        addItem(displayName(language), language);
    if (!m_hasDictionaries)
        addItem(tr("No spelling dictionary found on this computer"));
    setEnabled(m_hasDictionaries);
    showLanguage({});
}

void LanguageBox::showLanguage(const QString &language)
{
    if (!m_hasDictionaries)
        return;
    int index = findData(language);
    if (index < 0 && m_checker)
        index = findData(m_checker->defaultLanguage());
    setCurrentIndex(qMax(0, index));
}

QString LanguageBox::currentLanguage() const
{
    return m_hasDictionaries ? currentData().toString() : QString();
}

} // namespace CreatorDesk
