// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaUploadRoute.h"

#include "ApiError.h"
#include "SandboxState.h"
#include "XaiGate.h"

#include <QCryptographicHash>

#include <memory>

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

constexpr size_t headBytes = 12;

struct UploadPart
{
    std::string filename;
    std::string head;
    std::string type;
    std::uint64_t size = 0;
    bool overLimit = false;
    std::unique_ptr<QCryptographicHash> hash =
        std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
};

std::uint64_t limitFor(const std::string &type)
{
    if (type == "gif")
        return MediaUploadRoute::gifLimit;
    if (type == "video")
        return MediaUploadRoute::videoLimit;
    return MediaUploadRoute::imageLimit;
}

std::string limitText(const std::string &type)
{
    return std::to_string(limitFor(type) / MediaUploadRoute::megabyte) + " MB";
}

void addBytes(UploadPart &part, const char *data, size_t length)
{
    if (part.head.size() < headBytes)
        part.head.append(data, std::min(length, headBytes - part.head.size()));
    part.size += length;
    if (part.type.empty() && part.head.size() >= headBytes)
        part.type = MediaUploadRoute::detectType(part.head);
    if (!part.type.empty() && part.size > limitFor(part.type))
        part.overLimit = true;
    // Bytes beyond the limit are only counted, never kept.
    if (!part.overLimit)
        part.hash->addData(QByteArrayView(data, static_cast<qsizetype>(length)));
}

void upload(RequestContext &context)
{
    std::string userId;
    try {
        std::lock_guard lock(context.state.mutex);
        userId = XaiGate::authenticate(context).uuid;
    } catch (const ApiError &) {
        // Read the refused upload to its end so the client sees the error response.
        (*context.reader)([](const char *, size_t) { return true; });
        throw;
    }
    std::vector<UploadPart> parts;
    bool inFilesPart = false;
    const bool readOk = (*context.reader)(
        [&](const httplib::MultipartFormData &header) {
            inFilesPart = header.name == "files";
            if (inFilesPart) {
                parts.emplace_back();
                parts.back().filename = header.filename.empty() ? "file" : header.filename;
            }
            return true;
        },
        [&](const char *data, size_t length) {
            // Parts past the fourth are still read (and dropped) so the client gets the 400.
            if (inFilesPart && parts.size() <= MediaUploadRoute::maxFiles)
                addBytes(parts.back(), data, length);
            return true;
        });
    if (!readOk)
        throw ApiError::invalidInput("The body must be multipart/form-data with a files field.");
    if (parts.empty())
        throw ApiError::invalidInput("files is required: send 1 to 4 files.");
    if (parts.size() > MediaUploadRoute::maxFiles)
        throw ApiError::invalidInput("at most 4 files per request");
    for (UploadPart &part : parts) {
        if (part.size == 0)
            throw ApiError::invalidInput("File " + part.filename + " is empty.");
        if (part.type.empty())
            part.type = MediaUploadRoute::detectType(part.head);
        if (part.type.empty()) {
            throw ApiError::invalidInput("File " + part.filename +
                                         " is not a JPEG, PNG, WebP, GIF, MP4, MOV or WebM file.");
        }
        if (part.overLimit) {
            throw ApiError::xai(413, "INVALID_INPUT",
                                "File " + part.filename + " is larger than the " + part.type +
                                    " limit of " + limitText(part.type) + ".");
        }
    }

    json uploads = json::array();
    std::lock_guard lock(context.state.mutex);
    for (UploadPart &part : parts) {
        MediaItem item{Util::newUuid(), userId,
                       part.type,       part.hash->result().toHex().toStdString(),
                       part.filename,   part.size};
        context.state.media[item.id] = item;
        context.state.mediaBytes += part.size;
        uploads.push_back({{"mediaId", item.id},
                           {"url", context.baseUrl + "/media/" + item.id},
                           {"type", item.type}});
    }
    context.response.set_content(json{{"code", 0}, {"data", {{"uploads", uploads}}}}.dump(),
                                 "application/json");
}

// The sandbox keeps no media bytes, so a media URL describes the upload instead.
void describe(RequestContext &context)
{
    const auto item = context.state.media.find(context.param("id"));
    if (item == context.state.media.end())
        throw ApiError::notFound("No media with this id.");
    context.response.set_content(json{{"mediaId", item->second.id},
                                      {"type", item->second.type},
                                      {"size", item->second.size},
                                      {"sha256", item->second.sha256}}
                                     .dump(),
                                 "application/json");
}

} // namespace

std::string MediaUploadRoute::detectType(const std::string &head)
{
    auto bytesAre = [&head](size_t offset, std::string_view expected) {
        return head.size() >= offset + expected.size() &&
               head.compare(offset, expected.size(), expected) == 0;
    };
    if (bytesAre(0, "\xFF\xD8\xFF") || bytesAre(0, "\x89PNG") ||
        (bytesAre(0, "RIFF") && bytesAre(8, "WEBP")))
        return "image";
    if (bytesAre(0, "GIF87a") || bytesAre(0, "GIF89a"))
        return "gif";
    if (bytesAre(4, "ftyp") || bytesAre(0, "\x1A\x45\xDF\xA3")) // MP4/MOV, WebM (EBML)
        return "video";
    return {};
}

void MediaUploadRoute::registerRoutes(Router &router)
{
    router.add("POST", "/api/v1/twitter/media/upload", upload, true);
    router.add("GET", "/media/:id", describe);
}

} // namespace CreatorDesk::Sandbox
