// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "api/Result.h"

#include <QString>

namespace CreatorDesk {

class HttpClient;
class ServiceDescriptor;

struct Verification
{
    QString summary; // "The key works. Balance: 500 credits."
};

// Whether a verification may spend the person's credits (oqui's only check is an assessment).
enum class CreditSpending { Refuse, Allow };

// Calls a service's cheapest authenticated endpoint (the descriptor's "verify") with the
// connection's key and says whether the key works.
class KeyVerifier final
{
public:
    // What verifying a key of `service` costs, as a sentence to ask with; empty when it is free.
    static QString costQuestion(const ServiceDescriptor &service);
    // With CreditSpending::Refuse, a verification that costs credits is not sent: the handler
    // gets a Policy error that says the cost and how to allow it.
    static ApiJob *verify(HttpClient &http, QObject *context, ResultHandler<Verification> handler,
                          CreditSpending spending = CreditSpending::Refuse);
};

} // namespace CreatorDesk
