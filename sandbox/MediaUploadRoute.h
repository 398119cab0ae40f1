// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"

#include <cstdint>
#include <string>

namespace CreatorDesk::Sandbox {

// POST /api/v1/twitter/media/upload: streams each multipart part, hashing and counting bytes as
// they arrive, so even 4 x 512 MB uploads take constant memory. GET /media/:id describes one.
class MediaUploadRoute final
{
public:
    static constexpr std::uint64_t megabyte = 1024 * 1024;
    static constexpr std::uint64_t imageLimit = 5 * megabyte;
    static constexpr std::uint64_t gifLimit = 15 * megabyte;
    static constexpr std::uint64_t videoLimit = 512 * megabyte;
    static constexpr int maxFiles = 4;

    static void registerRoutes(Router &router);
    // "image", "gif", "video" or empty, from the first bytes of the content.
    static std::string detectType(const std::string &head);
};

} // namespace CreatorDesk::Sandbox
