// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QStaticText>

class QFont;
class QFontMetrics;
class QPainter;
class QPalette;

namespace CreatorDesk {

// The week view's "+N more" markers: where they sit, what they say, and how they are drawn.
// Redrawn at every repaint, so each count's label is translated, measured and shaped once.
class WeekOverflowMarkers final
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::WeekOverflowMarkers)

public:
    // Entries that did not fit beside the others, counted on one marker.
    struct Marker
    {
        QRectF rect;
        int firstHidden = -1; // index into ScheduleModel::entries()
        int lastHidden = -1;
        int count = 0;
    };

    static QString text(int count);
    // `time`: when the first hidden entry goes out, as the calendar shows it.
    static QString description(int count, const QString &time);

    void clear() { m_markers.clear(); }
    // Adds `marker`, its right edge at `right` and its bottom at `bottom`.
    void place(Marker marker, qreal right, qreal bottom, const QFont &font,
               const QFontMetrics &metrics);
    const QList<Marker> &markers() const { return m_markers; }
    int indexAt(const QPointF &pos) const;
    // `hiddenSelected`: the selected entry if it is one of the hidden ones, else -1; its
    // marker is drawn highlighted.
    void paint(QPainter &painter, const QPalette &palette, int hiddenSelected) const;
    // After a change of font or language.
    void forgetLabels() { m_labels.clear(); }

private:
    struct Label
    {
        QStaticText text;
        int width = 0;
    };

    QList<Marker> m_markers;
    QHash<int, Label> m_labels; // by count
};

} // namespace CreatorDesk
