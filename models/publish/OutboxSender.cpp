// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/OutboxSender.h"

#include "api/ApiClient.h"
#include "publish/Outbox.h"
#include "publish/PublishController.h"

namespace CreatorDesk {

OutboxSender::OutboxSender(Outbox *outbox, ApiClient *api, const QString &connection,
                           QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_api(api)
    , m_connection(connection)
    , m_controller(new PublishController(api, this))
{
    connect(m_controller, &PublishController::finished, this, [this](const PublishReport &report) {
        const bool reached = std::any_of(report.outcomes.cbegin(), report.outcomes.cend(),
                                         [](const AccountOutcome &o) { return !o.notSent; });
        m_report.outcomes.append(report.outcomes);
        if (!reached) {
            // Still offline: this entry and the ones after it keep waiting.
            m_queue.clear();
        } else if (m_outbox) {
            m_outbox->remove(m_current);
        }
        sendNext();
    });
}

void OutboxSender::sendAll()
{
    if (m_busy || !m_outbox)
        return;
    m_busy = true;
    m_report = {};
    m_queue.clear();
    const QList<OutboxEntry> entries = m_outbox->entriesFor(m_connection);
    for (const OutboxEntry &entry : entries)
        m_queue.append(entry.id);
    sendNext();
}

void OutboxSender::sendNext()
{
    while (!m_queue.isEmpty() && m_outbox) {
        m_current = m_queue.takeFirst();
        const auto &entries = m_outbox->entries();
        const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                     [this](const OutboxEntry &e) { return e.id == m_current; });
        if (it == entries.cend())
            continue;
        m_controller->publish(
            it->draft,
            PublishPlan::make(it->draft.posts, it->accounts, it->options, it->draft.media),
            it->options);
        return;
    }
    m_busy = false;
    Q_EMIT finished(m_report, m_outbox ? m_outbox->countFor(m_connection) : 0);
}

} // namespace CreatorDesk
