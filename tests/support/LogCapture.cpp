// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogCapture.h"

#include <QLoggingCategory>

namespace CreatorDesk::Testing {

namespace {
QtMessageHandler previousHandler = nullptr;

void keep(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogCapture::lines().append(QString::fromUtf8(context.category ? context.category : "") +
                               QLatin1Char(' ') + message);
    if (previousHandler && type != QtDebugMsg && type != QtInfoMsg)
        previousHandler(type, context, message);
}
} // namespace

void LogCapture::start()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    previousHandler = qInstallMessageHandler(keep);
}

void LogCapture::stop()
{
    qInstallMessageHandler(previousHandler);
}

QStringList &LogCapture::lines()
{
    static QStringList kept;
    return kept;
}

} // namespace CreatorDesk::Testing
