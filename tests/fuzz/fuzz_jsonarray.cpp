// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming reader of `count --json` on arbitrary bytes: every element it gives is read to
// the end, and an error ends the array.
#include "cli/JsonStringArrayReader.h"

#include <cstddef>
#include <cstdint>

using namespace CreatorDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    JsonStringArrayReader reader(std::string(reinterpret_cast<const char *>(data), size));
    std::string item;
    std::size_t total = 0;
    while (reader.next(item) == JsonStringArrayReader::Status::Item)
        total += item.size();
    // An element can't be longer than the input that held it.
    if (total > size)
        __builtin_trap();
    return 0;
}
