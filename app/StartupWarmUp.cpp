// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupWarmUp.h"

#include "text/TwitterCounter.h"

#include <QImageReader>
#include <QtConcurrentRun>

namespace CreatorDesk {

QFuture<void> StartupWarmUp::start()
{
    return QtConcurrent::run([] {
        // Instantiates every image format plugin, which is what the first read of a PNG does.
        QImageReader::supportedImageFormats();
        // A URL builds the character table and the top-level domain trees.
        TwitterCounter::count(QStringLiteral("Creator Desk: https://creatordesk.org"));
    });
}

} // namespace CreatorDesk
