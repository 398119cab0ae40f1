// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/PaymentChallenge.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto challenge = CreatorDesk::PaymentChallenge::parse(header)) {
        // A parsed challenge always has what the explanation needs.
        if (challenge->amount.isEmpty() || challenge->currency.isEmpty() ||
            challenge->realm.isEmpty())
            __builtin_trap();
    }
    return 0;
}
