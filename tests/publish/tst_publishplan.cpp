// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/PublishPlan.h"

#include <QTest>

using namespace CreatorDesk;

Q_DECLARE_METATYPE(CreatorDesk::SocialAccount)
Q_DECLARE_METATYPE(CreatorDesk::PublishOptions)

namespace {
SocialAccount account(const QString &id, Platform platform)
{
    return {id, platformId(platform), platform, id};
}
using Kind = PlannedRequest::Kind;

// The kind of each planned request, and how many accounts it has.
std::pair<QList<int>, QList<int>> kindsAndSizes(const PublishPlan &plan)
{
    std::pair<QList<int>, QList<int>> out;
    for (const PlannedRequest &request : plan.requests()) {
        out.first.append(int(request.kind));
        out.second.append(int(request.accounts.size()));
    }
    return out;
}
} // namespace

class TestPublishPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grouping_data();
    void grouping();
    void limitsBlockPlatforms();
    void costAndShortfall();
    void mediaAreNeverDropped_data();
    void mediaAreNeverDropped();
    void languageChoiceCannotCarryMedia();
    void communityIdAloneGoesPerTarget();
};

void TestPublishPlan::grouping_data()
{
    QTest::addColumn<QList<SocialAccount>>("accounts");
    QTest::addColumn<PublishOptions>("options");
    QTest::addColumn<QList<int>>("kinds");
    QTest::addColumn<QList<int>>("sizes");

    const auto x1 = account(QStringLiteral("x1"), Platform::Twitter);
    const auto x2 = account(QStringLiteral("x2"), Platform::Twitter);
    const auto bsky = account(QStringLiteral("b"), Platform::Bluesky);
    const auto masto = account(QStringLiteral("m"), Platform::Mastodon);
    const auto threads = account(QStringLiteral("t"), Platform::Threads);
    const auto linkedin = account(QStringLiteral("l"), Platform::LinkedIn);
    PublishOptions none;
    PublishOptions replies;
    replies.replyControl = ReplyControl::MentionedOnly;
    PublishOptions visibilityAndLangs;
    visibilityAndLangs.visibility = LinkedInVisibility::Connections;
    visibilityAndLangs.langs = {QStringLiteral("de")};

    QTest::newRow("x only") << QList{x1, x2} << none << QList{int(Kind::Twitter)} << QList{2};
    QTest::newRow("one other platform")
        << QList{bsky} << none << QList{int(Kind::Bluesky)} << QList{1};
    QTest::newRow("x and others") << QList{x1, bsky, masto, threads, linkedin} << none
                                  << QList{int(Kind::Twitter), int(Kind::MultiPlatform)}
                                  << QList{1, 4};
    QTest::newRow("threads options")
        << QList{bsky, masto, threads} << replies
        << QList{int(Kind::Threads), int(Kind::MultiPlatform)} << QList{1, 2};
    QTest::newRow("linkedin and langs")
        << QList{x1, bsky, masto, threads, linkedin} << visibilityAndLangs
        << QList{int(Kind::Twitter), int(Kind::Bluesky), int(Kind::Mastodon), int(Kind::LinkedIn),
                 int(Kind::Threads)}
        << QList{1, 1, 1, 1, 1};
    QTest::newRow("nothing") << QList<SocialAccount>{} << none << QList<int>{} << QList<int>{};
}

void TestPublishPlan::grouping()
{
    QFETCH(QList<SocialAccount>, accounts);
    QFETCH(PublishOptions, options);
    QFETCH(QList<int>, kinds);
    QFETCH(QList<int>, sizes);
    const PublishPlan plan = PublishPlan::make({QStringLiteral("Hello")}, accounts, options);
    const auto [actualKinds, actualSizes] = kindsAndSizes(plan);
    QCOMPARE(actualKinds, kinds);
    QCOMPARE(actualSizes, sizes);
    QCOMPARE(plan.cost(), int(accounts.size()) * 10);
}

void TestPublishPlan::limitsBlockPlatforms()
{
    const QString longPost =
        QStringLiteral("word ").repeated(80); // 400 (the last space too): over X and Bluesky
    const PublishPlan plan = PublishPlan::make({QStringLiteral("short"), longPost},
                                               {account(QStringLiteral("x"), Platform::Twitter),
                                                account(QStringLiteral("b"), Platform::Bluesky),
                                                account(QStringLiteral("l"), Platform::LinkedIn)},
                                               {});
    QCOMPARE(plan.targets().size(), 3);
    QVERIFY(!plan.targets()[0].allowed);
    QVERIFY2(plan.targets()[0].blockedReason.contains(
                 QStringLiteral("Post 2 is over X's limit: 400 of 280")),
             qPrintable(plan.targets()[0].blockedReason));
    QVERIFY(!plan.targets()[1].allowed);
    QVERIFY(plan.targets()[2].allowed);
    QCOMPARE(plan.requests().size(), 1);
    QCOMPARE(plan.requests().first().kind, Kind::LinkedIn);
    QCOMPARE(plan.cost(), 10);

    const PublishPlan empty =
        PublishPlan::make({QString()}, {account(QStringLiteral("x"), Platform::Twitter)}, {});
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.targets().first().blockedReason.contains(QStringLiteral("empty")));

    SocialAccount unknown{QStringLiteral("u"), QStringLiteral("myspace"), std::nullopt,
                          QStringLiteral("u")};
    const PublishPlan strange = PublishPlan::make({QStringLiteral("hi")}, {unknown}, {});
    QVERIFY(!strange.targets().first().allowed);
    QVERIFY(strange.targets().first().blockedReason.contains(QStringLiteral("myspace")));
}

void TestPublishPlan::costAndShortfall()
{
    const PublishPlan plan = PublishPlan::make({QStringLiteral("hi")},
                                               {account(QStringLiteral("x"), Platform::Twitter),
                                                account(QStringLiteral("b"), Platform::Bluesky),
                                                account(QStringLiteral("m"), Platform::Mastodon)},
                                               {});
    QCOMPARE(plan.cost(), 30);
    QVERIFY(plan.shortfall(30).isEmpty());
    QCOMPARE(
        plan.shortfall(20),
        QStringLiteral("Publishing costs 30 credits and your balance is 20: 10 more are needed."));
}

using MediaPerPost = QList<QList<DraftMedia>>;

void TestPublishPlan::mediaAreNeverDropped_data()
{
    QTest::addColumn<QStringList>("posts");
    QTest::addColumn<MediaPerPost>("media");
    QTest::addColumn<QList<SocialAccount>>("accounts");
    QTest::addColumn<QList<int>>("kinds");
    QTest::addColumn<QList<int>>("sizes");

    const auto x = account(QStringLiteral("x"), Platform::Twitter);
    const auto bsky = account(QStringLiteral("b"), Platform::Bluesky);
    const auto masto = account(QStringLiteral("m"), Platform::Mastodon);
    const DraftMedia picture{QStringLiteral("p"),
                             QUrl(QStringLiteral("https://h/media/p")),
                             {},
                             1,
                             QStringLiteral("image"),
                             {}};
    const DraftMedia video{QStringLiteral("v"),
                           QUrl(QStringLiteral("https://h/media/v")),
                           {},
                           1,
                           QStringLiteral("video"),
                           {}};
    // A server draft's media as the CLI reads them: ids only.
    const DraftMedia idOnly{QStringLiteral("s"), {}, {}, 0, {}, {}};
    const QStringList one{QStringLiteral("Hello")};
    const QStringList two{QStringLiteral("Hello"), QStringLiteral("again")};

    QTest::newRow("no media: Bluesky's own endpoint")
        << one << MediaPerPost{} << QList{bsky} << QList{int(Kind::Bluesky)} << QList{1};
    QTest::newRow("first post's pictures go as imageUrls")
        << one << MediaPerPost{{picture}} << QList{bsky} << QList{int(Kind::Bluesky)} << QList{1};
    QTest::newRow("server draft's media: through the draft")
        << one << MediaPerPost{{idOnly}} << QList{bsky} << QList{int(Kind::MultiPlatform)}
        << QList{1};
    QTest::newRow("X and one Bluesky account, server draft's media")
        << one << MediaPerPost{{idOnly}} << QList{x, bsky}
        << QList{int(Kind::Twitter), int(Kind::MultiPlatform)} << QList{1, 1};
    QTest::newRow("a video is not a picture") << one << MediaPerPost{{video}} << QList{masto}
                                              << QList{int(Kind::MultiPlatform)} << QList{1};
    QTest::newRow("pictures of the second post")
        << two << MediaPerPost{{}, {picture}} << QList{bsky} << QList{int(Kind::MultiPlatform)}
        << QList{1};
}

void TestPublishPlan::mediaAreNeverDropped()
{
    QFETCH(QStringList, posts);
    QFETCH(MediaPerPost, media);
    QFETCH(QList<SocialAccount>, accounts);
    QFETCH(QList<int>, kinds);
    QFETCH(QList<int>, sizes);
    const PublishPlan plan = PublishPlan::make(posts, accounts, {}, media);
    const auto [actualKinds, actualSizes] = kindsAndSizes(plan);
    QCOMPARE(actualKinds, kinds);
    QCOMPARE(actualSizes, sizes);
    QCOMPARE(plan.allowedAccounts().size(), accounts.size());
}

void TestPublishPlan::languageChoiceCannotCarryMedia()
{
    // langs need Bluesky's own endpoint, which cannot carry a video: held back, in words.
    PublishOptions german;
    german.langs = {QStringLiteral("de")};
    const MediaPerPost video{{{QStringLiteral("v"),
                               QUrl(QStringLiteral("https://h/media/v")),
                               {},
                               1,
                               QStringLiteral("video"),
                               {}}}};
    const PublishPlan plan = PublishPlan::make({QStringLiteral("Hallo")},
                                               {account(QStringLiteral("b"), Platform::Bluesky),
                                                account(QStringLiteral("t"), Platform::Threads)},
                                               german, video);
    QVERIFY(!plan.targets().at(0).allowed);
    QVERIFY2(plan.targets().at(0).blockedReason.contains(QStringLiteral("not videos")),
             qPrintable(plan.targets().at(0).blockedReason));
    QVERIFY(plan.targets().at(1).allowed);
    QCOMPARE(plan.requests().size(), 1);
    QCOMPARE(plan.requests().first().kind, Kind::Threads);
}

void TestPublishPlan::communityIdAloneGoesPerTarget()
{
    const auto x = account(QStringLiteral("x"), Platform::Twitter);
    const auto bsky = account(QStringLiteral("b"), Platform::Bluesky);
    PublishOptions bare;
    bare.community = Community{QStringLiteral("1500"), {}, {}};
    // Only an id: /publish/multi-platform, whose X targets take a communityId.
    const PublishPlan byId = PublishPlan::make({QStringLiteral("hi")}, {x}, bare);
    QCOMPARE(byId.requests().size(), 1);
    QCOMPARE(byId.requests().first().kind, Kind::MultiPlatform);
    const PublishPlan withOthers = PublishPlan::make({QStringLiteral("hi")}, {x, bsky}, bare);
    QCOMPARE(withOthers.requests().size(), 1);
    QCOMPARE(withOthers.requests().first().kind, Kind::MultiPlatform);
    QCOMPARE(withOthers.requests().first().accounts.size(), 2);
    // With a name: /twitter/publish's community object.
    PublishOptions named = bare;
    named.community->name = QStringLiteral("Makers");
    const PublishPlan byName = PublishPlan::make({QStringLiteral("hi")}, {x}, named);
    QCOMPARE(byName.requests().first().kind, Kind::Twitter);
}

QTEST_GUILESS_MAIN(TestPublishPlan)
#include "tst_publishplan.moc"
