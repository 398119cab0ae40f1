// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/dto/Acknowledgement.h"
#include "api/dto/AuthDtos.h"
#include "api/dto/ContentDtos.h"
#include "api/dto/KeyServiceDtos.h"
#include "api/dto/MediaDtos.h"
#include "api/dto/PublishDtos.h"
#include "api/dto/ScheduleDtos.h"

#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace CreatorDesk;

// Declared before the raw-string test data, which moc does not tokenise reliably.
class TestDtos final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void documentedValues();
    void requestBodies();
};

namespace {

using Parser = std::function<void(const QByteArray &)>;

template<typename T>
Parser parserFor()
{
    return [](const QByteArray &body) {
        T::fromJson(Json::parseObject(body));
    };
}

const QHash<QString, Parser> &parsers()
{
    static const QHash<QString, Parser> table = {
        {QStringLiteral("SignInResult"), parserFor<SignInResult>()},
        {QStringLiteral("OAuthStart"), parserFor<OAuthStart>()},
        {QStringLiteral("ApiKeyList"), parserFor<ApiKeyList>()},
        {QStringLiteral("Acknowledgement"), parserFor<Acknowledgement>()},
        {QStringLiteral("TwitterConnectSession"), parserFor<TwitterConnectSession>()},
        {QStringLiteral("TwitterConnectResult"), parserFor<TwitterConnectResult>()},
        {QStringLiteral("DraftList"), parserFor<DraftList>()},
        {QStringLiteral("CreatedDraft"), parserFor<CreatedDraft>()},
        {QStringLiteral("PublishOutcome"), parserFor<PublishOutcome>()},
        {QStringLiteral("QuoteResult"), parserFor<QuoteResult>()},
        {QStringLiteral("PlatformPostResult"), parserFor<PlatformPostResult>()},
        {QStringLiteral("ScheduleConfirmation"), parserFor<ScheduleConfirmation>()},
        {QStringLiteral("ScheduleList"), parserFor<ScheduleList>()},
        {QStringLiteral("MediaUploadResult"), parserFor<MediaUploadResult>()},
        {QStringLiteral("SocialSetList"), parserFor<SocialSetList>()},
        {QStringLiteral("CreditBalance"), parserFor<CreditBalance>()},
        {QStringLiteral("XquikAccount"), parserFor<XquikAccount>()},
        {QStringLiteral("XquikKeyList"), parserFor<XquikKeyList>()},
        {QStringLiteral("XquikCreatedKey"), parserFor<XquikCreatedKey>()},
        {QStringLiteral("OquiAssessment"), parserFor<OquiAssessment>()},
        {QStringLiteral("ExampleApiKeyList"), parserFor<ExampleApiKeyList>()},
    };
    return table;
}

// The documented examples of seed 003 and 001/004, verbatim where the seed gives a body.
const char *const loginBody = R"({"success":true,"user":{"uuid":"user-uuid","email":"a@b.c"},
  "apiKey":{"key":"sk-xxxxx","name":"Default API Key","createdAt":"2026-01-15T10:00:00Z","lastUsed":null},
  "warning":"Please save your API key securely."})";
const char *const draftBody = R"({"draft":{"id":"draft_uuid","title":"My Draft","status":"draft",
  "scheduledFor":null,"socialSetId":"social-set-id","selectedAccountIds":[],
  "tweets":[{"id":"tweet_uuid","content":"<p>Hello from API!</p>","plainText":"Hello from API!",
  "media":[],"characterCount":16,"isValid":true,"position":0}],
  "createdAt":"2026-01-14T07:21:26.000Z","updatedAt":"2026-01-14T07:21:26.000Z"}})";
const char *const multiBody = R"({"success":true,"results":[
  {"accountId":"a1","platform":"twitter","success":true,"data":{"tweetId":"1","url":"https://x.com/u/status/1"}},
  {"accountId":"a2","platform":"bluesky","success":true,"data":{"uri":"at://did/app.bsky.feed.post/1","cid":"c"}}],
  "summary":{"total":2,"succeeded":2,"failed":0}})";
const char *const scheduleListBody = R"({"schedules":[{"id":"queue_uuid","draftId":"draft_uuid",
  "draftTitle":"My Draft","scheduledFor":"2026-01-15T10:00:00.000Z","priority":0,"attempts":0,
  "createdAt":"2026-01-14T08:00:00.000Z","platform":"twitter","accountUuid":"account_uuid"}]})";

} // namespace

void TestDtos::parse_data()
{
    QTest::addColumn<QString>("dto");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedError"); // empty: must parse

    auto row = [](const char *name, const char *dto, const QByteArray &body, const char *error) {
        QTest::newRow(name) << QString::fromLatin1(dto) << body << QString::fromLatin1(error);
    };
    // Good, as documented.
    row("login ok", "SignInResult", loginBody, "");
    row("oauth url ok", "OAuthStart",
        R"({"success":true,"authUrl":"https://accounts.google.com/o/oauth2/v2/auth?client_id=1","state":"s"})",
        "");
    row("keys ok", "ApiKeyList",
        R"({"success":true,"apiKeys":[{"id":"key-uuid-1","key":"sk-xxxx...abcd","name":"Default API Key","status":"created","lastUsed":"2026-01-15T10:00:00Z","createdAt":"2026-01-14T08:00:00Z"}]})",
        "");
    row("ack ok", "Acknowledgement", R"({"success":true,"message":"API key revoked successfully"})",
        "");
    row("x auth ok", "TwitterConnectSession",
        R"({"authUrl":"https://x.com/i/oauth2/authorize?a=1","sessionId":"session_uuid_here"})",
        "");
    row("x callback ok", "TwitterConnectResult",
        R"({"success":true,"accountUuid":"account_uuid","socialSetId":"social_set_id"})", "");
    row("drafts ok", "DraftList",
        R"({"drafts":[{"id":"draft_uuid","title":"My Draft","status":"draft","tweets":[],"createdAt":"2026-01-14T07:21:26.000Z"}]})",
        "");
    row("draft ok", "CreatedDraft", draftBody, "");
    row("multi ok", "PublishOutcome", multiBody, "");
    row("quote ok", "QuoteResult",
        R"({"success":true,"message":"Quote posted successfully","tweetId":"new_tweet_id","url":"https://x.com/user/status/new_tweet_id"})",
        "");
    row("platform ok", "PlatformPostResult",
        R"({"success":true,"platform":"bluesky","data":{"uri":"at://x","cid":"c"}})", "");
    row("schedule ok", "ScheduleConfirmation",
        R"({"message":"Draft scheduled successfully","queueIds":["uuid1","uuid2"],"scheduledFor":"2026-01-15T10:00:00.000Z","accountCount":2})",
        "");
    row("schedules ok", "ScheduleList", scheduleListBody, "");
    row("media ok", "MediaUploadResult",
        R"({"code":0,"data":{"uploads":[{"mediaId":"media_id_string","url":"https://pbs.twimg.com/1","type":"image"}]}})",
        "");
    row("sets ok", "SocialSetList",
        R"({"socialSets":[{"id":"social-set-id","name":"My Social Set","accounts":[{"accountId":"account_id","platform":"twitter","username":"username"}]}]})",
        "");
    row("credits ok", "CreditBalance", R"({"balance":150,"expiresAt":"2026-02-01T00:00:00Z"})", "");
    row("xquik account ok", "XquikAccount",
        R"({"plan":"pro","quota":{"limit":10000,"used":5,"remaining":9995,"resetsAt":"2026-02-01T00:00:00Z"},"credits":{"balance":42}})",
        "");
    row("xquik keys ok", "XquikKeyList",
        R"({"keys":[{"id":"42","prefix":"xq_a1b2","name":"Production","createdAt":"2026-02-24T10:30:00.000Z","lastUsedAt":null}]})",
        "");
    row("xquik created ok", "XquikCreatedKey",
        R"({"id":"42","fullKey":"xq_a1b2c3","prefix":"xq_a1b2","name":"Production","createdAt":"2026-02-24T10:30:00.000Z"})",
        "");
    row("oqui ok", "OquiAssessment", R"({"id":"as_1","status":"completed","creditsRemaining":99})",
        "");
    row("example keys ok", "ExampleApiKeyList",
        R"({"success":true,"data":[{"id":"key_123","name":"Production Key","prefix":"sk_live_","created_at":"2025-01-01T00:00:00Z","last_used":"2025-01-15T10:30:00Z"}]})",
        "");

    // Malformed: every one must be refused with a message naming the problem.
    row("not json", "CreditBalance", "<html>502</html>", "not valid JSON");
    row("array body", "CreditBalance", "[1,2]", "not an object");
    row("credits missing", "CreditBalance", R"({"expiresAt":null})", "\"balance\" is missing");
    row("credits as string", "CreditBalance", R"({"balance":"150"})",
        "\"balance\" must be a whole number");
    row("credits fraction", "CreditBalance", R"({"balance":1.5})",
        "\"balance\" must be a whole number");
    // A float beyond 64 bits was cast to an integer (undefined behaviour), and an unsigned
    // beyond qint64 wrapped around to a negative balance.
    row("credits beyond 64 bits", "CreditBalance", R"({"balance":1e300})",
        "\"balance\" must be a whole number");
    row("credits beyond qint64", "CreditBalance", R"({"balance":18446744073709551615})",
        "\"balance\" must be a whole number");
    row("bad expiry", "CreditBalance", R"({"balance":1,"expiresAt":"tomorrow"})",
        "not an ISO 8601 time");
    row("login no key", "SignInResult", R"({"success":true,"user":{"uuid":"u","email":"e"}})",
        "\"apiKey\" is missing");
    row("login failed flag", "SignInResult", R"({"success":false,"apiKey":{}})",
        "\"success\": false");
    row("login key number", "SignInResult",
        R"({"apiKey":{"key":5,"name":"n","createdAt":"2026-01-15T10:00:00Z"}})",
        "\"key\" must be a string");
    row("oauth bad url", "OAuthStart", R"({"authUrl":"not a url","state":"s"})",
        "\"authUrl\" is not a valid URL");
    row("oauth no state", "OAuthStart", R"({"authUrl":"https://a.b/c"})", "\"state\" is missing");
    row("keys not array", "ApiKeyList", R"({"apiKeys":{}})", "\"apiKeys\" must be an array");
    row("keys element", "ApiKeyList",
        R"({"apiKeys":[{"key":"k","name":"n","createdAt":"2026-01-14T08:00:00Z"},3]})",
        "apiKeys[1]");
    row("x auth no session", "TwitterConnectSession", R"({"authUrl":"https://x.com/a"})",
        "\"sessionId\" is missing");
    row("x callback no account", "TwitterConnectResult", R"({"success":true})",
        "\"accountUuid\" is missing");
    row("drafts missing", "DraftList", R"({})", "\"drafts\" is missing");
    row("draft no title", "CreatedDraft",
        R"({"draft":{"id":"d","tweets":[],"createdAt":"2026-01-14T07:21:26Z"}})",
        "\"title\" is missing");
    row("draft tweets null", "CreatedDraft",
        R"({"draft":{"id":"d","title":"t","tweets":null,"createdAt":"2026-01-14T07:21:26Z"}})",
        "\"tweets\" must be an array");
    row("draft media bad", "CreatedDraft",
        R"({"draft":{"id":"d","title":"t","tweets":[{"content":"c","media":[1]}],"createdAt":"2026-01-14T07:21:26Z"}})",
        "tweets[0]");
    row("publish no results", "PublishOutcome", R"({"success":true})", "\"results\" is missing");
    row("publish success string", "PublishOutcome", R"({"success":"yes","results":[]})",
        "\"success\" must be true or false");
    row("publish summary bad", "PublishOutcome",
        R"({"success":true,"results":[],"summary":{"total":"2"}})",
        "\"total\" must be a whole number");
    row("quote no url", "QuoteResult", R"({"success":true,"tweetId":"1"})", "\"url\" is missing");
    row("platform failed", "PlatformPostResult", R"({"success":false})", "\"success\": false");
    row("schedule no time", "ScheduleConfirmation", R"({"queueIds":[],"accountCount":1})",
        "\"scheduledFor\" is missing");
    row("schedule ids mixed", "ScheduleConfirmation",
        R"({"queueIds":["a",2],"scheduledFor":"2026-01-15T10:00:00Z","accountCount":1})",
        "must hold only strings");
    row("schedules item bad", "ScheduleList", R"({"schedules":[{"id":"q"}]})",
        "\"draftId\" is missing");
    row("media code", "MediaUploadResult", R"({"code":1,"data":{"uploads":[]}})", "code 1");
    row("media no data", "MediaUploadResult", R"({"code":0})", "\"data\" is missing");
    row("media no id", "MediaUploadResult",
        R"({"code":0,"data":{"uploads":[{"url":"https://a/b","type":"image"}]}})",
        "\"mediaId\" is missing");
    row("sets account bad", "SocialSetList",
        R"({"socialSets":[{"id":"s","name":"n","accounts":[{"platform":"twitter"}]}]})",
        "\"accountId\" is missing");
    row("xquik no plan", "XquikAccount", R"({"quota":null})", "\"plan\" is missing");
    row("xquik key no prefix", "XquikKeyList",
        R"({"keys":[{"id":"1","createdAt":"2026-02-24T10:30:00Z"}]})", "\"prefix\" is missing");
    row("xquik prefix mismatch", "XquikCreatedKey",
        R"({"id":"42","fullKey":"xq_ffff","prefix":"xq_a1b2","createdAt":"2026-02-24T10:30:00Z"})",
        "does not match");
    row("oqui no id", "OquiAssessment", R"({"status":"completed"})", "\"id\" is missing");
    row("example created", "ExampleApiKeyList",
        R"({"success":true,"data":[{"id":"k","prefix":"sk_live_","created_at":5}]})",
        "\"created_at\" must be a string");
}

void TestDtos::parse()
{
    QFETCH(QString, dto);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedError);

    const Parser parser = parsers().value(dto);
    QVERIFY2(parser, qPrintable(dto));
    QString error;
    try {
        parser(body);
    } catch (const Json::DtoError &e) {
        error = QString::fromStdString(e.what());
    }
    if (expectedError.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(expectedError), qPrintable(QStringLiteral("got: ") + error));
}

void TestDtos::documentedValues()
{
    const auto draft = CreatedDraft::fromJson(Json::parseObject(draftBody)).draft;
    QCOMPARE(draft.id, QStringLiteral("draft_uuid"));
    QVERIFY(!draft.scheduledFor.isValid());
    QCOMPARE(draft.tweets.size(), 1);
    QCOMPARE(draft.tweets[0].plainText, QStringLiteral("Hello from API!"));
    QCOMPARE(draft.tweets[0].characterCount, 16);
    QCOMPARE(draft.createdAt, QDateTime(QDate(2026, 1, 14), QTime(7, 21, 26), Qt::UTC));

    const auto outcome = PublishOutcome::fromJson(Json::parseObject(multiBody));
    QCOMPARE(outcome.summary.succeeded, 2);
    QCOMPARE(outcome.results[0].postUrl, QUrl(QStringLiteral("https://x.com/u/status/1")));
    QCOMPARE(outcome.results[1].postId, QStringLiteral("at://did/app.bsky.feed.post/1"));
    QVERIFY(outcome.results[1].postUrl.isEmpty());

    const auto login = SignInResult::fromJson(Json::parseObject(loginBody));
    QCOMPARE(login.apiKey.key, QStringLiteral("sk-xxxxx"));
    QVERIFY(!login.apiKey.lastUsed.isValid());

    const auto items = ScheduleList::fromJson(Json::parseObject(scheduleListBody)).schedules;
    QCOMPARE(items[0].platformName, QStringLiteral("twitter"));
    QCOMPARE(items[0].scheduledFor.toString(Qt::ISODate), QStringLiteral("2026-01-15T10:00:00Z"));
}

void TestDtos::requestBodies()
{
    NewDraft draft;
    draft.title = QStringLiteral("My Draft");
    draft.tweets = {{QStringLiteral("<p>Hi</p>"), {QStringLiteral("m1")}}};
    draft.scheduledFor = QDateTime(QDate(2026, 1, 15), QTime(11, 0), QTimeZone(3600));
    QCOMPARE(
        QString::fromStdString(draft.toJson().dump()),
        QStringLiteral(
            R"({"scheduledFor":"2026-01-15T10:00:00Z","title":"My Draft","tweets":[{"content":"<p>Hi</p>","media":["m1"]}]})"));

    MultiPlatformRequest multi;
    multi.draftId = QStringLiteral("d");
    multi.targetAccounts = {{QStringLiteral("a"), Platform::Twitter, QStringLiteral("c")},
                            {QStringLiteral("b"), Platform::Bluesky, QStringLiteral("ignored")}};
    QCOMPARE(
        QString::fromStdString(multi.toJson().dump()),
        QStringLiteral(
            R"({"draftId":"d","targetAccounts":[{"accountId":"a","communityId":"c","platform":"twitter"},{"accountId":"b","platform":"bluesky"}]})"));

    SocialPostRequest thread;
    thread.accountUuid = QStringLiteral("acc");
    thread.asThread = true;
    thread.texts = {QStringLiteral("one"), QStringLiteral("two")};
    QCOMPARE(QString::fromStdString(thread.toJson().dump()),
             QStringLiteral(R"({"accountUuid":"acc","texts":["one","two"],"type":"thread"})"));

    LinkedInPostRequest linkedIn;
    linkedIn.accountId = QStringLiteral("li");
    linkedIn.text = QStringLiteral("Hello");
    linkedIn.visibility = LinkedInVisibility::Connections;
    QCOMPARE(QString::fromStdString(linkedIn.toJson().dump()),
             QStringLiteral(R"({"accountId":"li","text":"Hello","visibility":"CONNECTIONS"})"));

    ThreadsPostRequest threads;
    threads.accountId = QStringLiteral("th");
    threads.draftId = QStringLiteral("d");
    threads.replyControl = ReplyControl::MentionedOnly;
    QCOMPARE(QString::fromStdString(threads.toJson().dump()),
             QStringLiteral(R"({"accountId":"th","draftId":"d","replyControl":"mentioned_only"})"));

    ScheduleRequest schedule;
    schedule.draftId = QStringLiteral("d");
    schedule.scheduledFor = QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
    schedule.targetAccounts = {{QStringLiteral("a"), Platform::Mastodon, {}}};
    schedule.applyJitter = false;
    QCOMPARE(
        QString::fromStdString(schedule.toJson().dump()),
        QStringLiteral(
            R"({"applyJitter":false,"draftId":"d","priority":0,"scheduledFor":"2026-01-15T10:00:00Z","targetAccounts":[{"accountId":"a","platform":"mastodon"}]})"));

    TwitterPublishRequest publish;
    publish.draftId = QStringLiteral("d");
    publish.jobId = QStringLiteral("job-1");
    publish.community =
        Community{QStringLiteral("c1"), QStringLiteral("Qt"), QStringLiteral("Qt people")};
    QCOMPARE(
        QString::fromStdString(publish.toJson().dump()),
        QStringLiteral(
            R"({"community":{"description":"Qt people","id":"c1","name":"Qt"},"draftId":"d","jobId":"job-1"})"));
}

QTEST_GUILESS_MAIN(TestDtos)
#include "tst_dtos.moc"
