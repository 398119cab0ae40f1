// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/CallbackRequest.h"

#include <cstddef>
#include <cstdint>

using CreatorDesk::CallbackRequest;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char *>(data), qsizetype(size));
    const CallbackRequest request = CallbackRequest::classify(
        line, QStringLiteral("/oauth-callback"), QStringLiteral("expected-state"));
    // Only the expected state may ever be accepted.
    if (request.verdict == CallbackRequest::Verdict::Accepted &&
        request.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) !=
            QLatin1String("expected-state"))
        __builtin_trap();
    return 0;
}
