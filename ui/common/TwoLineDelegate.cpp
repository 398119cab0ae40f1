// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TwoLineDelegate.h"

#include <QApplication>
#include <QPainter>

namespace CreatorDesk {

namespace {

constexpr int HorizontalPadding = 10;
constexpr int VerticalPadding = 6;
constexpr int LineSpacing = 3;
constexpr int TrailingGap = 16;

} // namespace

TwoLineDelegate::TwoLineDelegate(TextFor trailing, TextFor secondLine, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_trailing(std::move(trailing))
    , m_secondLine(std::move(secondLine))
{}

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear(); // the style draws selection and focus; the text is drawn below
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.7f);

    const QRect area =
        opt.rect.adjusted(HorizontalPadding, VerticalPadding, -HorizontalPadding, -VerticalPadding);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(opt.font);

    painter->save();
    const QString trailing = m_trailing ? m_trailing(index) : QString();
    const int trailingWidth = trailing.isEmpty() ? 0 : metrics.horizontalAdvance(trailing);
    QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    if (trailingWidth > 0) {
        painter->setFont(opt.font);
        painter->setPen(dimColor);
        painter->drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, trailing);
        titleRect.setRight(titleRect.right() - trailingWidth - TrailingGap);
    }
    painter->setFont(titleFont);
    painter->setPen(textColor);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    const QString second = m_secondLine ? m_secondLine(index) : QString();
    if (!second.isEmpty()) {
        const QRect secondRect(area.left(), titleRect.bottom() + 1 + LineSpacing, area.width(),
                               metrics.height());
        painter->setFont(opt.font);
        painter->setPen(dimColor);
        painter->drawText(secondRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(second, Qt::ElideRight, secondRect.width()));
    }
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int height = QFontMetrics(titleFont).height() + LineSpacing +
                       QFontMetrics(option.font).height() + 2 * VerticalPadding;
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width(), qMax(base.height(), height)};
}

} // namespace CreatorDesk
