// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

class QPainter;
class QRectF;

namespace CreatorDesk {

// How each platform looks wherever several appear together (calendar, lists): one colour and
// one small round badge with its initial, painted so no image files are needed.
class PlatformStyle final
{
public:
    // The platform's colour (`platform` as the API spells it; unknown ones are grey).
    static QColor color(const QString &platform);
    // "X", "B", "M", "T", "in".
    static QString mark(const QString &platform);
    static void paintBadge(QPainter &painter, const QRectF &rect, const QString &platform);
    static QIcon icon(const QString &platform, int size = 16);
    // The badge followed by a status glyph, rendered once per look and cached: the calendar
    // draws hundreds of these per frame.
    static QPixmap statusBadge(const QString &platform, const QString &glyph, bool alarming,
                               int height, qreal devicePixelRatio);
    // A light tint of the colour, for backgrounds under dark text.
    static QColor tint(const QString &platform, int percent = 22);
};

} // namespace CreatorDesk
