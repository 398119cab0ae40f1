// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/LocalDraft.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace CreatorDesk;

// A draft file as DraftStore reads it: whatever loads must write back and load the same.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    const std::optional<LocalDraft> draft = LocalDraft::fromJson(document.object());
    if (!draft)
        return 0;
    if (draft->id.isEmpty() || draft->posts.isEmpty() || draft->place.post < 0 ||
        draft->place.cursor < 0 || draft->place.scroll < 0)
        __builtin_trap();
    const std::optional<LocalDraft> again = LocalDraft::fromJson(draft->toJson());
    if (!again || again->posts.size() != draft->posts.size() || again->title != draft->title ||
        again->modified != draft->modified || again->scheduledFor != draft->scheduledFor)
        __builtin_trap();
    return 0;
}
