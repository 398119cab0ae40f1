// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/SocialSetSource.h"

#include "common/LoadState.h"

namespace CreatorDesk {

SocialSetSource::SocialSetSource(QObject *parent)
    : QObject(parent)
    , m_state(new LoadState(this))
{}

SocialSetSource::~SocialSetSource()
{
    m_request.cancel();
}

void SocialSetSource::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    m_request.cancel();
    m_client = client;
    m_sets.clear();
    m_state->reset();
    Q_EMIT setsChanged();
    refresh();
}

void SocialSetSource::refresh()
{
    if (!m_client)
        return;
    const int ticket = m_request.next();
    m_state->start();
    m_request.track(m_client->socialSets(this, [this, ticket](const Result<SocialSetList> &result) {
        if (!m_request.isCurrent(ticket))
            return;
        if (!result) {
            m_state->fail(result.error().userMessage());
            return;
        }
        m_sets = result.value().socialSets;
        Q_EMIT setsChanged();
        m_state->succeed();
    }));
}

} // namespace CreatorDesk
