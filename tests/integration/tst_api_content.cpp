// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiFixture.h"

#include <QTemporaryDir>
#include <QUuid>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

namespace {
QString errorText(const ApiError &error)
{
    return QStringLiteral("%1 %2 %3").arg(error.httpStatus).arg(error.code, error.message);
}

// The smallest PNG header the sandbox recognises by content.
QByteArray pngBytes(int size)
{
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    data.append(QByteArray(size - data.size(), '\x01'));
    return data;
}
} // namespace

class TestApiContent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void socialSetsAndCredits();
    void draftRoundTrip();
    void draftValidation();
    void publishTwitterOnceByJobId();
    void quote();
    void multiPlatform();
    void platformEndpoints_data();
    void platformEndpoints();
    void scheduleListCancel();
    void insufficientCredits();
    void mediaUpload();
    void mediaUploadRefusedLocally();

private:
    QString createDraft(const QString &title);
    qint64 balance();

    SandboxProcess m_sandbox;
    std::unique_ptr<Connection> m_connection;
};

void TestApiContent::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestApiContent::init()
{
    m_connection = std::make_unique<Connection>(m_sandbox, QStringLiteral("xaicreator"), demoKey);
}

QString TestApiContent::createDraft(const QString &title)
{
    NewDraft draft;
    draft.title = title;
    draft.tweets = {{QStringLiteral("<p>First &amp; best</p>"), {}},
                    {QStringLiteral("Second"), {}}};
    draft.socialSetId = QStringLiteral("set-personal");
    const auto created = await<CreatedDraft>(
        [&](QObject *c, auto h) { return m_connection->api->createDraft(draft, c, h); });
    return created.ok() ? created.value().draft.id : QString();
}

qint64 TestApiContent::balance()
{
    const auto credits =
        await<CreditBalance>([&](QObject *c, auto h) { return m_connection->api->credits(c, h); });
    return credits.ok() ? credits.value().balance : -1;
}

void TestApiContent::socialSetsAndCredits()
{
    const auto sets = await<SocialSetList>(
        [&](QObject *c, auto h) { return m_connection->api->socialSets(c, h); });
    QVERIFY(sets.ok());
    QVERIFY(sets.value().socialSets.size() >= 2);
    const auto personal =
        std::find_if(sets.value().socialSets.cbegin(), sets.value().socialSets.cend(),
                     [](const SocialSet &set) { return set.id == QLatin1String("set-personal"); });
    QVERIFY(personal != sets.value().socialSets.cend());
    QSet<QString> platforms;
    for (const SocialAccount &account : personal->accounts) {
        QVERIFY(account.platform.has_value());
        platforms.insert(account.platformName);
    }
    QCOMPARE(platforms.size(), 5);

    const auto credits =
        await<CreditBalance>([&](QObject *c, auto h) { return m_connection->api->credits(c, h); });
    QVERIFY(credits.ok());
    QVERIFY(credits.value().balance > 0);
    QVERIFY(credits.value().expiresAt > QDateTime::currentDateTimeUtc());
    QVERIFY(m_connection->http->rateLimit().isKnown());
}

void TestApiContent::draftRoundTrip()
{
    const QString id = createDraft(QStringLiteral("Round trip"));
    QVERIFY(!id.isEmpty());
    const auto list = await<DraftList>([&](QObject *c, auto h) {
        return m_connection->api->drafts(QStringLiteral("set-personal"), c, h);
    });
    QVERIFY(list.ok());
    const auto it = std::find_if(list.value().drafts.cbegin(), list.value().drafts.cend(),
                                 [&](const Draft &d) { return d.id == id; });
    QVERIFY(it != list.value().drafts.cend());
    QCOMPARE(it->tweets.size(), 2);
    QCOMPARE(it->tweets[0].plainText, QStringLiteral("First & best"));
    QCOMPARE(it->tweets[1].position, 1);

    const auto other = await<DraftList>([&](QObject *c, auto h) {
        return m_connection->api->drafts(QStringLiteral("set-brand"), c, h);
    });
    QVERIFY(other.ok());
    for (const Draft &draft : other.value().drafts)
        QVERIFY(draft.id != id);
}

void TestApiContent::draftValidation()
{
    NewDraft draft; // no title, no tweets
    const auto refused = await<CreatedDraft>(
        [&](QObject *c, auto h) { return m_connection->api->createDraft(draft, c, h); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 400);
    QCOMPARE(refused.error().code, QStringLiteral("INVALID_INPUT"));
    QVERIFY(refused.error().userMessage().contains(QStringLiteral("invalid")));
}

void TestApiContent::publishTwitterOnceByJobId()
{
    const QString draftId = createDraft(QStringLiteral("Publish me"));
    const qint64 before = balance();
    TwitterPublishRequest request;
    request.draftId = draftId;
    request.accountIds = {QStringLiteral("acc-personal-twitter")};
    request.jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    const auto first = await<PublishOutcome>(
        [&](QObject *c, auto h) { return m_connection->api->publishToTwitter(request, c, h); });
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : errorText(first.error())));
    QCOMPARE(first.value().summary.succeeded, 1);
    QVERIFY(
        first.value().results[0].postUrl.toString().startsWith(QLatin1String("https://x.com/")));

    // The same job again (a retry after a lost answer) neither posts nor charges twice.
    const auto again = await<PublishOutcome>(
        [&](QObject *c, auto h) { return m_connection->api->publishToTwitter(request, c, h); });
    QVERIFY(again.ok());
    QCOMPARE(again.value().results[0].postId, first.value().results[0].postId);
    QCOMPARE(balance(), before - ApiClient::CreditsPerPlatformPublish);
    const auto stats = m_sandbox.stats();
    QCOMPARE(stats["jobs"][request.jobId.toStdString()].get<int>(), 1);
}

void TestApiContent::quote()
{
    QuoteRequest request{QStringLiteral("Great insight!"), QStringLiteral("1234"),
                         QStringLiteral("acc-personal-twitter")};
    const auto result = await<QuoteResult>(
        [&](QObject *c, auto h) { return m_connection->api->quoteTweet(request, c, h); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : errorText(result.error())));
    QVERIFY(!result.value().tweetId.isEmpty());
    QVERIFY(result.value().url.isValid());

    QuoteRequest missing{QString(), QStringLiteral("1234"), QStringLiteral("acc-personal-twitter")};
    const auto refused = await<QuoteResult>(
        [&](QObject *c, auto h) { return m_connection->api->quoteTweet(missing, c, h); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 400);
}

void TestApiContent::multiPlatform()
{
    MultiPlatformRequest request;
    request.draftId = createDraft(QStringLiteral("Everywhere"));
    request.targetAccounts = {{QStringLiteral("acc-personal-twitter"), Platform::Twitter, {}},
                              {QStringLiteral("acc-personal-bluesky"), Platform::Bluesky, {}},
                              {QStringLiteral("acc-personal-mastodon"), Platform::Mastodon, {}},
                              {QStringLiteral("acc-personal-threads"), Platform::Threads, {}},
                              {QStringLiteral("acc-personal-linkedin"), Platform::LinkedIn, {}}};
    const qint64 before = balance();
    const auto result = await<PublishOutcome>(
        [&](QObject *c, auto h) { return m_connection->api->publishMultiPlatform(request, c, h); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : errorText(result.error())));
    QCOMPARE(result.value().summary.total, 5);
    QCOMPARE(result.value().summary.succeeded, 5);
    for (const PlatformResult &platform : result.value().results)
        QVERIFY2(!platform.postId.isEmpty(), qPrintable(platform.platformName));
    QCOMPARE(balance(), before - 5 * ApiClient::CreditsPerPlatformPublish);
}

void TestApiContent::platformEndpoints_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("thread");
    QTest::newRow("bluesky single") << "bluesky" << false;
    QTest::newRow("bluesky thread") << "bluesky" << true;
    QTest::newRow("mastodon single") << "mastodon" << false;
    QTest::newRow("mastodon thread") << "mastodon" << true;
    QTest::newRow("threads") << "threads" << false;
    QTest::newRow("linkedin") << "linkedin" << false;
}

void TestApiContent::platformEndpoints()
{
    QFETCH(QString, platform);
    QFETCH(bool, thread);
    const QString account = QStringLiteral("acc-personal-") + platform;
    Result<PlatformPostResult> result(ApiError::cancelled());
    if (platform == QLatin1String("bluesky") || platform == QLatin1String("mastodon")) {
        SocialPostRequest request;
        request.accountUuid = account;
        request.asThread = thread;
        request.texts = thread ? QStringList{QStringLiteral("one"), QStringLiteral("two")}
                               : QStringList{QStringLiteral("Hello!")};
        request.langs = {QStringLiteral("de")};
        result = await<PlatformPostResult>([&](QObject *c, auto h) {
            return platform == QLatin1String("bluesky")
                       ? m_connection->api->publishToBluesky(request, c, h)
                       : m_connection->api->publishToMastodon(request, c, h);
        });
    } else if (platform == QLatin1String("threads")) {
        ThreadsPostRequest request{
            account, {}, QStringLiteral("Hello Threads!"), {}, ReplyControl::AccountsYouFollow};
        result = await<PlatformPostResult>(
            [&](QObject *c, auto h) { return m_connection->api->publishToThreads(request, c, h); });
    } else {
        LinkedInPostRequest request{
            account, {}, QStringLiteral("Hello LinkedIn!"), {}, LinkedInVisibility::LoggedIn};
        result = await<PlatformPostResult>([&](QObject *c, auto h) {
            return m_connection->api->publishToLinkedIn(request, c, h);
        });
    }
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : errorText(result.error())));
    QVERIFY(result.value().result.success);
    QVERIFY(!result.value().result.postId.isEmpty());

    // The wrong platform's account is refused.
    SocialPostRequest wrong;
    wrong.accountUuid = QStringLiteral("acc-personal-linkedin");
    wrong.texts = {QStringLiteral("x")};
    const auto refused = await<PlatformPostResult>(
        [&](QObject *c, auto h) { return m_connection->api->publishToBluesky(wrong, c, h); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 400);
}

void TestApiContent::scheduleListCancel()
{
    ScheduleRequest request;
    request.draftId = createDraft(QStringLiteral("Later"));
    request.scheduledFor = QDateTime::currentDateTimeUtc().addDays(2);
    request.targetAccounts = {{QStringLiteral("acc-personal-twitter"), Platform::Twitter, {}},
                              {QStringLiteral("acc-personal-mastodon"), Platform::Mastodon, {}}};
    request.priority = 2;
    const auto scheduled = await<ScheduleConfirmation>(
        [&](QObject *c, auto h) { return m_connection->api->schedule(request, c, h); });
    QVERIFY2(scheduled.ok(), qPrintable(scheduled.ok() ? QString() : errorText(scheduled.error())));
    QCOMPARE(scheduled.value().accountCount, 2);
    QCOMPARE(scheduled.value().queueIds.size(), 2);
    QCOMPARE(scheduled.value().scheduledFor.toSecsSinceEpoch(),
             request.scheduledFor.toSecsSinceEpoch());

    auto itemsFor = [&](const QString &draftId) {
        const auto list = await<ScheduleList>(
            [&](QObject *c, auto h) { return m_connection->api->schedules(c, h); });
        QList<ScheduleItem> items;
        if (list.ok()) {
            for (const ScheduleItem &item : list.value().schedules)
                if (item.draftId == draftId && item.status != QLatin1String("cancelled"))
                    items.append(item);
        }
        return items;
    };
    const auto items = itemsFor(request.draftId);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].draftTitle, QStringLiteral("Later"));
    QCOMPARE(items[0].priority, 2);

    const auto cancelled = await<Acknowledgement>([&](QObject *c, auto h) {
        return m_connection->api->cancelSchedule(request.draftId, c, h);
    });
    QVERIFY(cancelled.ok());
    QVERIFY(itemsFor(request.draftId).isEmpty());
    const auto again = await<Acknowledgement>([&](QObject *c, auto h) {
        return m_connection->api->cancelSchedule(request.draftId, c, h);
    });
    QVERIFY(!again.ok());
    QCOMPARE(again.error().httpStatus, 404);

    ScheduleRequest past = request;
    past.scheduledFor = QDateTime::currentDateTimeUtc().addDays(-1);
    const auto refused = await<ScheduleConfirmation>(
        [&](QObject *c, auto h) { return m_connection->api->schedule(past, c, h); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 400);
}

void TestApiContent::insufficientCredits()
{
    Connection poor(m_sandbox, QStringLiteral("xaicreator"), emptyKey);
    const auto sets =
        await<SocialSetList>([&](QObject *c, auto h) { return poor.api->socialSets(c, h); });
    QVERIFY(sets.ok());
    QVERIFY(!sets.value().socialSets.isEmpty());
    const SocialAccount account = sets.value().socialSets.first().accounts.first();
    QVERIFY(account.platform);
    MultiPlatformRequest request;
    NewDraft draft{QStringLiteral("Poor"), {{QStringLiteral("x"), {}}}, {}, {}, {}, {}, {}};
    const auto created =
        await<CreatedDraft>([&](QObject *c, auto h) { return poor.api->createDraft(draft, c, h); });
    QVERIFY(created.ok());
    request.draftId = created.value().draft.id;
    request.targetAccounts = {{account.accountId, *account.platform, {}}};
    const auto refused = await<PublishOutcome>(
        [&](QObject *c, auto h) { return poor.api->publishMultiPlatform(request, c, h); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 402);
    QCOMPARE(refused.error().code, QStringLiteral("INSUFFICIENT_CREDITS"));
    QVERIFY(refused.error().userMessage().contains(QStringLiteral("Not enough credits")));
}

void TestApiContent::mediaUpload()
{
    QTemporaryDir dir;
    QList<MediaFile> files;
    for (int i = 0; i < 3; ++i) {
        QFile file(dir.filePath(QStringLiteral("photo %1.png").arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pngBytes(1024 * 1024));
        files.append({file.fileName(), {}});
    }
    qint64 lastSent = 0;
    std::optional<Result<MediaUploadResult>> result;
    QObject context;
    ApiJob *job = m_connection->api->uploadMedia(
        files, &context, [&](const Result<MediaUploadResult> &r) { result = r; });
    connect(job, &ApiJob::uploadProgress, &context, [&](qint64 sent, qint64) { lastSent = sent; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30'000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : errorText(result->error())));
    QCOMPARE(result->value().uploads.size(), 3);
    for (const UploadedMedia &media : result->value().uploads) {
        QCOMPARE(media.type, QStringLiteral("image"));
        QVERIFY(!media.mediaId.isEmpty());
    }
    QVERIFY2(lastSent >= 3 * 1024 * 1024, qPrintable(QString::number(lastSent)));
}

void TestApiContent::mediaUploadRefusedLocally()
{
    const QList<MediaFile> five(5, MediaFile{QStringLiteral("/nonexistent"), {}});
    const auto tooMany = await<MediaUploadResult>(
        [&](QObject *c, auto h) { return m_connection->api->uploadMedia(five, c, h); });
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().kind, ApiError::Kind::Policy);

    const auto unreadable = await<MediaUploadResult>([&](QObject *c, auto h) {
        return m_connection->api->uploadMedia({{QStringLiteral("/nonexistent/file.png"), {}}}, c,
                                              h);
    });
    QVERIFY(!unreadable.ok());
    QVERIFY(unreadable.error().userMessage().contains(QStringLiteral("cannot be read")));
}

QTEST_GUILESS_MAIN(TestApiContent)
#include "tst_api_content.moc"
