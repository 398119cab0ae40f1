// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "drafts/DraftDocument.h"
#include "schedule/ScheduleRules.h"
#include "storage/DraftStore.h"
#include "storage/LocalDraft.h"
#include "text/PlatformLimits.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace CreatorDesk {

class ApiClient;
class DraftDocument;
class DraftStore;

// Schedules a local draft (from the editor, or dropped on the calendar). Scheduling needs a
// server draft: the newest server copy when there is one, else one is created first (POST
// /twitter/drafts) and recorded in the local draft like "Save to server" does. Everything the
// rules can refuse is refused before any request.
class DraftScheduler final : public QObject
{
    Q_OBJECT

public:
    explicit DraftScheduler(QObject *parent = nullptr);

    void setClient(ApiClient *client) { m_client = client; }
    void setStore(DraftStore *store) { m_store = store; }
    // The draft open in the editor: its server copies are recorded through it, so its own
    // autosave does not overwrite them.
    void setDocument(DraftDocument *document) { m_document = document; }
    void setLeadSeconds(int seconds) { m_leadSeconds = seconds; }
    // The limits of the accounts a draft goes to (AccountLimits::limitsFor); without it, each
    // platform's default.
    using LimitsOf = std::function<PlatformLimits(const QList<LocalDraft::Account> &)>;
    void setLimits(LimitsOf limitsOf) { m_limitsOf = std::move(limitsOf); }
    bool isBusy() const { return m_busy; }

    // The local draft as it is now: the open document's state, else the stored file.
    std::optional<LocalDraft> localDraft(const QString &localId) const;

    // Why `draft` cannot be scheduled with `choice`, or empty.
    QString refusal(const LocalDraft &draft, const ScheduleChoice &choice,
                    std::optional<qint64> balance = std::nullopt) const;
    // Starts scheduling; returns the refusal (nothing sent) or an empty string.
    QString schedule(const LocalDraft &draft, const ScheduleChoice &choice,
                     std::optional<qint64> balance = std::nullopt);

Q_SIGNALS:
    void serverDraftCreated(const QString &localId,
                            const CreatorDesk::LocalDraft::ServerCopy &copy);
    void scheduled(const QString &localId, const QString &serverDraftId, const QDateTime &when);
    void failed(const QString &message);

private:
    void recordServerCopy(const QString &localId, const LocalDraft::ServerCopy &copy);
    void sendSchedule(const QString &localId, const QString &serverId,
                      const ScheduleChoice &choice);

    QPointer<ApiClient> m_client;
    QPointer<DraftStore> m_store;
    QPointer<DraftDocument> m_document;
    int m_leadSeconds;
    LimitsOf m_limitsOf;
    bool m_busy = false;
};

} // namespace CreatorDesk
