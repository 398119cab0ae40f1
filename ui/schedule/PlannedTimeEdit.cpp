// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/PlannedTimeEdit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace CreatorDesk {

PlannedTimeEdit::PlannedTimeEdit(QWidget *parent)
    : QWidget(parent)
    , m_box(new QCheckBox(tr("&Planned for:"), this))
    , m_time(new QDateTimeEdit(this))
{
    m_box->setToolTip(tr("Sent with \"Save to server\" as the server draft's planned time. "
                         "To publish at a time, schedule the draft."));
    m_time->setObjectName(QStringLiteral("plannedTime"));
    m_time->setAccessibleName(tr("Planned time"));
    m_time->setCalendarPopup(true);
    // To the minute: seconds the person cannot see must not be sent either.
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    m_time->setDisplayFormat(format);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_time, 1);
    connect(m_box, &QCheckBox::toggled, this, &PlannedTimeEdit::edited);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &PlannedTimeEdit::edited);
    setPlanned({});
}

QDateTime PlannedTimeEdit::planned() const
{
    if (!m_box->isChecked())
        return {};
    QDateTime local = m_time->dateTime();
    local.setTime(QTime(local.time().hour(), local.time().minute()));
    return local.toUTC();
}

void PlannedTimeEdit::setPlanned(const QDateTime &utc)
{
    const QSignalBlocker blockBox(m_box);
    const QSignalBlocker blockTime(m_time);
    m_box->setChecked(utc.isValid());
    m_time->setEnabled(utc.isValid());
    QDateTime shown =
        utc.isValid() ? utc.toLocalTime() : QDateTime::currentDateTime().addSecs(3600);
    if (!utc.isValid())
        shown.setTime(QTime(shown.time().hour(), 0));
    m_time->setDateTime(shown);
}

void PlannedTimeEdit::edited()
{
    m_time->setEnabled(m_box->isChecked());
    Q_EMIT plannedEdited(planned());
}

} // namespace CreatorDesk
