// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace CreatorDesk {

// One Hunspell dictionary (a LANGUAGE.aff and LANGUAGE.dic pair, as LibreOffice and the Linux
// distributions ship them), with words converted to and from the dictionary's own encoding.
// Hunspell stays behind this class: nothing else includes its headers. Not thread-safe.
class SpellDictionary final
{
public:
    // Where dictionaries are looked for, in order: each folder of $CREATORDESK_DICTIONARIES
    // (QDir::listSeparator-separated), <applicationDirPath>/dictionaries (those shipped on
    // Windows), on macOS <applicationDirPath>/../Resources/dictionaries (the bundle's),
    // <applicationDirPath>/../share/creatordesk/dictionaries, and except on Windows
    // /usr/share/hunspell, /usr/share/myspell/dicts, /usr/share/myspell.
    static QStringList searchFolders();
    // Languages ("en_US", "de_DE") with both .aff and .dic found in searchFolders(), sorted,
    // de-duplicated.
    static QStringList availableLanguages();
    static QString
    pathOf(const QString &language); // the .aff path without extension, empty if none
    // The system's language if there is a dictionary for it (exact name, else the same language
    // with another region, e.g. en_GB for en_US missing), else the first available, else empty.
    // The C locale counts as en_US.
    static QString defaultLanguage(const QStringList &available, const QLocale &locale);
    static std::unique_ptr<SpellDictionary>
    open(const QString &language); // nullptr when missing/unreadable

    ~SpellDictionary();
    SpellDictionary(const SpellDictionary &) = delete;
    SpellDictionary &operator=(const SpellDictionary &) = delete;

    QString language() const;
    // True for an empty word; false for one the dictionary's encoding cannot spell.
    bool isCorrect(QStringView word) const;
    QStringList suggestions(QStringView word, int max = 5) const;
    void addWord(const QString &word); // for this run (the personal list is applied through this)

private:
    struct Private;
    explicit SpellDictionary(std::unique_ptr<Private> d);

    std::unique_ptr<Private> m_d;
};

} // namespace CreatorDesk
