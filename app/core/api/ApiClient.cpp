// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include "api/HttpClient.h"
#include "api/TypedCall.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QMimeDatabase>

namespace CreatorDesk {

using Json::json;
using Json::toStd;

namespace {

QString providerPath(ApiClient::OAuthProvider provider)
{
    return provider == ApiClient::OAuthProvider::Google ? QStringLiteral("google")
                                                        : QStringLiteral("twitter");
}

// Publishing with a client-generated jobId is de-duplicated by the server, so a lost answer
// may be asked again; without one it may not.
ApiRequest publishRequest(const QString &path, json body, bool carriesJobId)
{
    ApiRequest request = ApiRequest::post(path, std::move(body));
    request.retrySafe = carriesJobId;
    request.transferTimeoutMs = 60'000;
    return request;
}

} // namespace

ApiClient::ApiClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{}

ApiJob *ApiClient::login(const QString &email, const QString &password, QObject *context,
                         ResultHandler<SignInResult> handler)
{
    ApiRequest request = ApiRequest::post(QStringLiteral("/auth/login"),
                                          {{"email", toStd(email)}, {"password", toStd(password)}});
    return sendTyped<SignInResult>(*m_http, request.unauthenticated().mustExist(), context,
                                   std::move(handler));
}

ApiJob *ApiClient::oauthUrl(OAuthProvider provider, const QUrl &redirectUri, QObject *context,
                            ResultHandler<OAuthStart> handler)
{
    ApiRequest request =
        ApiRequest::post(QStringLiteral("/auth/oauth/%1/url").arg(providerPath(provider)),
                         {{"redirectUri", toStd(redirectUri.toString(QUrl::FullyEncoded))}});
    return sendTyped<OAuthStart>(*m_http, request.unauthenticated().safeToRetry().mustExist(),
                                 context, std::move(handler));
}

ApiJob *ApiClient::oauthCallback(OAuthProvider provider, const QString &code, const QString &state,
                                 QObject *context, ResultHandler<SignInResult> handler)
{
    ApiRequest request =
        ApiRequest::post(QStringLiteral("/auth/oauth/%1/callback").arg(providerPath(provider)),
                         {{"code", toStd(code)}, {"state", toStd(state)}});
    return sendTyped<SignInResult>(*m_http, request.unauthenticated().mustExist(), context,
                                   std::move(handler));
}

ApiJob *ApiClient::apiKeys(QObject *context, ResultHandler<ApiKeyList> handler)
{
    return sendTyped<ApiKeyList>(*m_http,
                                 ApiRequest::get(QStringLiteral("/auth/api-keys")).mustExist(),
                                 context, std::move(handler));
}

ApiJob *ApiClient::createApiKey(const QString &name, QObject *context,
                                ResultHandler<SignInResult> handler)
{
    return sendTyped<SignInResult>(
        *m_http,
        ApiRequest::post(QStringLiteral("/auth/api-keys"), {{"name", toStd(name)}}).mustExist(),
        context, std::move(handler));
}

ApiJob *ApiClient::deleteApiKey(const QString &keyId, QObject *context,
                                ResultHandler<Acknowledgement> handler)
{
    const QString path =
        QStringLiteral("/auth/api-keys/") + QString::fromLatin1(QUrl::toPercentEncoding(keyId));
    return sendTyped<Acknowledgement>(*m_http, ApiRequest::del(path), context, std::move(handler));
}

ApiJob *ApiClient::connectTwitter(const TwitterConnectRequest &request, QObject *context,
                                  ResultHandler<TwitterConnectSession> handler)
{
    return sendTyped<TwitterConnectSession>(
        *m_http, ApiRequest::post(QStringLiteral("/twitter/auth"), request.toJson()).mustExist(),
        context, std::move(handler));
}

ApiJob *ApiClient::completeTwitterConnect(const QString &code, const QString &state,
                                          QObject *context,
                                          ResultHandler<TwitterConnectResult> handler)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/twitter/callback"));
    request.withQuery(QStringLiteral("code"), code).withQuery(QStringLiteral("state"), state);
    request.retrySafe = false; // a code is single-use
    return sendTyped<TwitterConnectResult>(*m_http, request, context, std::move(handler));
}

ApiJob *ApiClient::drafts(const QString &socialSetId, QObject *context,
                          ResultHandler<DraftList> handler)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/twitter/drafts"));
    if (!socialSetId.isEmpty())
        request.withQuery(QStringLiteral("socialSetId"), socialSetId);
    return sendTyped<DraftList>(*m_http, request, context, std::move(handler));
}

ApiJob *ApiClient::createDraft(const NewDraft &draft, QObject *context,
                               ResultHandler<CreatedDraft> handler)
{
    return sendTyped<CreatedDraft>(
        *m_http, ApiRequest::post(QStringLiteral("/twitter/drafts"), draft.toJson()), context,
        std::move(handler));
}

ApiJob *ApiClient::publishToTwitter(const TwitterPublishRequest &request, QObject *context,
                                    ResultHandler<PublishOutcome> handler)
{
    return sendTyped<PublishOutcome>(*m_http,
                                     publishRequest(QStringLiteral("/twitter/publish"),
                                                    request.toJson(), !request.jobId.isEmpty()),
                                     context, std::move(handler));
}

ApiJob *ApiClient::quoteTweet(const QuoteRequest &request, QObject *context,
                              ResultHandler<QuoteResult> handler)
{
    return sendTyped<QuoteResult>(
        *m_http, publishRequest(QStringLiteral("/twitter/quote"), request.toJson(), false), context,
        std::move(handler));
}

ApiJob *ApiClient::publishMultiPlatform(const MultiPlatformRequest &request, QObject *context,
                                        ResultHandler<PublishOutcome> handler)
{
    return sendTyped<PublishOutcome>(
        *m_http, publishRequest(QStringLiteral("/publish/multi-platform"), request.toJson(), false),
        context, std::move(handler));
}

ApiJob *ApiClient::publishToBluesky(const SocialPostRequest &request, QObject *context,
                                    ResultHandler<PlatformPostResult> handler)
{
    return sendTyped<PlatformPostResult>(
        *m_http, publishRequest(QStringLiteral("/bluesky/publish"), request.toJson(), false),
        context, std::move(handler));
}

ApiJob *ApiClient::publishToMastodon(const SocialPostRequest &request, QObject *context,
                                     ResultHandler<PlatformPostResult> handler)
{
    return sendTyped<PlatformPostResult>(
        *m_http, publishRequest(QStringLiteral("/mastodon/publish"), request.toJson(), false),
        context, std::move(handler));
}

ApiJob *ApiClient::publishToThreads(const ThreadsPostRequest &request, QObject *context,
                                    ResultHandler<PlatformPostResult> handler)
{
    return sendTyped<PlatformPostResult>(
        *m_http, publishRequest(QStringLiteral("/threads/publish"), request.toJson(), false),
        context, std::move(handler));
}

ApiJob *ApiClient::publishToLinkedIn(const LinkedInPostRequest &request, QObject *context,
                                     ResultHandler<PlatformPostResult> handler)
{
    return sendTyped<PlatformPostResult>(
        *m_http, publishRequest(QStringLiteral("/linkedin/publish"), request.toJson(), false),
        context, std::move(handler));
}

ApiJob *ApiClient::schedule(const ScheduleRequest &request, QObject *context,
                            ResultHandler<ScheduleConfirmation> handler)
{
    return sendTyped<ScheduleConfirmation>(
        *m_http, ApiRequest::post(QStringLiteral("/twitter/schedule"), request.toJson()), context,
        std::move(handler));
}

ApiJob *ApiClient::cancelSchedule(const QString &draftId, QObject *context,
                                  ResultHandler<Acknowledgement> handler)
{
    ApiRequest request = ApiRequest::del(QStringLiteral("/twitter/schedule"));
    request.withQuery(QStringLiteral("draftId"), draftId);
    return sendTyped<Acknowledgement>(*m_http, request, context, std::move(handler));
}

ApiJob *ApiClient::schedules(QObject *context, ResultHandler<ScheduleList> handler)
{
    return sendTyped<ScheduleList>(*m_http, ApiRequest::get(QStringLiteral("/twitter/schedule")),
                                   context, std::move(handler));
}

ApiJob *ApiClient::uploadMedia(const QList<MediaFile> &files, QObject *context,
                               ResultHandler<MediaUploadResult> handler)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/twitter/media/upload");
    request.transferTimeoutMs = 120'000; // between bytes, not for the whole upload

    if (files.isEmpty() || files.size() > MaxFilesPerUpload) {
        const ApiError error = ApiError::policy(tr("An upload takes 1 to %1 files; %2 were given.")
                                                    .arg(MaxFilesPerUpload)
                                                    .arg(files.size()));
        return attachTyped<MediaUploadResult>(m_http->failed(error), context, std::move(handler));
    }

    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const QMimeDatabase mimeDatabase;
    for (const MediaFile &media : files) {
        auto *file = new QFile(media.path, multipart);
        QHttpPart part;
        QString fileName = QFileInfo(media.path).fileName();
        const QString mimeType =
            media.mimeType.isEmpty()
                ? mimeDatabase.mimeTypeForFile(media.path, QMimeDatabase::MatchContent).name()
                : media.mimeType;
        part.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"files\"; filename=\"%1\"")
                           .arg(fileName.replace(QLatin1Char('"'), QLatin1Char('_'))));
        if (!file->open(QIODevice::ReadOnly)) {
            const ApiError error = ApiError::policy(
                tr("%1 cannot be read: %2")
                    .arg(QDir::toNativeSeparators(media.path), file->errorString()));
            delete multipart;
            return attachTyped<MediaUploadResult>(m_http->failed(error), context,
                                                  std::move(handler));
        }
        part.setBodyDevice(file);
        multipart->append(part);
    }
    request.multipart = multipart;
    return sendTyped<MediaUploadResult>(*m_http, std::move(request), context, std::move(handler));
}

ApiJob *ApiClient::socialSets(QObject *context, ResultHandler<SocialSetList> handler)
{
    return sendTyped<SocialSetList>(*m_http,
                                    ApiRequest::get(QStringLiteral("/social-sets")).mustExist(),
                                    context, std::move(handler));
}

ApiJob *ApiClient::credits(QObject *context, ResultHandler<CreditBalance> handler)
{
    // POST, but a read: safe to ask again.
    ApiRequest request = ApiRequest::post(QStringLiteral("/credits"));
    return sendTyped<CreditBalance>(*m_http, request.safeToRetry().mustExist(), context,
                                    std::move(handler));
}

} // namespace CreatorDesk
