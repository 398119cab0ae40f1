// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace CreatorDesk {
Q_LOGGING_CATEGORY(lcApi, "creatordesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "creatordesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "creatordesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "creatordesk.app", QtInfoMsg)
} // namespace CreatorDesk
