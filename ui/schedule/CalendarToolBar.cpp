// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/CalendarToolBar.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace CreatorDesk {

CalendarToolBar::CalendarToolBar(QAction *undo, QWidget *parent)
    : QWidget(parent)
    , m_range(new QLabel(this))
    , m_state(new QLabel(this))
    , m_zoneBox(new QComboBox(this))
    , m_views(new QButtonGroup(this))
    , m_row(new QHBoxLayout(this))
{
    QHBoxLayout *row = m_row;
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [this, row](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setAccessibleName(tip);
        b->setToolTip(tip);
        row->addWidget(b);
        return b;
    };
    connect(button(QStringLiteral("‹"), QStringLiteral("previousPeriod"), tr("Previous (Page Up)")),
            &QToolButton::clicked, this, &CalendarToolBar::previousRequested);
    connect(button(tr("Today"), QStringLiteral("today"), tr("Today")), &QToolButton::clicked, this,
            &CalendarToolBar::todayRequested);
    connect(button(QStringLiteral("›"), QStringLiteral("nextPeriod"), tr("Next (Page Down)")),
            &QToolButton::clicked, this, &CalendarToolBar::nextRequested);
    QFont big = m_range->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_range->setFont(big);
    m_range->setObjectName(QStringLiteral("rangeLabel"));
    row->addWidget(m_range);
    row->addStretch();
    m_state->setObjectName(QStringLiteral("scheduleState"));
    row->addWidget(m_state);
    const QStringList views{tr("Month"), tr("Week"), tr("Agenda")};
    for (int view = 0; view < views.size(); ++view) {
        QToolButton *b = button(views.at(view), QStringLiteral("view%1").arg(view), views.at(view));
        b->setCheckable(true);
        m_views->addButton(b, view);
    }
    connect(m_views, &QButtonGroup::idClicked, this, &CalendarToolBar::viewChosen);
    m_zoneBox->setObjectName(QStringLiteral("timeZone"));
    m_zoneBox->setAccessibleName(tr("Time zone"));
    m_zoneBox->setToolTip(tr("The calendar's time zone. The service keeps times in UTC."));
    const QByteArray system = QTimeZone::systemTimeZoneId();
    m_zoneBox->addItem(tr("System (%1)").arg(QString::fromUtf8(system)), system);
    m_zoneBox->addItem(tr("UTC"), QByteArrayLiteral("UTC"));
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zones) {
        if (id.contains('/') && id != system)
            m_zoneBox->addItem(QString::fromUtf8(id), id);
    }
    connect(m_zoneBox, &QComboBox::activated, this, [this](int index) {
        Q_EMIT zoneChosen(QTimeZone(m_zoneBox->itemData(index).toByteArray()));
    });
    row->addWidget(m_zoneBox);
    auto *undoButton = new QToolButton(this);
    undoButton->setDefaultAction(undo);
    undoButton->setAccessibleName(tr("Undo move"));
    row->addWidget(undoButton);
    connect(button(tr("Refresh"), QStringLiteral("refreshSchedule"), tr("Refresh (F5)")),
            &QToolButton::clicked, this, &CalendarToolBar::refreshRequested);
}

void CalendarToolBar::addButton(QWidget *button)
{
    m_row->insertWidget(m_row->count() - 1, button);
}

void CalendarToolBar::setRangeText(const QString &text)
{
    m_range->setText(text);
}

void CalendarToolBar::setStateText(const QString &text)
{
    m_state->setText(text);
}

void CalendarToolBar::setView(int view)
{
    if (QAbstractButton *b = m_views->button(view))
        b->setChecked(true);
}

void CalendarToolBar::setZone(const QTimeZone &zone)
{
    const int index = m_zoneBox->findData(zone.id());
    if (index >= 0)
        m_zoneBox->setCurrentIndex(index);
}

} // namespace CreatorDesk
