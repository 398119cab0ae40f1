// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CreatorDesk {

// Dragging a local draft (from the drafts list onto the schedule calendar): the data is the
// local draft's id as UTF-8.
inline QString draftIdMimeType()
{
    return QStringLiteral("application/x-creatordesk-draft-id");
}

} // namespace CreatorDesk
