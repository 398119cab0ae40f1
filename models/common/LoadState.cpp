// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LoadState.h"

namespace CreatorDesk {

LoadState::LoadState(QObject *parent)
    : QObject(parent)
{}

void LoadState::start()
{
    m_loading = true;
    Q_EMIT changed();
}

void LoadState::succeed()
{
    m_loading = false;
    m_errorText.clear();
    m_loadedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT changed();
}

void LoadState::fail(const QString &errorText)
{
    m_loading = false;
    m_errorText = errorText;
    Q_EMIT changed();
}

void LoadState::reset()
{
    m_loading = false;
    m_errorText.clear();
    m_loadedAt = {};
    Q_EMIT changed();
}

} // namespace CreatorDesk
