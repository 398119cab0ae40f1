// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace CreatorDesk::Testing {

// Keeps every Qt message, debug of every category included, between start() and stop(), as
// "category message" lines, for tests that search the log for secrets. Warnings and worse still
// reach the handler that was installed before (the test's output).
class LogCapture final
{
public:
    static void start();
    static void stop();
    static QStringList &lines();
};

} // namespace CreatorDesk::Testing
