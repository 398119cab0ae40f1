// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>

class QPainter;
class QPalette;

namespace CreatorDesk {

// A posting queue's free time on the calendar: a faint box with a dashed edge that says whose
// queue it is, under the scheduled entries, so it reads as a place, not a post.
class QueueSlotPainter final
{
public:
    static void paint(QPainter &painter, const QRectF &slot, const QString &label,
                      const QPalette &palette);
};

} // namespace CreatorDesk
