// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LoadState.h"
#include "integration/ApiFixture.h"
#include "schedule/ScheduleModel.h"

#include <QSignalSpy>

namespace CreatorDesk::Testing {

// Loads `model` from the sandbox and waits for the answer.
inline bool loadModel(ScheduleModel &model)
{
    QSignalSpy loaded(&model, &ScheduleModel::entriesChanged);
    model.refresh();
    return loaded.wait(10'000);
}

// The draft's items in `model`, by time.
inline QList<ScheduleItem> itemsOf(const ScheduleModel &model, const QString &draftId)
{
    QList<ScheduleItem> items;
    for (const ScheduleItem &item : model.items()) {
        if (item.draftId == draftId)
            items.append(item);
    }
    return items;
}

// Whole seconds, as the sandbox stores times with milliseconds.
inline QDateTime utcInSeconds(qint64 seconds)
{
    QDateTime when = QDateTime::currentDateTimeUtc().addSecs(seconds);
    when.setTime(QTime(when.time().hour(), when.time().minute(), when.time().second()));
    return when;
}

} // namespace CreatorDesk::Testing
