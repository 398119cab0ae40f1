// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ServiceDescriptor.h"
#include "services/UrlPolicy.h"

#include <cstddef>
#include <cstdint>

using namespace CreatorDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto loaded = ServiceDescriptor::fromJson(json, QStringLiteral("fuzz.json"));
    if (const auto *descriptor = std::get_if<ServiceDescriptor>(&loaded)) {
        // Whatever loads keeps the rules: keys only over https or to this machine.
        if (!UrlPolicy::violation(descriptor->baseUrl).isEmpty() ||
            descriptor->keyFormats.isEmpty())
            __builtin_trap();
        (void)descriptor->formatOf(QString::fromUtf8(json.left(80)));
    }
    return 0;
}
