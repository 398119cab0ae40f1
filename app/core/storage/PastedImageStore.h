// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace CreatorDesk {

// An image pasted from the clipboard becomes a PNG file under the cache folder, so that it is
// probed, checked and uploaded like any other file (and its thumbnail survives a restart).
class PastedImageStore final
{
    Q_DECLARE_TR_FUNCTIONS(PastedImageStore)

public:
    struct Saved
    {
        QString path;  // empty on failure
        QString error; // for a person
    };
    // `png`: the image, already encoded.
    static Saved save(const QByteArray &png);
};

} // namespace CreatorDesk
