// SPDX-License-Identifier: GPL-3.0-or-later
// The first minute: with no connection the window greets the person with the three ways in and
// takes the greeting away once a connection exists; "Look around first" skips it; the empty
// Accounts box says why it is empty and its link opens the keys; "Try the demo" asks the
// application for the demo.
#include "ApiFixture.h"
#include "MainWindow.h"
#include "WelcomePage.h"
#include "WindowServices.h"
#include "connections/ConnectionModel.h"
#include "drafts/AccountsHint.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftsPane.h"

#include <QCommandLinkButton>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

class TestWelcome final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shownUntilAConnectionExists();
    void lookAroundSkipsIt_data();
    void lookAroundSkipsIt();
    void demoButtonAsksForTheDemo();
    void emptyAccountsSayWhy();
};

void TestWelcome::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CreatorDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_welcome"));
}

void TestWelcome::shownUntilAConnectionExists()
{
    WindowServices services;
    ConnectionModel connections;
    MainWindow window(services.forWindow(&connections));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isWelcomeShown());
    WelcomePage *welcome = window.welcomePage();
    QVERIFY(welcome->isVisible());
    for (QPushButton *button :
         {static_cast<QPushButton *>(welcome->signInButton()),
          static_cast<QPushButton *>(welcome->addKeyButton()),
          static_cast<QPushButton *>(welcome->demoButton()), welcome->skipButton()}) {
        QVERIFY(button->isVisible());
        QVERIFY(!button->accessibleName().isEmpty());
    }
    // The keyboard lands on the first way in.
    QTRY_VERIFY(welcome->signInButton()->hasFocus());

    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    Testing::Connection api(sandbox, QStringLiteral("xaicreator"), demoKey);
    connections.addConnection(sandboxConnection(api.http.get(), api.api.get()));
    QVERIFY(!window.isWelcomeShown());
    QVERIFY(window.draftsPane()->isVisible());
}

void TestWelcome::lookAroundSkipsIt_data()
{
    QTest::addColumn<bool>("bySidebar");
    QTest::newRow("Look around first") << false;
    QTest::newRow("a section in the sidebar") << true;
}

void TestWelcome::lookAroundSkipsIt()
{
    QFETCH(bool, bySidebar);
    WindowServices services;
    ConnectionModel connections;
    MainWindow window(services.forWindow(&connections));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isWelcomeShown());
    if (bySidebar)
        Q_EMIT window.welcomePage()->skipRequested(); // what a click on a section does
    else
        window.welcomePage()->skipButton()->click();
    QVERIFY(!window.isWelcomeShown());
    QVERIFY(window.draftsPane()->isVisible());
}

void TestWelcome::demoButtonAsksForTheDemo()
{
    WindowServices services;
    ConnectionModel connections;
    MainWindow window(services.forWindow(&connections));
    QSignalSpy asked(&window, &MainWindow::demoRequested);
    window.welcomePage()->demoButton()->click();
    QCOMPARE(asked.size(), 1);
    // While it starts, the button says so and can't be pressed twice.
    QVERIFY(!window.welcomePage()->demoButton()->isEnabled());
    window.welcomePage()->setProblem(QStringLiteral("The demo could not start: no sandbox"));
    QVERIFY(window.welcomePage()->demoButton()->isEnabled());
    QVERIFY(window.welcomePage()->problemText().contains(QStringLiteral("no sandbox")));
}

void TestWelcome::emptyAccountsSayWhy()
{
    WindowServices services;
    ConnectionModel connections;
    MainWindow window(services.forWindow(&connections));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.welcomePage()->skipButton()->click();
    AccountsHint *hint = window.draftsPane()->editor()->accountsHint();
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->accessibleName().contains(QStringLiteral("connect")),
             qPrintable(hint->accessibleName()));
    Q_EMIT hint->linkActivated(QStringLiteral("keys"));
    QCOMPARE(window.currentPane(), MainWindow::ApiKeys);

    // Connected to an account with accounts: the hint goes.
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    Testing::Connection api(sandbox, QStringLiteral("xaicreator"), demoKey);
    connections.addConnection(sandboxConnection(api.http.get(), api.api.get()));
    window.setActiveConnection(0);
    QTRY_VERIFY_WITH_TIMEOUT(!hint->isVisibleTo(&window), 10'000);
}

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
