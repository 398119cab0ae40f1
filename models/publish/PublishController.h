// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PublishPlan.h"
#include "PublishReport.h"
#include "api/ApiError.h"
#include "storage/DraftMedia.h"

#include <QObject>
#include <QPointer>

namespace CreatorDesk {

class ApiClient;

struct PublishDraft
{
    QString title;
    QStringList posts;
    QString socialSetId;
    QString serverDraftId; // empty: created first
    // Uploaded media per post (index as in posts): their ids go into the server draft, which
    // Threads and LinkedIn publish from; Bluesky and Mastodon get the first post's image URLs.
    QList<QList<DraftMedia>> media = {};

    QStringList mediaIds(int post) const;
    // imageUrls for Bluesky and Mastodon (seed 003): the pictures and GIFs of the first post,
    // since the request carries one list for the whole thread.
    QStringList imageUrls() const;
};

// Carries out a PublishPlan: creates the server draft if there is none yet, then sends each
// planned request once. X goes out with a client-generated jobId, so the transport may repeat
// it safely and "retry the failed ones" can never post twice; an answer lost on any other
// request is reported as an unknown outcome, never re-sent behind the person's back.
class PublishController final : public QObject
{
    Q_OBJECT

public:
    PublishController(ApiClient *api, QObject *parent = nullptr);

    bool isBusy() const { return m_pending > 0 || m_creatingDraft; }
    const PublishReport &report() const { return m_report; }

    void publish(const PublishDraft &draft, const PublishPlan &plan, const PublishOptions &options);
    // Sends again to the accounts that failed (not those with an unknown outcome).
    void retryFailed();

Q_SIGNALS:
    void accountFinished(const CreatorDesk::AccountOutcome &outcome);
    void finished(const CreatorDesk::PublishReport &report);

private:
    void sendAll(const QList<PlannedRequest> &requests);
    void send(const PlannedRequest &request);
    void record(const SocialAccount &account, AccountOutcome outcome);
    void recordError(const QList<SocialAccount> &accounts, const ApiError &error);
    void recordResults(const QList<SocialAccount> &accounts, const QList<PlatformResult> &results);
    void requestDone();

    QPointer<ApiClient> m_api;
    PublishDraft m_draft;
    PublishOptions m_options;
    PublishReport m_report;
    int m_pending = 0;
    bool m_creatingDraft = false;
};

} // namespace CreatorDesk
