// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace CreatorDesk {

void Translations::install(QCoreApplication *application)
{
    auto *qtTranslator = new QTranslator(application);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(application);
    if (appTranslator->load(QLocale(), QStringLiteral("creatordesk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")) ||
        appTranslator->load(QStringLiteral("creatordesk_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace CreatorDesk
