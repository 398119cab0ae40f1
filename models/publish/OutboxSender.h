// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/PublishReport.h"

#include <QObject>
#include <QPointer>

namespace CreatorDesk {

class ApiClient;
class Outbox;
class PublishController;

// Sends what waits in the outbox, one entry after another, once the person has agreed. An
// entry leaves the outbox when its publish reached the server (whatever the outcome, which
// the report shows); one that still could not be sent stays, and the rest wait with it.
class OutboxSender final : public QObject
{
    Q_OBJECT

public:
    // Sends only the entries queued for `connection` (the base URL of `api`'s service).
    OutboxSender(Outbox *outbox, ApiClient *api, const QString &connection,
                 QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    void sendAll();

Q_SIGNALS:
    // Every account of every entry sent; `waiting` entries of this connection are still in
    // the outbox.
    void finished(const CreatorDesk::PublishReport &report, int waiting);

private:
    void sendNext();

    QPointer<Outbox> m_outbox;
    QPointer<ApiClient> m_api;
    QString m_connection;
    PublishController *m_controller;
    PublishReport m_report;
    QStringList m_queue; // entry ids
    QString m_current;
    bool m_busy = false;
};

} // namespace CreatorDesk
