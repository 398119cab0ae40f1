// SPDX-License-Identifier: GPL-3.0-or-later
// The credits pane, the status bar and the low-balance notice, offscreen against a sandbox.
#include "AccountStatusBar.h"
#include "CreditsFixture.h"
#include "common/BannerBar.h"
#include "common/RetryCountdown.h"
#include "connections/AccountStatus.h"
#include "credits/BalanceChart.h"
#include "credits/CreditThreshold.h"
#include "credits/CreditsPane.h"
#include "credits/LowBalanceNotifier.h"
#include "credits/SpendingHistoryModel.h"
#include "credits/SpendingHistoryPanel.h"
#include "credits/SpendingTracker.h"

#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

class tst_CreditsPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noConnection();
    void xaiBalance();
    void expiryHighlighted();
    void thresholdFromThePane();
    void lowBalanceBanner();
    void xquikInThePane();
    void noBalanceService();
    void paymentRequiredShown();
    void retryCountdownInStatusBar();
    void historyTableChartAndExport();
    void keyboardAndNames();

private:
    std::unique_ptr<ServiceConnection> connect(const QString &serviceId, const QString &key);
    void useXai();

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<ServiceConnection> m_xai;
    std::unique_ptr<QWidget> m_window;
    AccountStatus *m_status = nullptr;
    CreditsPane *m_pane = nullptr;
    AccountStatusBar *m_bar = nullptr;
};

void tst_CreditsPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("CREATORDESK_SANDBOX"))
        QSKIP("CREATORDESK_SANDBOX is not set; run this test through ctest.");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_dir.isValid());
}

void tst_CreditsPane::init()
{
    QVERIFY(!m_sandbox.control(QStringLiteral("reset"), nlohmann::json::object()).is_discarded());
    m_window = std::make_unique<QWidget>();
    m_status = new AccountStatus(m_window.get());
    m_status->history()->clear();
    m_status->threshold()->setThreshold(CreditThreshold::DefaultThreshold);
    m_pane = new CreditsPane(m_status, m_window.get());
    m_bar = new AccountStatusBar(m_status, m_window.get());
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_pane);
    layout->addWidget(m_bar);
    m_window->resize(1100, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_CreditsPane::cleanup()
{
    m_status->setConnection(nullptr, nullptr);
    m_window.reset();
    m_xai.reset();
    m_network.clearConnectionCache();
}

std::unique_ptr<ServiceConnection> tst_CreditsPane::connect(const QString &serviceId,
                                                            const QString &key)
{
    return std::make_unique<ServiceConnection>(&m_network, m_sandbox, serviceId, key);
}

void tst_CreditsPane::useXai()
{
    m_xai = connect(QStringLiteral("xaicreator"), xaiDemoKey);
    m_status->setConnection(m_xai->http.get(), m_xai->api.get());
}

void tst_CreditsPane::noConnection()
{
    QCOMPARE(m_pane->balanceText(), QStringLiteral("No connection"));
    QCOMPARE(m_bar->creditsText(), QStringLiteral("Credits: no connection"));
    QVERIFY(!m_pane->refreshButton()->isEnabled());
    QVERIFY(m_pane->noticeText().isEmpty());
    QVERIFY(m_bar->retryText().isEmpty());
}

void tst_CreditsPane::xaiBalance()
{
    useXai();
    QTRY_COMPARE(m_pane->balanceText(), QStringLiteral("500 credits"));
    QVERIFY2(m_bar->creditsText().startsWith(QStringLiteral("500 credits · expire ")),
             qPrintable(m_bar->creditsText()));
    QVERIFY2(m_pane->expiryText().contains(QLatin1String("(in 29 days)")) ||
                 m_pane->expiryText().contains(QLatin1String("(in 30 days)")),
             qPrintable(m_pane->expiryText()));
    QVERIFY(!m_pane->expiryHighlighted());
    QVERIFY(!m_bar->creditsHighlighted());
    QCOMPARE(m_pane->checkedText(), QStringLiteral("just now"));
    QVERIFY(m_pane->rateLimitText().startsWith(QLatin1String("Requests: ")));
    QVERIFY(m_pane->costNoteText().contains(QLatin1String("10 credits per account")));
    QVERIFY(m_pane->costNoteText().contains(QLatin1String("Your balance covers 50 posts.")));
    QVERIFY(m_pane->noticeText().isEmpty());
    QVERIFY(m_pane->refreshButton()->isEnabled());

    // Stale values say how old they are.
    m_status->setRefreshInterval(std::chrono::milliseconds(1));
    QTest::qWait(20);
    QTRY_VERIFY2(m_bar->creditsText().contains(QLatin1String("(as of just now)")) ||
                     !m_status->isStale(),
                 qPrintable(m_bar->creditsText()));
}

void tst_CreditsPane::expiryHighlighted()
{
    m_sandbox.control(QStringLiteral("expire-credits"),
                      {{"email", demoEmail.toStdString()}, {"balance", 300}, {"expired", true}});
    useXai();
    QTRY_COMPARE(m_pane->balanceText(), QStringLiteral("0 credits"));
    QVERIFY(m_pane->expiryHighlighted());
    QVERIFY(m_bar->creditsHighlighted());
    QVERIFY2(m_pane->expiryText().endsWith(QLatin1String("(expired)")),
             qPrintable(m_pane->expiryText()));
    QVERIFY2(m_pane->noticeText().contains(QLatin1String("Your credits have expired")),
             qPrintable(m_pane->noticeText()));
}

void tst_CreditsPane::thresholdFromThePane()
{
    useXai();
    QTRY_COMPARE(m_pane->balanceText(), QStringLiteral("500 credits"));
    QSpinBox *box = m_pane->thresholdBox();
    QCOMPARE(box->value(), 50);
    box->setValue(600);
    QCOMPARE(m_status->threshold()->threshold(), 600);
    QVERIFY2(m_pane->noticeText().contains(QLatin1String("below your warning level of 600")),
             qPrintable(m_pane->noticeText()));
    QVERIFY(m_bar->creditsHighlighted());
    box->setValue(50);
    QVERIFY(m_pane->noticeText().isEmpty());
    QVERIFY(!m_bar->creditsHighlighted());
}

void tst_CreditsPane::lowBalanceBanner()
{
    auto *banner = new BannerBar(m_window.get());
    LowBalanceNotifier notifier(m_status, banner, nullptr);
    notifier.setPreferBanner(true); // offscreen has no tray either way
    QSignalSpy notified(&notifier, &LowBalanceNotifier::notified);
    QSignalSpy open(&notifier, &LowBalanceNotifier::openCreditsRequested);
    useXai();
    QTRY_COMPARE(m_pane->balanceText(), QStringLiteral("500 credits"));
    QVERIFY(banner->isHidden());

    m_sandbox.control(QStringLiteral("expire-credits"),
                      {{"email", demoEmail.toStdString()}, {"balance", 30}});
    m_pane->refreshButton()->click();
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(1).toBool(), false);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("30 credits")), qPrintable(banner->text()));
    QCOMPARE(notifier.lastMessage(), banner->text());
    banner->actionButton()->click();
    QCOMPARE(open.size(), 1);
    QVERIFY(banner->isHidden());

    // Topped up: a banner still showing goes away by itself.
    m_status->threshold()->setThreshold(20); // 30 is above this level
    m_status->threshold()->setThreshold(50); // and below this one again
    QTRY_COMPARE(notified.size(), 2);
    QVERIFY(banner->isVisible());
    m_sandbox.control(QStringLiteral("expire-credits"),
                      {{"email", demoEmail.toStdString()}, {"balance", 400}});
    m_status->refresh();
    QTRY_VERIFY(banner->isHidden());
}

void tst_CreditsPane::xquikInThePane()
{
    auto xquik = connect(QStringLiteral("xquik"), xquikKey);
    m_status->setConnection(xquik->http.get(), nullptr);
    QTRY_COMPARE(m_pane->balanceText(), QStringLiteral("250 credits"));
    QCOMPARE(m_bar->creditsText(), QStringLiteral("250 credits · pro plan"));
    QVERIFY(m_pane->findChild<QLabel *>() != nullptr);
    bool quotaShown = false;
    for (const QLabel *label : m_pane->findChildren<QLabel *>())
        quotaShown = quotaShown ||
                     (label->accessibleName() == QLatin1String("Request quota") &&
                      label->isVisible() && label->text().contains(QLatin1String("of 10,000")));
    QVERIFY(quotaShown);
    m_status->setConnection(nullptr, nullptr);
}

void tst_CreditsPane::noBalanceService()
{
    auto oqui = connect(QStringLiteral("oqui"), oquiLiveKey);
    m_status->setConnection(oqui->http.get(), nullptr);
    QCOMPARE(m_pane->balanceText(), QStringLiteral("No balance"));
    QCOMPARE(m_bar->creditsText(), QStringLiteral("oqui: no balance to show"));
    QVERIFY2(m_pane->noticeText().contains(QLatin1String("does not report a credit balance")),
             qPrintable(m_pane->noticeText()));
    QVERIFY(!m_pane->refreshButton()->isEnabled());
    m_status->setConnection(nullptr, nullptr);
}

void tst_CreditsPane::paymentRequiredShown()
{
    m_xai = connect(QStringLiteral("xaicreator"), xaiEmptyKey);
    m_status->setConnection(m_xai->http.get(), m_xai->api.get());
    QTRY_COMPARE(m_pane->balanceText(), QStringLiteral("5 credits"));
    QuoteRequest quote;
    quote.content = QStringLiteral("hi");
    quote.quoteTweetId = QStringLiteral("1");
    quote.accountId = QStringLiteral("acc-empty-twitter");
    m_xai->api->quoteTweet(quote, this, [](const Result<QuoteResult> &) {});
    QTRY_VERIFY(m_pane->noticeText().contains(QLatin1String("this needs 10")));
    QVERIFY(m_pane->noticeText().contains(QLatin1String("your balance is 5")));
    QVERIFY2(m_bar->currentMessage().contains(QLatin1String("this needs 10")),
             qPrintable(m_bar->currentMessage()));
    // And 5 is under the warning level.
    QVERIFY(m_pane->noticeText().contains(QLatin1String("below your warning level of 50")));
}

void tst_CreditsPane::retryCountdownInStatusBar()
{
    m_sandbox.control(QStringLiteral("rate-limit"), {{"limit", 2}, {"windowSeconds", 3}});
    useXai();
    QTRY_COMPARE(m_pane->balanceText(), QStringLiteral("500 credits")); // 1
    int answered = 0;
    for (int i = 0; i < 2; ++i) // 2, then refused and retried
        m_xai->api->drafts({}, this, [&answered](const Result<DraftList> &) { ++answered; });
    QTRY_VERIFY(!m_bar->retryText().isEmpty());
    const QString first = m_bar->retryText();
    QVERIFY2(first.startsWith(QLatin1String("Sending again in ")), qPrintable(first));
    QVERIFY(m_pane->retryText().startsWith(QLatin1String("Sending again in ")));
    QVERIFY(m_pane->rateLimitText().startsWith(QLatin1String("Requests: 0/2")));
    QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 10000);
    QTRY_VERIFY(m_bar->retryText().isEmpty());
    QVERIFY(m_pane->retryText().isEmpty());
}

void tst_CreditsPane::historyTableChartAndExport()
{
    useXai();
    QTRY_COMPARE(m_pane->balanceText(), QStringLiteral("500 credits"));
    SpendingHistoryPanel *panel = m_pane->historyPanel();
    QAbstractItemModelTester tester(m_status->history(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!panel->exportButton()->isEnabled());
    QVERIFY(panel->chart()->summary().startsWith(QLatin1String("Not enough spending")));

    SocialPostRequest post;
    post.accountUuid = QStringLiteral("acc-personal-threads");
    post.texts = {QStringLiteral("one, \"two\"")};
    ThreadsPostRequest threads;
    threads.accountId = QStringLiteral("acc-personal-threads");
    threads.text = QStringLiteral("Charted");
    m_xai->api->publishToThreads(threads, this, [](const Result<PlatformPostResult> &) {});
    QTRY_COMPARE(m_pane->balanceText(), QStringLiteral("490 credits"));
    QCOMPARE(panel->table()->model()->rowCount(), 1);
    QVERIFY(panel->exportButton()->isEnabled());
    // The record's balance; the current balance is the same, so no second point.
    QTRY_COMPARE(panel->chart()->points().size(), 1);
    m_status->spending()->record(QStringLiteral("Imported, with \"quotes\""), 10);
    QTRY_COMPARE(m_status->history()->records().at(1).balanceAfter, std::optional<qint64>(490));
    QTRY_COMPARE(panel->chart()->points().size(), 2);
    QVERIFY(panel->chart()->summary().contains(QLatin1String("from 490 to 490")));
    QCOMPARE(panel->table()->model()->index(0, SpendingHistoryModel::WhatColumn).data().toString(),
             QStringLiteral("Posted to Threads"));
    panel->chart()->grab(); // paints without a crash, in the offscreen palette

    // Spent elsewhere (a scheduled post went out): the current balance becomes the last point.
    m_sandbox.control(QStringLiteral("expire-credits"),
                      {{"email", demoEmail.toStdString()}, {"balance", 300}});
    m_status->refresh();
    QTRY_COMPARE(panel->chart()->points().size(), 3);
    QCOMPARE(panel->chart()->points().constLast().balance, 300);
    QVERIFY(panel->chart()->accessibleDescription().contains(QLatin1String("from 490 to 300")));
    panel->chart()->grab();

    const QString path = m_dir.filePath(QStringLiteral("spending.csv"));
    QVERIFY(panel->exportTo(path));
    QVERIFY(panel->messageText().contains(QLatin1String("spending.csv")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("When (UTC),Account,What,Credits,Balance after\r\n"));
    QVERIFY(csv.contains(",xAIcreator,Posted to Threads,10,490\r\n"));
    QVERIFY(csv.contains(",\"Imported, with \"\"quotes\"\"\",10,490\r\n"));
    QVERIFY(!panel->exportTo(m_dir.filePath(QStringLiteral("missing/dir/x.csv"))));
    QVERIFY(!panel->messageText().isEmpty());
}

void tst_CreditsPane::keyboardAndNames()
{
    useXai();
    QTRY_COMPARE(m_pane->balanceText(), QStringLiteral("500 credits"));
    // Every control that takes focus has a name a screen reader can say.
    for (const QWidget *widget : m_pane->findChildren<QWidget *>()) {
        const bool control = widget->isVisible() && widget->focusPolicy() != Qt::NoFocus &&
                             !qobject_cast<const QLabel *>(widget);
        const bool partOfAnother =
            qobject_cast<const QAbstractSpinBox *>(widget->parentWidget()) ||
            qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
        if (control && !partOfAnother)
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
    // The threshold box is reached from its label's mnemonic.
    m_pane->refreshButton()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(m_pane->thresholdBox()->hasFocus());
}

QTEST_MAIN(tst_CreditsPane)
#include "tst_creditspane.moc"
