// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing carries the uploaded media where the API reference has a field for them: the
// server draft's tweets get their media ids (Threads and LinkedIn publish from the draft), and
// Bluesky and Mastodon get imageUrls. Against a real sandbox.
#include "ApiFixture.h"
#include "MediaSamples.h"
#include "publish/PublishController.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;
using namespace Qt::StringLiterals;

class tst_PublishMedia final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void imageUrlsAreTheFirstPostsPictures();
    void mediaGoWithThePublishedDraft();
    void blueskyGetsTheImageUrls();
    void serverDraftMediaGoWithTheDraft_data();
    void serverDraftMediaGoWithTheDraft();
    void sandboxRefusesLostMedia();
    void localPostGoesToThreadsAsTextAndMedia();

private:
    // A server draft with these media on its one post, as "Save to server" or the API makes it.
    QString serverDraft(const QString &text, const QList<DraftMedia> &media);
    QList<DraftMedia> upload(int count);
    PublishReport publish(const PublishDraft &draft, const QList<SocialAccount> &accounts);

    SandboxProcess m_sandbox;
    std::unique_ptr<Connection> m_connection;
    QTemporaryDir m_dir;
};

namespace {
SocialAccount account(const char *id, Platform platform)
{
    return {QLatin1String(id), platformId(platform), platform, QLatin1String(id)};
}
// A string of a logged request, or "" when it is missing or not a string.
QString logged(const nlohmann::json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}
} // namespace

Q_DECLARE_METATYPE(CreatorDesk::SocialAccount)

void tst_PublishMedia::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_connection = std::make_unique<Connection>(m_sandbox, u"xaicreator"_s, demoKey);
}

QList<DraftMedia> tst_PublishMedia::upload(int count)
{
    QList<MediaFile> files;
    for (int i = 0; i < count; ++i) {
        const QString path = m_dir.filePath(u"p%1.png"_s.arg(i));
        if (!writeSample(path, MediaProbe::Format::Png, 3000 + i))
            return {};
        files.append({path, {}});
    }
    QList<DraftMedia> media;
    for (qsizetype start = 0; start < files.size(); start += ApiClient::MaxFilesPerUpload) {
        const auto result = await<MediaUploadResult>([&](QObject *context, auto handler) {
            m_connection->api->uploadMedia(files.mid(start, ApiClient::MaxFilesPerUpload), context,
                                           handler);
        });
        if (!result)
            return {};
        for (const UploadedMedia &uploaded : result.value().uploads)
            media.append({uploaded.mediaId, uploaded.url, {}, 0, uploaded.type, {}});
    }
    return media;
}

PublishReport tst_PublishMedia::publish(const PublishDraft &draft,
                                        const QList<SocialAccount> &accounts)
{
    PublishController controller(m_connection->api.get());
    QSignalSpy finished(&controller, &PublishController::finished);
    controller.publish(draft, PublishPlan::make(draft.posts, accounts, {}, draft.media), {});
    if (!finished.wait(20'000))
        return {};
    return finished.first().first().value<PublishReport>();
}

void tst_PublishMedia::imageUrlsAreTheFirstPostsPictures()
{
    PublishDraft draft;
    draft.posts = {u"one"_s, u"two"_s};
    draft.media = {{{u"a"_s, QUrl(u"http://h/a"_s), {}, 1, u"image"_s, {}},
                    {u"v"_s, QUrl(u"http://h/v"_s), {}, 1, u"video"_s, {}},
                    {u"g"_s, QUrl(u"http://h/g"_s), {}, 1, u"gif"_s, {}}},
                   {{u"b"_s, QUrl(u"http://h/b"_s), {}, 1, u"image"_s, {}}}};
    QCOMPARE(draft.imageUrls(), (QStringList{u"http://h/a"_s, u"http://h/g"_s}));
    QCOMPARE(draft.mediaIds(0), (QStringList{u"a"_s, u"v"_s, u"g"_s}));
    QCOMPARE(draft.mediaIds(1), QStringList{u"b"_s});
    QCOMPARE(draft.mediaIds(2), QStringList());
}

void tst_PublishMedia::mediaGoWithThePublishedDraft()
{
    const QList<DraftMedia> media = upload(2);
    QCOMPARE(media.size(), 2);
    PublishDraft draft;
    draft.title = u"With pictures"_s;
    draft.posts = {u"Look at these"_s};
    draft.socialSetId = u"set-personal"_s;
    draft.media = {media};
    const PublishReport report =
        publish(draft, {account("acc-personal-threads", Platform::Threads),
                        account("acc-personal-linkedin", Platform::LinkedIn),
                        account("acc-personal-mastodon", Platform::Mastodon)});
    QCOMPARE(report.count(AccountOutcome::State::Published), 3);
    QVERIFY(!report.serverDraftId.isEmpty());

    const auto drafts = await<DraftList>([&](QObject *context, auto handler) {
        m_connection->api->drafts(u"set-personal"_s, context, handler);
    });
    QVERIFY(drafts.ok());
    const auto it = std::find_if(drafts.value().drafts.cbegin(), drafts.value().drafts.cend(),
                                 [&](const Draft &d) { return d.id == report.serverDraftId; });
    QVERIFY(it != drafts.value().drafts.cend());
    QCOMPARE(it->tweets.first().mediaIds, (QStringList{media.at(0).mediaId, media.at(1).mediaId}));
}

void tst_PublishMedia::blueskyGetsTheImageUrls()
{
    // Five pictures are one too many for Bluesky's imageUrls: the sandbox's refusal shows that
    // they were sent at all.
    const QList<DraftMedia> media = upload(5);
    QCOMPARE(media.size(), 5);
    PublishDraft draft;
    draft.title = u"Too many"_s;
    draft.posts = {u"Five"_s};
    draft.socialSetId = u"set-personal"_s;
    draft.media = {media};
    const PublishReport tooMany =
        publish(draft, {account("acc-personal-bluesky", Platform::Bluesky)});
    QCOMPARE(tooMany.count(AccountOutcome::State::Failed), 1);
    QVERIFY2(tooMany.outcomes.first().message.contains(u"imageUrls"_s),
             qPrintable(tooMany.outcomes.first().message));

    draft.media = {media.mid(0, 4)};
    const PublishReport four = publish(draft, {account("acc-personal-bluesky", Platform::Bluesky)});
    QCOMPARE(four.count(AccountOutcome::State::Published), 1);
}

QString tst_PublishMedia::serverDraft(const QString &text, const QList<DraftMedia> &media)
{
    NewDraft draft;
    draft.title = u"Server draft with media"_s;
    draft.socialSetId = u"set-personal"_s;
    QStringList ids;
    for (const DraftMedia &item : media)
        ids.append(item.mediaId);
    draft.tweets = {{u"<p>%1</p>"_s.arg(text), ids}};
    const auto created = await<CreatedDraft>([&](QObject *context, auto handler) {
        m_connection->api->createDraft(draft, context, handler);
    });
    return created ? created.value().draft.id : QString();
}

void tst_PublishMedia::serverDraftMediaGoWithTheDraft_data()
{
    QTest::addColumn<QList<SocialAccount>>("accounts");
    QTest::addColumn<int>("multiPlatformTargets");
    QTest::newRow("one Bluesky account")
        << QList{account("acc-personal-bluesky", Platform::Bluesky)} << 1;
    QTest::newRow("one Mastodon account")
        << QList{account("acc-personal-mastodon", Platform::Mastodon)} << 1;
    QTest::newRow("X and one Bluesky account")
        << QList{account("acc-personal-twitter", Platform::Twitter),
                 account("acc-personal-bluesky", Platform::Bluesky)}
        << 1;
}

void tst_PublishMedia::serverDraftMediaGoWithTheDraft()
{
    // Issue #15, point 1: a server draft read back knows its media by id only (what `publish
    // DRAFT_ID` has), so Bluesky and Mastodon cannot be sent its pictures as imageUrls: it goes
    // to them as the draft, through /publish/multi-platform, even to one account.
    QFETCH(QList<SocialAccount>, accounts);
    QFETCH(int, multiPlatformTargets);
    const QList<DraftMedia> uploaded = upload(1);
    QCOMPARE(uploaded.size(), 1);
    const QString text = u"Server draft picture %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QString draftId = serverDraft(text, uploaded);
    QVERIFY(!draftId.isEmpty());
    PublishDraft draft;
    draft.posts = {text};
    draft.serverDraftId = draftId;
    draft.media = {{DraftMedia{uploaded.first().mediaId, {}, {}, 0, {}, {}}}};
    m_sandbox.clearRequests();
    const PublishReport report = publish(draft, accounts);
    QCOMPARE(report.count(AccountOutcome::State::Published), int(accounts.size()));
    QCOMPARE(int(m_sandbox.requests(u"/bluesky/publish"_s).size()), 0);
    QCOMPARE(int(m_sandbox.requests(u"/mastodon/publish"_s).size()), 0);
    const auto multi = m_sandbox.requests(u"/publish/multi-platform"_s);
    QCOMPARE(int(multi.size()), 1);
    QCOMPARE(logged(multi[0]["body"]["draftId"]), draftId);
    QCOMPARE(int(multi[0]["body"]["targetAccounts"].size()), multiPlatformTargets);
}

void tst_PublishMedia::sandboxRefusesLostMedia()
{
    // The stricter sandbox: a draft's text sent to a platform endpoint without its media's URLs
    // is refused, so a client that drops pictures fails its tests instead of passing them.
    const QList<DraftMedia> uploaded = upload(2);
    QCOMPARE(uploaded.size(), 2);
    const QString text = u"Two pictures %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!serverDraft(text, uploaded).isEmpty());

    SocialPostRequest bluesky;
    bluesky.accountUuid = u"acc-personal-bluesky"_s;
    bluesky.texts = {text};
    const auto textOnly = await<PlatformPostResult>([&](QObject *context, auto handler) {
        m_connection->api->publishToBluesky(bluesky, context, handler);
    });
    QVERIFY(!textOnly);
    QCOMPARE(textOnly.error().code, u"INVALID_INPUT"_s);
    QVERIFY2(textOnly.error().message.contains(u"would be lost"_s),
             qPrintable(textOnly.error().message));
    bluesky.imageUrls = {uploaded.at(0).url.toString()};
    const auto oneOfTwo = await<PlatformPostResult>([&](QObject *context, auto handler) {
        m_connection->api->publishToBluesky(bluesky, context, handler);
    });
    QVERIFY(!oneOfTwo);
    bluesky.imageUrls.append(uploaded.at(1).url.toString());
    const auto both = await<PlatformPostResult>([&](QObject *context, auto handler) {
        m_connection->api->publishToBluesky(bluesky, context, handler);
    });
    QVERIFY2(both.ok(), both ? "" : qPrintable(both.error().message));

    ThreadsPostRequest threads{u"acc-personal-threads"_s, {}, text, {}, {}};
    const auto threadsTextOnly = await<PlatformPostResult>([&](QObject *context, auto handler) {
        m_connection->api->publishToThreads(threads, context, handler);
    });
    QVERIFY(!threadsTextOnly);
    QVERIFY(threadsTextOnly.error().message.contains(u"mediaUrls"_s));
    // A text no draft has is the person's own: nothing can be lost.
    threads.text = u"Not a draft's text %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const auto ownText = await<PlatformPostResult>([&](QObject *context, auto handler) {
        m_connection->api->publishToThreads(threads, context, handler);
    });
    QVERIFY(ownText.ok());
}

void tst_PublishMedia::localPostGoesToThreadsAsTextAndMedia()
{
    // A local draft of one post: Threads and LinkedIn get its text and media URLs (seed 003's
    // text + mediaUrls), exactly as written, not the server draft made on the way.
    const QList<DraftMedia> media = upload(2);
    QCOMPARE(media.size(), 2);
    PublishDraft draft;
    draft.title = u"Local with pictures"_s;
    draft.posts = {u"Local words %1"_s.arg(QDateTime::currentMSecsSinceEpoch())};
    draft.socialSetId = u"set-personal"_s;
    draft.media = {media};
    m_sandbox.clearRequests();
    const PublishReport report =
        publish(draft, {account("acc-personal-threads", Platform::Threads)});
    QCOMPARE(report.count(AccountOutcome::State::Published), 1);
    const auto sent = m_sandbox.requests(u"/threads/publish"_s);
    QCOMPARE(int(sent.size()), 1);
    const auto &body = sent[0]["body"];
    QCOMPARE(logged(body["accountId"]), u"acc-personal-threads"_s);
    QCOMPARE(logged(body["text"]), draft.posts.first());
    QVERIFY(body["mediaUrls"] == (nlohmann::json{media.at(0).url.toString().toStdString(),
                                                 media.at(1).url.toString().toStdString()}));
    QVERIFY(!body.contains("draftId"));

    // A thread goes as the server draft, which carries every post's media.
    draft.posts.append(u"second"_s);
    draft.media.append(QList<DraftMedia>{});
    m_sandbox.clearRequests();
    const PublishReport thread =
        publish(draft, {account("acc-personal-linkedin", Platform::LinkedIn)});
    QCOMPARE(thread.count(AccountOutcome::State::Published), 1);
    const auto linkedIn = m_sandbox.requests(u"/linkedin/publish"_s);
    QCOMPARE(int(linkedIn.size()), 1);
    QCOMPARE(logged(linkedIn[0]["body"]["draftId"]), thread.serverDraftId);
    QVERIFY(!linkedIn[0]["body"].contains("text"));
}

QTEST_GUILESS_MAIN(tst_PublishMedia)
#include "tst_publishmedia.moc"
