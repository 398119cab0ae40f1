// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "publish/PublishDraft.h"
#include "publish/PublishPlan.h"
#include "publish/PublishReport.h"

#include <QObject>
#include <QPointer>

namespace CreatorDesk {

class ApiClient;

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
    // Asks again, with the same jobId, for X accounts whose answer was lost: the server
    // answers a known job from its record, so this checks without posting twice.
    void checkUnknown();
    // Sends again to the other accounts whose answer was lost. Only after the person has
    // looked at the account and found nothing: these endpoints have no jobId.
    void sendUnknownAgain();
    int checkableUnknownCount() const;
    int uncheckableUnknownCount() const;

Q_SIGNALS:
    void accountFinished(const CreatorDesk::AccountOutcome &outcome);
    void finished(const CreatorDesk::PublishReport &report);

private:
    // Creates the server draft when there is none yet, then sends the plan's requests.
    void start(const PublishPlan &plan);
    void draftFailed(const QList<SocialAccount> &accounts, const ApiError &error);
    void sendAll(const QList<PlannedRequest> &requests);
    void send(const PlannedRequest &request, QString jobId = {});
    void finishLater();
    void record(const SocialAccount &account, AccountOutcome outcome);
    void recordError(const QList<SocialAccount> &accounts, const ApiError &error);
    void recordResults(const QList<SocialAccount> &accounts, const QList<PlatformResult> &results);
    void requestDone();

    QPointer<ApiClient> m_api;
    PublishDraft m_draft;
    PublishOptions m_options;
    PublishReport m_report;
    QString m_currentJobId; // of the X answer being recorded
    // The draft came from this computer (no server draft given): Threads and LinkedIn may get
    // its text and media URLs instead of the server draft.
    bool m_textIsLocal = false;
    int m_pending = 0;
    bool m_creatingDraft = false;
};

} // namespace CreatorDesk
