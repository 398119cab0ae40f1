// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "SingleInstance.h"
#include "StartupWarmUp.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkProxyFactory>
#include <QStandardPaths>

#include <cstdio>

#ifdef Q_OS_WIN
#include <shobjidl.h>
#endif

namespace {

struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Start the local demo server and "
                                                                "connect to it.")};
    QCommandLineOption exitAfterStartup{
        QStringLiteral("exit-after-startup"),
        QCoreApplication::translate("main", "Quit once the main window has been painted (with "
                                            "--demo: and the demo connection is ready).")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Write, schedule and publish posts through API-key services."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(demo);
        parser.addOption(exitAfterStartup);
    }
};

void setApplicationInfo()
{
    QCoreApplication::setApplicationName(QStringLiteral("creatordesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREATORDESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Creator Desk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("creatordesk.org"));
}

} // namespace

int main(int argc, char *argv[])
{
    // Beside everything below, until the first widget needs fonts.
    CreatorDesk::StartupWarmUp::startFontConfiguration();
    // --help, --version and bad options are answered without a display: only a
    // QCoreApplication exists while they are handled.
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        CommandLine commandLine;
        if (!commandLine.parser.parse(arguments) ||
            commandLine.parser.isSet(QStringLiteral("help")) ||
            commandLine.parser.isSet(QStringLiteral("help-all")) ||
            commandLine.parser.isSet(QStringLiteral("version"))) {
            QCoreApplication core(argc, argv);
            setApplicationInfo();
            commandLine.parser.process(core); // prints and exits
            return 2;
        }
    }

    QApplication app(argc, argv);
    // Plugins and tables the window needs, loaded beside the work below.
    CreatorDesk::StartupWarmUp::start();
    setApplicationInfo();
    QApplication::setApplicationDisplayName(QStringLiteral("Creator Desk"));
    QApplication::setDesktopFileName(QStringLiteral("org.creatordesk.CreatorDesk"));
#ifdef Q_OS_WIN
    // Windows names the taskbar button and the notifications by this id; the installer
    // registers it with the app's name and icon.
    SetCurrentProcessExplicitAppUserModelID(L"org.creatordesk.CreatorDesk");
#endif
    // Application::shutdown() decides when the event loop ends (after the demo server).
    QApplication::setQuitOnLastWindowClosed(false);

    // Follows the system locale: Qt's own strings and ours.
    CreatorDesk::Translations::install(&app);
    // The system's proxy settings (environment, desktop settings) apply to every request.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    CommandLine commandLine;
    commandLine.parser.process(app);
    CreatorDesk::StartupOptions options;
    options.demo = commandLine.parser.isSet(commandLine.demo);
    options.exitAfterStartup = commandLine.parser.isSet(commandLine.exitAfterStartup);

    // A second start on the same data hands over to the running window and ends here.
    CreatorDesk::SingleInstance instance(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!instance.claim()) {
        QString error;
        if (instance.handOver(QCoreApplication::arguments().mid(1), 5000, &error))
            return 0;
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    CreatorDesk::Application creatorDesk(options);
    QObject::connect(&instance, &CreatorDesk::SingleInstance::activationRequested, &creatorDesk,
                     &CreatorDesk::Application::bringToFront);
    QObject::connect(&creatorDesk, &CreatorDesk::Application::shutdownFinished, &app,
                     [&app, &creatorDesk] { app.exit(creatorDesk.exitCode()); });
    creatorDesk.start();
    // Every window's icon, the main window's too. Set once it is built: the SVG icon engine has
    // been loaded by then (StartupWarmUp).
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/creatordesk.svg")));
    return app.exec();
}
