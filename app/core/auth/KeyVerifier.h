// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "api/Result.h"

#include <QString>

namespace CreatorDesk {

class HttpClient;

struct Verification
{
    QString summary; // "The key works. Balance: 500 credits."
};

// Calls a service's cheapest authenticated endpoint (the descriptor's "verify") with the
// connection's key and says whether the key works.
class KeyVerifier final
{
public:
    static ApiJob *verify(HttpClient &http, QObject *context, ResultHandler<Verification> handler);
};

} // namespace CreatorDesk
