// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulePane.h"

#include "Formatting.h"
#include "ScheduleModel.h"
#include "widgets/RemoteListPanel.h"
#include "widgets/TwoLineDelegate.h"

#include <QListView>
#include <QVBoxLayout>

namespace CreatorDesk {

SchedulePane::SchedulePane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ScheduleModel(this))
{
    auto *view = new QListView;
    view->setModel(m_model);
    view->setUniformItemSizes(true);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setItemDelegate(new TwoLineDelegate(
        [](const QModelIndex &index) {
            return Formatting::localDateTime(
                index.data(ScheduleModel::ScheduledForRole).toDateTime());
        },
        [](const QModelIndex &index) {
            const QString platform =
                Formatting::platformName(index.data(ScheduleModel::PlatformRole).toString());
            const QString status =
                Formatting::scheduleStatus(index.data(ScheduleModel::StatusRole).toString());
            const int attempts = index.data(ScheduleModel::AttemptsRole).toInt();
            const QString lastError = index.data(ScheduleModel::LastErrorRole).toString();
            if (!lastError.isEmpty())
                return tr("%1 · %2 · attempts: %3 · last error: %4")
                    .arg(platform, status, QString::number(attempts), lastError);
            if (attempts > 0)
                return tr("%1 · %2 · attempts: %3")
                    .arg(platform, status, QString::number(attempts));
            return tr("%1 · %2").arg(platform, status);
        },
        view));

    m_panel = new RemoteListPanel(tr("Schedule"), view, m_model->loadState(), this);
    m_panel->setEmptyText(tr("Nothing is scheduled. Scheduled posts appear here in the order "
                             "they will go out."));
    connect(m_panel, &RemoteListPanel::refreshRequested, m_model, &ScheduleModel::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
}

void SchedulePane::setClient(ApiClient *client)
{
    m_panel->setConnected(client != nullptr);
    m_model->setClient(client);
}

void SchedulePane::refresh()
{
    m_model->refresh();
}

} // namespace CreatorDesk
