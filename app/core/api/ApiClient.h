// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "api/Result.h"
#include "api/dto/Acknowledgement.h"
#include "api/dto/AuthDtos.h"
#include "api/dto/ContentDtos.h"
#include "api/dto/MediaDtos.h"
#include "api/dto/PublishDtos.h"
#include "api/dto/ScheduleDtos.h"

#include <QObject>

namespace CreatorDesk {

class HttpClient;

struct MediaFile
{
    QString path;
    QString mimeType; // empty: guessed from the content
};

// The xAIcreator API v1 (seed 003): one method per documented endpoint. Each returns the job
// in flight (to abort or watch progress) and calls `handler` with the typed result or the error.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    enum class OAuthProvider { Google, Twitter };

    explicit ApiClient(HttpClient *http, QObject *parent = nullptr);

    HttpClient *http() const { return m_http; }

    // Getting an API key
    ApiJob *login(const QString &email, const QString &password, QObject *context,
                  ResultHandler<SignInResult> handler);
    ApiJob *oauthUrl(OAuthProvider provider, const QUrl &redirectUri, QObject *context,
                     ResultHandler<OAuthStart> handler);
    ApiJob *oauthCallback(OAuthProvider provider, const QString &code, const QString &state,
                          QObject *context, ResultHandler<SignInResult> handler);

    // API key management
    ApiJob *apiKeys(QObject *context, ResultHandler<ApiKeyList> handler);
    ApiJob *createApiKey(const QString &name, QObject *context,
                         ResultHandler<SignInResult> handler);
    ApiJob *deleteApiKey(const QString &keyId, QObject *context,
                         ResultHandler<Acknowledgement> handler);

    // Connecting an X account to a social set
    ApiJob *connectTwitter(const TwitterConnectRequest &request, QObject *context,
                           ResultHandler<TwitterConnectSession> handler);
    ApiJob *completeTwitterConnect(const QString &code, const QString &state, QObject *context,
                                   ResultHandler<TwitterConnectResult> handler);

    // Drafts
    ApiJob *drafts(const QString &socialSetId, QObject *context, ResultHandler<DraftList> handler);
    ApiJob *createDraft(const NewDraft &draft, QObject *context,
                        ResultHandler<CreatedDraft> handler);

    // Publishing
    ApiJob *publishToTwitter(const TwitterPublishRequest &request, QObject *context,
                             ResultHandler<PublishOutcome> handler);
    ApiJob *quoteTweet(const QuoteRequest &request, QObject *context,
                       ResultHandler<QuoteResult> handler);
    ApiJob *publishMultiPlatform(const MultiPlatformRequest &request, QObject *context,
                                 ResultHandler<PublishOutcome> handler);
    ApiJob *publishToBluesky(const SocialPostRequest &request, QObject *context,
                             ResultHandler<PlatformPostResult> handler);
    ApiJob *publishToMastodon(const SocialPostRequest &request, QObject *context,
                              ResultHandler<PlatformPostResult> handler);
    ApiJob *publishToThreads(const ThreadsPostRequest &request, QObject *context,
                             ResultHandler<PlatformPostResult> handler);
    ApiJob *publishToLinkedIn(const LinkedInPostRequest &request, QObject *context,
                              ResultHandler<PlatformPostResult> handler);

    // Scheduling
    ApiJob *schedule(const ScheduleRequest &request, QObject *context,
                     ResultHandler<ScheduleConfirmation> handler);
    ApiJob *cancelSchedule(const QString &draftId, QObject *context,
                           ResultHandler<Acknowledgement> handler);
    ApiJob *schedules(QObject *context, ResultHandler<ScheduleList> handler);

    // Media: the files stream from disk; at most 4 per request, as the API allows.
    ApiJob *uploadMedia(const QList<MediaFile> &files, QObject *context,
                        ResultHandler<MediaUploadResult> handler);

    ApiJob *socialSets(QObject *context, ResultHandler<SocialSetList> handler);
    ApiJob *credits(QObject *context, ResultHandler<CreditBalance> handler);

    static constexpr int MaxFilesPerUpload = 4;
    static constexpr int CreditsPerPlatformPublish = 10;

private:
    HttpClient *m_http;
};

} // namespace CreatorDesk
