// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleAgendaView.h"

#include "common/TwoLineDelegate.h"
#include "schedule/ScheduleModel.h"
#include "schedule/ScheduleText.h"

#include <QAction>

namespace CreatorDesk {

ScheduleAgendaView::ScheduleAgendaView(ScheduleModel *model, QWidget *parent)
    : QListView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("agendaView"));
    setAccessibleName(tr("Schedule agenda"));
    setModel(model);
    setUniformItemSizes(true);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setItemDelegate(new TwoLineDelegate(
        [this](const QModelIndex &index) {
            return ScheduleText::time(index.data(ScheduleModel::ScheduledForRole).toDateTime(),
                                      m_zone, true);
        },
        [this](const QModelIndex &index) {
            return ScheduleText::statusLine(m_model->item(index.row()), m_zone,
                                            index.data(ScheduleModel::RetryPendingRole).toBool());
        },
        this));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ScheduleAgendaView::currentEntryChanged);
    auto *cancel = new QAction(tr("Cancel schedule"), this);
    cancel->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    cancel->setShortcutContext(Qt::WidgetShortcut);
    connect(cancel, &QAction::triggered, this, &ScheduleAgendaView::cancelRequested);
    addAction(cancel);
}

void ScheduleAgendaView::setZone(const QTimeZone &zone)
{
    m_zone = zone;
    viewport()->update();
}

void ScheduleAgendaView::scrollToTime(const QDateTime &start)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row).scheduledFor >= start) {
            scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
            return;
        }
    }
}

void ScheduleAgendaView::showEntry(int entry)
{
    if (entry < 0 || entry >= m_model->entries().size())
        return;
    const QModelIndex first = m_model->index(m_model->entries().at(entry).firstRow);
    setCurrentIndex(first);
    scrollTo(first, QAbstractItemView::PositionAtTop);
}

int ScheduleAgendaView::selectedEntry() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return -1;
    const ScheduleItem &item = m_model->item(current.row());
    return m_model->entryIndex(item.draftId, item.scheduledFor);
}

} // namespace CreatorDesk
