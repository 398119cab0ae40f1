// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PlatformStyle.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace CreatorDesk {

QColor PlatformStyle::color(const QString &platform)
{
    // Each service's own brand hue, darkened where needed to carry white text.
    if (platform == QLatin1String("twitter"))
        return QColor(0x14, 0x17, 0x1a);
    if (platform == QLatin1String("bluesky"))
        return QColor(0x10, 0x83, 0xfe);
    if (platform == QLatin1String("mastodon"))
        return QColor(0x63, 0x64, 0xff);
    if (platform == QLatin1String("threads"))
        return QColor(0xc1, 0x35, 0x84);
    if (platform == QLatin1String("linkedin"))
        return QColor(0x0a, 0x66, 0xc2);
    return QColor(0x70, 0x70, 0x70);
}

QString PlatformStyle::mark(const QString &platform)
{
    if (platform == QLatin1String("twitter"))
        return QStringLiteral("X");
    if (platform == QLatin1String("linkedin"))
        return QStringLiteral("in");
    return platform.isEmpty() ? QStringLiteral("?") : platform.left(1).toUpper();
}

void PlatformStyle::paintBadge(QPainter &painter, const QRectF &rect, const QString &platform)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color(platform));
    painter.drawEllipse(rect);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(rect.height() * 0.6)));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(rect, Qt::AlignCenter, mark(platform));
    painter.restore();
}

QIcon PlatformStyle::icon(const QString &platform, int size)
{
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintBadge(painter, QRectF(0, 0, size, size), platform);
    painter.end();
    return QIcon(pixmap);
}

QPixmap PlatformStyle::statusBadge(const QString &platform, const QString &glyph, bool alarming,
                                   int height, qreal devicePixelRatio)
{
    static QHash<QString, QPixmap> cache;
    const QString key = platform + QLatin1Char('|') + glyph + QLatin1Char('|') +
                        QString::number(alarming) + QLatin1Char('|') + QString::number(height) +
                        QLatin1Char('|') + QString::number(devicePixelRatio);
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    QFont font;
    font.setPixelSize(std::max(8, height - 2));
    const QFontMetrics metrics(font);
    const int badge = height - 2;
    const int width = badge + 1 + metrics.horizontalAdvance(glyph) + 1;
    QPixmap pixmap(QSize(width, height) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintBadge(painter, QRectF(0, 1, badge, badge), platform);
    painter.setFont(font);
    painter.setPen(alarming ? QColor(0xc6, 0x28, 0x28) : QColor(0x30, 0x30, 0x30));
    painter.drawText(QRectF(badge + 1, 0, width - badge - 1, height), Qt::AlignCenter, glyph);
    painter.end();
    cache.insert(key, pixmap);
    return pixmap;
}

QColor PlatformStyle::tint(const QString &platform, int percent)
{
    const QColor base = color(platform);
    const auto mix = [percent](int channel) {
        return (channel * percent + 255 * (100 - percent)) / 100;
    };
    return QColor(mix(base.red()), mix(base.green()), mix(base.blue()));
}

} // namespace CreatorDesk
