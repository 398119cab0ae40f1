// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AgeDelegate.h"

#include "common/Formatting.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QHelpEvent>
#include <QToolTip>

namespace CreatorDesk {

QString AgeDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.metaType().id() != QMetaType::QDateTime)
        return QStyledItemDelegate::displayText(value, locale);
    return Formatting::age(value.toDateTime().toUTC(), QDateTime::currentDateTimeUtc());
}

bool AgeDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                            const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QVariant value = index.data(Qt::DisplayRole);
    if (event->type() != QEvent::ToolTip || value.metaType().id() != QMetaType::QDateTime)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), Formatting::localDateTime(value.toDateTime().toUTC()),
                       view);
    return true;
}

} // namespace CreatorDesk
