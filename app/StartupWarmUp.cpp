// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupWarmUp.h"

#include "text/TwitterCounter.h"

#include <QCoreApplication>
#include <QDir>
#include <QImageReader>
#include <QPluginLoader>
#include <QtConcurrentRun>

#include <future>

#ifdef CREATORDESK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace CreatorDesk {

namespace {

// A plain thread: it runs before Qt is set up.
std::future<void> &fontConfiguration()
{
    static std::future<void> reading;
    return reading;
}

} // namespace

void StartupWarmUp::startFontConfiguration()
{
#ifdef CREATORDESK_HAVE_FONTCONFIG
    if (!fontConfiguration().valid())
        fontConfiguration() = std::async(std::launch::async, [] { FcInit(); });
#endif
}

void StartupWarmUp::waitForFontConfiguration()
{
    if (fontConfiguration().valid())
        fontConfiguration().wait();
}

QFuture<void> StartupWarmUp::start()
{
    return QtConcurrent::run([] {
        // The icon engines (the SVG one and the Qt SVG library under it), which the first
        // QIcon from an .svg file loads.
        for (const QString &path : QCoreApplication::libraryPaths()) {
            const QDir engines(path + QStringLiteral("/iconengines"));
            for (const QString &file : engines.entryList(QDir::Files))
                QPluginLoader(engines.filePath(file)).load();
        }
        // Instantiates every image format plugin, which is what the first read of a PNG does.
        QImageReader::supportedImageFormats();
        // A URL builds the character table and the top-level domain trees.
        TwitterCounter::count(QStringLiteral("Creator Desk: https://creatordesk.org"));
    });
}

} // namespace CreatorDesk
