// SPDX-License-Identifier: GPL-3.0-or-later
// Each account's own limit where a person sees it: the editor's counters and their tooltips,
// the limits dialog of the social sets panel, the publish dialog's verdicts, and the outbox that
// sends a post again later with the limit it was checked with.
#include "api/MastodonInstanceClient.h"
#include "connections/AccountLimits.h"
#include "connections/SocialSetSource.h"
#include "drafts/DraftDocument.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftsPane.h"
#include "drafts/PostEditor.h"
#include "drafts/ThreadModel.h"
#include "keys/AccountLimitsDialog.h"
#include "publish/Outbox.h"
#include "publish/PublishDialog.h"
#include "storage/DraftStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace CreatorDesk;

namespace {
const LocalDraft::Account xAccount{QStringLiteral("acc-x"), QStringLiteral("set"),
                                   QStringLiteral("twitter"), QStringLiteral("writer")};
const LocalDraft::Account mastodonAccount{QStringLiteral("acc-m"), QStringLiteral("set"),
                                          QStringLiteral("mastodon"),
                                          QStringLiteral("writer@unreachable.invalid")};
} // namespace

class tst_AccountLimitsWidgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editorCountsWithTheAccountsLimit_data();
    void editorCountsWithTheAccountsLimit();
    void dialogKeepsTheChoice();
    void publishVerdictUsesTheLimit_data();
    void publishVerdictUsesTheLimit();
    void outboxKeepsTheLimits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    QNetworkAccessManager m_network;
    std::unique_ptr<MastodonInstanceClient> m_instances;
    std::unique_ptr<AccountLimits> m_limits;
};

void tst_AccountLimitsWidgets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AccountLimitsWidgets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_instances = std::make_unique<MastodonInstanceClient>(&m_network);
    m_limits = std::make_unique<AccountLimits>(m_settings.get(), m_instances.get());
}

void tst_AccountLimitsWidgets::cleanup()
{
    m_limits.reset();
    m_instances.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_AccountLimitsWidgets::editorCountsWithTheAccountsLimit_data()
{
    QTest::addColumn<bool>("premium");
    QTest::addColumn<int>("ownMastodon"); // 0: none
    QTest::addColumn<QStringList>("counters");
    QTest::addColumn<QString>("xNote");
    QTest::newRow("defaults") << false << 0
                              << QStringList{QStringLiteral("600/280"), QStringLiteral("600/500")}
                              << QStringLiteral("no X Premium");
    QTest::newRow("premium") << true << 0
                             << QStringList{QStringLiteral("600/25000"), QStringLiteral("600/500")}
                             << QStringLiteral("X Premium");
    QTest::newRow("own mastodon") << false << 11000
                                  << QStringList{QStringLiteral("600/280"),
                                                 QStringLiteral("600/11000")}
                                  << QStringLiteral("no X Premium");
}

void tst_AccountLimitsWidgets::editorCountsWithTheAccountsLimit()
{
    QFETCH(bool, premium);
    QFETCH(int, ownMastodon);
    QFETCH(QStringList, counters);
    QFETCH(QString, xNote);
    DraftStore store(m_dir->filePath(QStringLiteral("drafts")));
    SocialSetSource sets;
    DraftsPane pane(&store, &sets);
    pane.editor()->setAccountLimits(m_limits.get());
    pane.resize(1200, 900);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.document()->setAccounts({xAccount, mastodonAccount});
    pane.editor()->postEditor(0)->textEdit()->setPlainText(QString(600, QLatin1Char('a')));
    const QString before = pane.editor()->postEditor(0)->counterTexts().join(QLatin1Char(' '));
    QCOMPARE(before, QStringLiteral("600/280 600/500"));

    // Changed while the draft is open: the counters follow at once.
    m_limits->setChoice(xAccount, {premium, {}, std::nullopt});
    m_limits->setChoice(
        mastodonAccount,
        {false, {}, ownMastodon > 0 ? std::optional<int>(ownMastodon) : std::nullopt});
    QCOMPARE(pane.editor()->postEditor(0)->counterTexts(), counters);
    QCOMPARE(pane.document()->thread()->settings().xPremium, premium);
    const QString tip = pane.document()->thread()->limitNote(Platform::Twitter);
    QVERIFY2(tip.contains(xNote), qPrintable(tip));
    // The unreachable instance is said, with the figure used.
    const QString mastodonTip = pane.document()->thread()->limitNote(Platform::Mastodon);
    QVERIFY2(mastodonTip.contains(ownMastodon > 0 ? QStringLiteral("your own")
                                                  : QStringLiteral("default")),
             qPrintable(mastodonTip));
}

void tst_AccountLimitsWidgets::dialogKeepsTheChoice()
{
    {
        AccountLimitsDialog dialog(xAccount, m_limits.get());
        QVERIFY(dialog.premiumBox());
        QVERIFY(!dialog.instanceEdit());
        QVERIFY(!dialog.premiumBox()->isChecked());
        dialog.premiumBox()->setChecked(true);
        dialog.accept();
    }
    QVERIFY(m_settings->accountLimitChoice(xAccount.accountId).xPremium);
    {
        AccountLimitsDialog dialog(mastodonAccount, m_limits.get());
        QVERIFY(!dialog.premiumBox());
        QVERIFY(dialog.instanceEdit()->placeholderText().contains(
            QStringLiteral("unreachable.invalid")));
        QVERIFY(!dialog.ownLimitSpin()->isEnabled());
        dialog.ownLimitBox()->setChecked(true);
        QVERIFY(dialog.ownLimitSpin()->isEnabled());
        dialog.ownLimitSpin()->setValue(1500);
        dialog.accept();
    }
    QCOMPARE(m_limits->limitsFor({mastodonAccount}).mastodon.maxCharacters, 1500);
    {
        // Cancel keeps what was there.
        AccountLimitsDialog dialog(mastodonAccount, m_limits.get());
        QVERIFY(dialog.ownLimitBox()->isChecked());
        QCOMPARE(dialog.ownLimitSpin()->value(), 1500);
        dialog.ownLimitBox()->setChecked(false);
        dialog.reject();
    }
    QCOMPARE(m_limits->limitsFor({mastodonAccount}).mastodon.maxCharacters, 1500);
    AccountLimitsDialog bluesky({QStringLiteral("b"), QStringLiteral("set"),
                                 QStringLiteral("bluesky"), QStringLiteral("me")},
                                m_limits.get());
    QVERIFY(!bluesky.premiumBox() && !bluesky.instanceEdit());
    QVERIFY(bluesky.sourceLabel()->text().contains(QStringLiteral("one limit")));
}

void tst_AccountLimitsWidgets::publishVerdictUsesTheLimit_data()
{
    QTest::addColumn<bool>("premium");
    QTest::addColumn<bool>("fits");
    QTest::newRow("no premium") << false << false;
    QTest::newRow("premium") << true << true;
}

void tst_AccountLimitsWidgets::publishVerdictUsesTheLimit()
{
    QFETCH(bool, premium);
    QFETCH(bool, fits);
    PlatformLimits limits;
    limits.xPremium = premium;
    const PublishCandidate candidate{
        {xAccount.accountId, xAccount.platform, Platform::Twitter, xAccount.username},
        QStringLiteral("set"),
        QStringLiteral("Set"),
        true,
        limits};
    PublishDialog dialog({QString(1000, QLatin1Char('a'))}, {candidate}, 1000);
    QTreeWidgetItem *item = nullptr;
    for (QTreeWidgetItemIterator it(dialog.accountTree()); *it; ++it) {
        if ((*it)->parent())
            item = *it;
    }
    QVERIFY(item);
    QCOMPARE(item->text(1) == QStringLiteral("Fits"), fits);
    QCOMPARE(dialog.publishButton()->isEnabled(), fits);
    QCOMPARE(dialog.plan().allowedAccounts().size(), fits ? 1 : 0);
    QCOMPARE(dialog.options().accountLimits.value(xAccount.accountId).xPremium, premium);
}

void tst_AccountLimitsWidgets::outboxKeepsTheLimits()
{
    const QString file = m_dir->filePath(QStringLiteral("outbox.json"));
    PlatformLimits limits;
    limits.xPremium = true;
    limits.mastodon.maxCharacters = 11000;
    limits.mastodon.charactersReservedPerUrl = 30;
    {
        Outbox outbox(file);
        PublishDraft draft;
        draft.title = QStringLiteral("Long");
        draft.posts = {QString(1000, QLatin1Char('a'))};
        PublishOptions options;
        options.accountLimits.insert(xAccount.accountId, limits);
        QVERIFY(!outbox
                     .add(QStringLiteral("http://127.0.0.1:1/api/v1"), draft,
                          {{xAccount.accountId, xAccount.platform, Platform::Twitter,
                            xAccount.username}},
                          options)
                     .isEmpty());
    }
    Outbox again(file);
    QCOMPARE(again.entries().size(), 1);
    QCOMPARE(again.entries().constFirst().options.accountLimits.value(xAccount.accountId), limits);
}

QTEST_MAIN(tst_AccountLimitsWidgets)
#include "tst_accountlimitswidgets.moc"
