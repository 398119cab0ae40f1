// SPDX-License-Identifier: GPL-3.0-or-later
// The publish dialog and the result view offscreen: verdicts per account, why Publish is
// disabled, cost against the balance, options into the plan, the buttons a report offers and
// links that open in the browser; and Ctrl+Enter in the editor asking to publish.
#include "connections/SocialSetSource.h"
#include "drafts/DraftDocument.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftsPane.h"
#include "drafts/PostEditor.h"
#include "publish/PublishDialog.h"
#include "publish/PublishResultView.h"
#include "storage/DraftStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace CreatorDesk;

class TestPublishDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verdictsPerAccount();
    void publishDisabledWithReason_data();
    void publishDisabledWithReason();
    void optionsReachThePlan();
    void communityWithItsNameOrItsIdAlone();
    void resultButtons_data();
    void resultButtons();
    void linksOpenInTheBrowser();
    void ctrlEnterAsksToPublish();
};

namespace {
PublishCandidate candidate(const char *id, Platform platform, const char *set, bool checked)
{
    const QString accountId = QLatin1String(id);
    return {{accountId, platformId(platform), platform, accountId},
            QLatin1String(set),
            QString(QLatin1String(set)).toUpper(),
            checked,
            {}};
}

QList<PublishCandidate> candidates(bool checkX = true)
{
    return {candidate("x-personal", Platform::Twitter, "personal", checkX),
            candidate("bsky-personal", Platform::Bluesky, "personal", true),
            candidate("threads-personal", Platform::Threads, "personal", false),
            candidate("linkedin-personal", Platform::LinkedIn, "personal", false),
            candidate("x-brand", Platform::Twitter, "brand", false)};
}

QString verdictOf(const PublishDialog &dialog, const QString &accountId)
{
    for (QTreeWidgetItemIterator it(dialog.accountTree()); *it; ++it) {
        if ((*it)->text(0).startsWith(QLatin1Char('@') + accountId))
            return (*it)->text(1);
    }
    return QStringLiteral("(no row)");
}

AccountOutcome outcome(const char *id, Platform platform, AccountOutcome::State state,
                       const char *jobId = "")
{
    AccountOutcome o;
    o.account = {QLatin1String(id), platformId(platform), platform, QLatin1String(id)};
    o.state = state;
    o.jobId = QLatin1String(jobId);
    o.message = QStringLiteral("Something happened.");
    if (state == AccountOutcome::State::Published)
        o.postUrl = QUrl(QStringLiteral("https://x.com/%1/status/1").arg(QLatin1String(id)));
    return o;
}
} // namespace

void TestPublishDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPublishDialog::verdictsPerAccount()
{
    // 290 characters: over X's 280, within Bluesky's 300.
    const QString post = QString(290, QLatin1Char('a'));
    PublishDialog dialog({post}, candidates(), 500);
    QVERIFY2(verdictOf(dialog, QStringLiteral("x-personal"))
                 .contains(QStringLiteral("over X's limit: 290 of 280")),
             qPrintable(verdictOf(dialog, QStringLiteral("x-personal"))));
    QCOMPARE(verdictOf(dialog, QStringLiteral("bsky-personal")), QStringLiteral("Fits"));
    // X is checked but blocked: only Bluesky is planned and paid for.
    QCOMPARE(dialog.plan().allowedAccounts().size(), 1);
    QCOMPARE(dialog.costLabel()->text(), QStringLiteral("Cost: 10 credits of your 500."));
    QVERIFY(dialog.publishButton()->isEnabled());
    // Grouped by platform: X, Bluesky, Threads, LinkedIn at the top level.
    QCOMPARE(dialog.accountTree()->topLevelItemCount(), 4);
    QCOMPARE(dialog.accountTree()->topLevelItem(0)->childCount(), 2);
}

void TestPublishDialog::publishDisabledWithReason_data()
{
    QTest::addColumn<QString>("post");
    QTest::addColumn<QStringList>("check");
    QTest::addColumn<QStringList>("uncheck");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("balance");
    QTest::addColumn<QString>("reason");

    const QString hello = QStringLiteral("Hello");
    QTest::newRow("nothing checked")
        << hello << QStringList{}
        << QStringList{QStringLiteral("x-personal"), QStringLiteral("bsky-personal")} << QString()
        << 500 << QStringLiteral("Check at least one account");
    QTest::newRow("two social sets")
        << hello << QStringList{QStringLiteral("x-brand")} << QStringList{} << QString() << 500
        << QStringLiteral("more than one social set");
    QTest::newRow("too few credits") << hello << QStringList{} << QStringList{} << QString() << 15
                                     << QStringLiteral("costs 20 credits and your balance is 15");
    QTest::newRow("all blocked") << QString(400, QLatin1Char('b')) << QStringList{} << QStringList{}
                                 << QString() << 500
                                 << QStringLiteral("None of the checked accounts");
    QTest::newRow("bad quote") << hello << QStringList{} << QStringList{}
                               << QStringLiteral("https://example.com/post/1") << 500
                               << QStringLiteral("not a link to a post on X");
    QTest::newRow("fine") << hello << QStringList{} << QStringList{} << QString() << 20
                          << QString();
}

void TestPublishDialog::publishDisabledWithReason()
{
    QFETCH(QString, post);
    QFETCH(QStringList, check);
    QFETCH(QStringList, uncheck);
    QFETCH(QString, quote);
    QFETCH(int, balance);
    QFETCH(QString, reason);
    PublishDialog dialog({post}, candidates(), balance);
    for (const QString &id : check)
        dialog.setChecked(id, true);
    for (const QString &id : uncheck)
        dialog.setChecked(id, false);
    dialog.quoteEdit()->setText(quote);
    if (reason.isEmpty()) {
        QVERIFY2(dialog.publishButton()->isEnabled(), qPrintable(dialog.blockedReason()));
        QVERIFY(dialog.reasonLabel()->isHidden());
        return;
    }
    QVERIFY(!dialog.publishButton()->isEnabled());
    QVERIFY2(dialog.blockedReason().contains(reason), qPrintable(dialog.blockedReason()));
    QCOMPARE(dialog.reasonLabel()->text(), dialog.blockedReason());
}

void TestPublishDialog::optionsReachThePlan()
{
    PublishDialog dialog({QStringLiteral("Hello")}, candidates(), std::nullopt);
    QVERIFY(dialog.costLabel()->text().contains(QStringLiteral("not known")));
    QVERIFY(!dialog.replyControlBox()->parentWidget()->isEnabled()); // Threads not checked
    dialog.setChecked(QStringLiteral("threads-personal"), true);
    QVERIFY(dialog.replyControlBox()->parentWidget()->isEnabled());
    dialog.replyControlBox()->setCurrentIndex(
        dialog.replyControlBox()->findData(int(ReplyControl::MentionedOnly)));
    dialog.communityEdit()->setText(QStringLiteral(" 1493446837214187523 "));
    dialog.quoteEdit()->setText(QStringLiteral("https://twitter.com/someone/status/123456"));
    const PublishOptions options = dialog.options();
    QCOMPARE(options.replyControl, ReplyControl::MentionedOnly);
    QVERIFY(options.community);
    QCOMPARE(options.community->id, QStringLiteral("1493446837214187523"));
    QCOMPARE(options.quoteTweetId, QStringLiteral("123456"));
    QList<int> kinds;
    const PublishPlan plan = dialog.plan();
    for (const PlannedRequest &request : plan.requests())
        kinds.append(int(request.kind));
    // The quote for X, Threads on its own endpoint (reply control), Bluesky alone.
    QCOMPARE(kinds,
             (QList<int>{int(PlannedRequest::Kind::Quote), int(PlannedRequest::Kind::Threads),
                         int(PlannedRequest::Kind::Bluesky)}));
    QCOMPARE(dialog.socialSetId(), QStringLiteral("personal"));
}

void TestPublishDialog::communityWithItsNameOrItsIdAlone()
{
    PublishDialog dialog({QStringLiteral("Hello")}, candidates(), 500);
    const auto kinds = [&dialog] {
        QList<int> kinds;
        const PublishPlan plan = dialog.plan();
        for (const PlannedRequest &request : plan.requests())
            kinds.append(int(request.kind));
        return kinds;
    };
    // With its name: /twitter/publish's community object, the name never made up from the id.
    dialog.communityEdit()->setText(QStringLiteral("1500"));
    dialog.communityNameEdit()->setText(QStringLiteral(" Makers "));
    dialog.communityDescriptionEdit()->setText(QStringLiteral("People who make things"));
    QVERIFY2(dialog.publishButton()->isEnabled(), qPrintable(dialog.blockedReason()));
    const PublishOptions named = dialog.options();
    QVERIFY(named.community);
    QCOMPARE(named.community->id, QStringLiteral("1500"));
    QCOMPARE(named.community->name, QStringLiteral("Makers"));
    QCOMPARE(named.community->description, QStringLiteral("People who make things"));
    QCOMPARE(kinds(),
             (QList<int>{int(PlannedRequest::Kind::Twitter), int(PlannedRequest::Kind::Bluesky)}));
    // A description without a name is not sent.
    dialog.communityNameEdit()->clear();
    QVERIFY(!dialog.publishButton()->isEnabled());
    QVERIFY2(dialog.blockedReason().contains(QStringLiteral("give the name too")),
             qPrintable(dialog.blockedReason()));
    // The id alone: the X account goes with the others through /publish/multi-platform, whose
    // targets carry a communityId.
    dialog.communityDescriptionEdit()->clear();
    QVERIFY(dialog.publishButton()->isEnabled());
    QCOMPARE(dialog.options().community->name, QString());
    QCOMPARE(kinds(), QList<int>{int(PlannedRequest::Kind::MultiPlatform)});
    // A name without the id is not sent either.
    dialog.communityEdit()->clear();
    dialog.communityNameEdit()->setText(QStringLiteral("Makers"));
    QVERIFY(!dialog.publishButton()->isEnabled());
    QVERIFY2(dialog.blockedReason().contains(QStringLiteral("give the community ID too")),
             qPrintable(dialog.blockedReason()));
}

void TestPublishDialog::resultButtons_data()
{
    using S = AccountOutcome::State;
    QTest::addColumn<QList<AccountOutcome>>("outcomes");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<bool>("check");
    QTest::addColumn<bool>("sendAgain");
    QTest::addColumn<QString>("summary");

    QTest::newRow("all published")
        << QList{outcome("a", Platform::Twitter, S::Published),
                 outcome("b", Platform::Bluesky, S::Published)}
        << false << false << false << QStringLiteral("Published to all 2 account(s).");
    QTest::newRow("partial failure")
        << QList{outcome("a", Platform::Twitter, S::Published),
                 outcome("b", Platform::Bluesky, S::Failed)}
        << true << false << false << QStringLiteral("Published to 1 of 2 account(s).");
    QTest::newRow("all failed") << QList{outcome("b", Platform::Bluesky, S::Failed)} << false
                                << false << false
                                << QStringLiteral("Published to 0 of 1 account(s).");
    QTest::newRow("x unknown") << QList{outcome("a", Platform::Twitter, S::Unknown, "job-1")}
                               << false << true << false
                               << QStringLiteral("Published to 0 of 1 account(s).");
    QTest::newRow("other unknown")
        << QList{outcome("a", Platform::Twitter, S::Published),
                 outcome("m", Platform::Mastodon, S::Unknown)}
        << false << false << true << QStringLiteral("Published to 1 of 2 account(s).");
}

void TestPublishDialog::resultButtons()
{
    QFETCH(QList<AccountOutcome>, outcomes);
    QFETCH(bool, retry);
    QFETCH(bool, check);
    QFETCH(bool, sendAgain);
    QFETCH(QString, summary);
    PublishResultView view;
    view.show();
    view.setReport({QStringLiteral("d1"), outcomes});
    QCOMPARE(view.summaryText(), summary);
    QCOMPARE(view.retryFailedButton()->isVisible(), retry);
    QCOMPARE(view.checkAgainButton()->isVisible(), check);
    QCOMPARE(view.sendAgainButton()->isVisible(), sendAgain);
    QCOMPARE(view.rowTexts().size(), outcomes.size());
    if (sendAgain) {
        const auto *help = view.findChild<QLabel *>(QStringLiteral("unknownOutcomeHelp"));
        QVERIFY(help->text().contains(QStringLiteral("Open the account and look")));
    }
    QSignalSpy retried(&view, &PublishResultView::retryFailedRequested);
    if (retry) {
        QTest::mouseClick(view.retryFailedButton(), Qt::LeftButton);
        QCOMPARE(retried.size(), 1);
    }
}

void TestPublishDialog::linksOpenInTheBrowser()
{
    PublishResultView view;
    QList<QUrl> opened;
    view.setBrowserLauncher([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    view.setReport({QStringLiteral("d1"),
                    {outcome("writer", Platform::Twitter, AccountOutcome::State::Published)}});
    QVERIFY(view.rowTexts().first().contains(QStringLiteral("Published")));
    auto *row = view.findChild<QLabel *>(QStringLiteral("publishOutcome"));
    QVERIFY(row);
    QVERIFY(row->text().contains(QStringLiteral("href=\"https://x.com/writer/status/1\"")));
    Q_EMIT row->linkActivated(QStringLiteral("https://x.com/writer/status/1"));
    QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://x.com/writer/status/1"))});
}

void TestPublishDialog::ctrlEnterAsksToPublish()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    SocialSetSource paneSets;
    DraftsPane pane(&store, &paneSets);
    pane.resize(1000, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.newDraft();
    DraftEditor *editor = pane.editor();
    QSignalSpy asked(editor, &DraftEditor::publishRequested);
    editor->focusPost(0);
    QPlainTextEdit *edit = editor->postEditor(0)->textEdit();
    QVERIFY(QTest::qWaitFor([edit] { return edit->hasFocus(); }));
    QTest::keyClicks(edit, QStringLiteral("Ready"));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(edit->toPlainText(), QStringLiteral("Ready")); // no new line typed
    QCOMPARE(editor->action(DraftEditor::Publish)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_Return));
}

QTEST_MAIN(TestPublishDialog)
#include "tst_publishdialog.moc"
