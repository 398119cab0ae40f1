// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace CreatorDesk {

// A list row of two lines: the item's display text in bold with a trailing note on the right,
// and a dimmer second line. The pane decides what the note and the second line say.
class TwoLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using TextFor = std::function<QString(const QModelIndex &)>;

    TwoLineDelegate(TextFor trailing, TextFor secondLine, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    TextFor m_trailing;
    TextFor m_secondLine;
};

} // namespace CreatorDesk
