// SPDX-License-Identifier: GPL-3.0-or-later
// The error parser on arbitrary answers: status, Retry-After, WWW-Authenticate and body come
// from the input, split at the first three NUL bytes.
#include "api/ErrorParser.h"

#include <cstddef>
#include <cstdint>

using namespace CreatorDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const QList<QByteArray> parts = input.split('\0');
    ErrorParser::Answer answer;
    answer.status = 400 + (data[0] << 8 | data[1]) % 200;
    answer.retryAfterHeader = parts.value(0);
    answer.wwwAuthenticateHeader = parts.value(1);
    answer.contentType = parts.value(2);
    answer.body = parts.size() > 3
                      ? input.mid(parts[0].size() + parts[1].size() + parts[2].size() + 3)
                      : QByteArray();
    const ApiError error = ErrorParser::parse(answer);
    (void)error.userMessage();
    (void)error.isTransient();
    return 0;
}
