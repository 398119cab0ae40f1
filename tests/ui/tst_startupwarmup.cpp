// SPDX-License-Identifier: GPL-3.0-or-later
// What StartupWarmUp does on its pool thread is what the window's first tool bar would
// otherwise do on the GUI thread: after it, building a tool bar loads no library.
#include "StartupWarmUp.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTest>
#include <QToolBar>

#ifdef Q_OS_LINUX
#include <link.h>
#endif

using namespace CreatorDesk;

namespace {
#ifdef Q_OS_LINUX
int loadedObjects()
{
    int count = 0;
    dl_iterate_phdr(
        [](dl_phdr_info *, size_t, void *data) { return ++*static_cast<int *>(data), 0; }, &count);
    return count;
}
#endif
} // namespace

class TestStartupWarmUp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolBarLoadsNothingAfterIt();
};

void TestStartupWarmUp::toolBarLoadsNothingAfterIt()
{
#ifndef Q_OS_LINUX
    QSKIP("Counts loaded libraries with dl_iterate_phdr.");
#else
    const QDir plugins(QLibraryInfo::path(QLibraryInfo::PluginsPath) +
                       QStringLiteral("/imageformats"));
    if (plugins.entryList(QDir::Files).isEmpty())
        QSKIP("This system has no image format plugins.");
    const int atStart = loadedObjects();
    StartupWarmUp::start().waitForFinished();
    const int afterWarmUp = loadedObjects();
    QVERIFY2(afterWarmUp > atStart, "the warm-up loaded no plugin");
    QToolBar toolBar;
    toolBar.addAction(QStringLiteral("Refresh"));
    toolBar.setOrientation(Qt::Vertical);
    QCOMPARE(loadedObjects(), afterWarmUp);
#endif
}

QTEST_MAIN(TestStartupWarmUp)
#include "tst_startupwarmup.moc"
