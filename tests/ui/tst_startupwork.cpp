// SPDX-License-Identifier: GPL-3.0-or-later
// What start-up leaves out of the way of the first paint. What StartupWarmUp does on its pool
// thread is what the window's first tool bar would otherwise do on the GUI thread: after it,
// building a tool bar with an SVG icon loads no library. The keychain's libraries are loaded after
// the first paint, when the app asks whether the keychain works.
#include "Application.h"
#include "StartupWarmUp.h"
#include "connections/ConnectionModel.h"
#include "storage/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <link.h>
#endif

using namespace CreatorDesk;

namespace {
#ifdef Q_OS_LINUX
// The file names of the objects the dynamic linker has loaded into this process.
QStringList loadedObjects()
{
    QStringList names;
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            static_cast<QStringList *>(data)->append(QString::fromLocal8Bit(info->dlpi_name));
            return 0;
        },
        &names);
    return names;
}

bool isLoaded(const char *name)
{
    const QStringList names = loadedObjects();
    return std::any_of(names.cbegin(), names.cend(),
                       [name](const QString &file) { return file.contains(QLatin1String(name)); });
}
#endif
} // namespace

class TestStartupWork final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void toolBarLoadsNothingAfterIt();
    void keychainLibrariesWaitForFirstPaint();
    void fontConfigurationIsReadOnce();
};

void TestStartupWork::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CreatorDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_startupwork"));
    // No stored connection: its key would be read from the keychain at start, rightly.
    QFile::remove(AppPaths::connectionsFile());
}

void TestStartupWork::toolBarLoadsNothingAfterIt()
{
#ifndef Q_OS_LINUX
    QSKIP("Counts loaded libraries with dl_iterate_phdr.");
#else
    const QDir plugins(QLibraryInfo::path(QLibraryInfo::PluginsPath) +
                       QStringLiteral("/imageformats"));
    if (plugins.entryList(QDir::Files).isEmpty())
        QSKIP("This system has no image format plugins.");
    const qsizetype atStart = loadedObjects().size();
    StartupWarmUp::start().waitForFinished();
    const qsizetype afterWarmUp = loadedObjects().size();
    QVERIFY2(afterWarmUp > atStart, "the warm-up loaded no plugin");
    QToolBar toolBar;
    toolBar.addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), QStringLiteral("Refresh"));
    toolBar.setOrientation(Qt::Vertical);
    QCOMPARE(loadedObjects().size(), afterWarmUp);
#endif
}

void TestStartupWork::keychainLibrariesWaitForFirstPaint()
{
#ifndef Q_OS_LINUX
    QSKIP("Looks at loaded libraries with dl_iterate_phdr.");
#else
    QVERIFY2(!isLoaded("libsecret"), "loaded before the app started");
    Application app(StartupOptions{});
    QSignalSpy keychainAnswered(app.connections(), &ConnectionModel::keychainStatusChanged);
    bool loadedAtFirstPaint = true;
    connect(&app, &Application::firstPaintHandled, this,
            [&] { loadedAtFirstPaint = isLoaded("libsecret"); });
    QSignalSpy painted(&app, &Application::firstPaintHandled);
    app.start();
    QVERIFY(painted.wait(10'000));
    QVERIFY2(!loadedAtFirstPaint, "the keychain was asked before the first paint");
    QVERIFY(keychainAnswered.wait(10'000));
    if (!isLoaded("libsecret"))
        QSKIP("This QtKeychain does not use libsecret.");
#endif
}

void TestStartupWork::fontConfigurationIsReadOnce()
{
    // Started twice (the second call finds it under way), waited for twice, then Qt's font
    // database uses what it read.
    StartupWarmUp::startFontConfiguration();
    StartupWarmUp::startFontConfiguration();
    StartupWarmUp::waitForFontConfiguration();
    StartupWarmUp::waitForFontConfiguration();
#ifdef Q_OS_WIN
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QSKIP("Qt's offscreen platform has no font database on Windows (fonts come from "
              "fontconfig on Linux, from the windows platform plugin on Windows)");
#endif
    QVERIFY(!QFontDatabase::families().isEmpty());
}

QTEST_MAIN(TestStartupWork)
#include "tst_startupwork.moc"
