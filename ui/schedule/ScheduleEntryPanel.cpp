// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleEntryPanel.h"

#include "common/PlatformStyle.h"
#include "schedule/ScheduleModel.h"
#include "schedule/ScheduleText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace CreatorDesk {

ScheduleEntryPanel::ScheduleEntryPanel(ScheduleModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_when(new QLabel(this))
    , m_lines(new QWidget(this))
    , m_linesLayout(new QVBoxLayout(m_lines))
    , m_edit(new QPushButton(tr("Change time…"), this))
    , m_cancel(new QPushButton(tr("Cancel schedule…"), this))
{
    setObjectName(QStringLiteral("scheduleEntryPanel"));
    setAccessibleName(tr("Selected scheduled post"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_when->setWordWrap(true);
    m_linesLayout->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(QStringLiteral("editScheduleTime"));
    m_cancel->setObjectName(QStringLiteral("cancelSchedule"));
    m_edit->setToolTip(tr("Move this post to another time (Enter)"));
    m_cancel->setToolTip(tr("Take this post off the schedule (Delete)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_when);
    layout->addWidget(m_lines);
    layout->addLayout(buttons);
    connect(m_edit, &QPushButton::clicked, this, &ScheduleEntryPanel::editRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ScheduleEntryPanel::cancelRequested);
    showEntry(-1, QTimeZone::utc());
}

void ScheduleEntryPanel::showEntry(int entryIndex, const QTimeZone &zone)
{
    qDeleteAll(m_lines->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_retryButtons.clear();
    m_lineLabels.clear();
    if (entryIndex < 0 || entryIndex >= m_model->entries().size()) {
        m_title->setText(tr("Nothing selected"));
        m_when->setText(tr("Select a post on the calendar to see how it is doing, or drag a "
                           "draft from the drafts list onto a day."));
        m_edit->setEnabled(false);
        m_cancel->setEnabled(false);
        return;
    }
    const ScheduleEntry &entry = m_model->entries().at(entryIndex);
    m_title->setText(entry.title);
    QString when = ScheduleText::time(entry.scheduledFor, zone, true);
    if (entry.maxJitterSeconds > 0)
        when = tr("%1 (± 3 minutes: jitter is on)").arg(when);
    m_when->setText(when);
    for (int row = entry.firstRow; row < entry.firstRow + entry.rowCount; ++row) {
        const ScheduleItem &item = m_model->item(row);
        const bool retryPending =
            m_model->index(row).data(ScheduleModel::RetryPendingRole).toBool();
        auto *line = new QWidget(m_lines);
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(line);
        icon->setPixmap(PlatformStyle::icon(item.platformName).pixmap(16, 16));
        auto *label = new QLabel(ScheduleText::statusLine(item, zone, retryPending), line);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        lineLayout->addWidget(icon, 0, Qt::AlignTop);
        lineLayout->addWidget(label, 1);
        m_lineLabels.append(label);
        if (item.status == QLatin1String("failed") && !retryPending) {
            auto *retry = new QPushButton(tr("Retry"), line);
            retry->setObjectName(QStringLiteral("retrySchedule"));
            retry->setAccessibleName(tr("Retry %1").arg(item.platformName));
            retry->setToolTip(tr("Schedule this account again in a few minutes; the accounts "
                                 "that were published are left alone."));
            connect(retry, &QPushButton::clicked, this, [this, item, retry] {
                retry->setEnabled(false); // one click, one retry
                Q_EMIT retryRequested(item);
            });
            lineLayout->addWidget(retry, 0, Qt::AlignTop);
            m_retryButtons.append(retry);
        }
        m_linesLayout->addWidget(line);
    }
    const bool movable = entry.hasPending && !m_model->isBusy(entry.draftId);
    m_edit->setEnabled(movable);
    m_cancel->setEnabled(movable);
}

QString ScheduleEntryPanel::text() const
{
    QStringList lines{m_title->text(), m_when->text()};
    for (const QLabel *label : m_lineLabels)
        lines.append(label->text());
    return lines.join(QLatin1Char('\n'));
}

} // namespace CreatorDesk
