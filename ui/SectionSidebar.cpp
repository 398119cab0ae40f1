// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectionSidebar.h"

namespace CreatorDesk {

SectionSidebar::SectionSidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setAccessibleName(tr("Sections"));
    setIconSize(QSize(22, 22));
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundRole(QPalette::AlternateBase);
    // A soft selection keeps the (blue) icons and the label readable on the current section:
    // the highlight mixed into the base colour, so it stays light in a light palette and dark
    // in a dark one, under the ordinary text colour.
    QPalette soft = palette();
    const QColor highlight = soft.color(QPalette::Highlight);
    const QColor base = soft.color(QPalette::Base);
    const auto mix = [](int a, int b) {
        return (a * 2 + b * 3) / 5;
    };
    soft.setColor(QPalette::Highlight,
                  QColor(mix(highlight.red(), base.red()), mix(highlight.green(), base.green()),
                         mix(highlight.blue(), base.blue())));
    soft.setColor(QPalette::HighlightedText, soft.color(QPalette::Text));
    setPalette(soft);
}

void SectionSidebar::insertSection(int row, const QString &iconName, const QString &label)
{
    const QString iconPath = QStringLiteral(":/icons/%1.svg").arg(iconName);
    QIcon icon(iconPath);
    icon.addFile(iconPath, {}, QIcon::Selected); // as drawn, not tinted by the style
    auto *item = new QListWidgetItem(icon, label);
    item->setSizeHint(QSize(0, 36));
    insertItem(row, item);
}

void SectionSidebar::fitWidthToLabels()
{
    int labelWidth = 0;
    for (int row = 0; row < count(); ++row)
        labelWidth = qMax(labelWidth, fontMetrics().horizontalAdvance(item(row)->text()));
    setFixedWidth(labelWidth + iconSize().width() + 48);
}

} // namespace CreatorDesk
