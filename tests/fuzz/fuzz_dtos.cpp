// SPDX-License-Identifier: GPL-3.0-or-later
// Every DTO parser on arbitrary bytes: the first byte picks the parser. A parser may refuse
// (DtoError) but must not crash, hang or leak.
#include "api/dto/Acknowledgement.h"
#include "api/dto/AuthDtos.h"
#include "api/dto/ContentDtos.h"
#include "api/dto/KeyServiceDtos.h"
#include "api/dto/MediaDtos.h"
#include "api/dto/PublishDtos.h"
#include "api/dto/ScheduleDtos.h"

#include <cstddef>
#include <cstdint>

using namespace CreatorDesk;

namespace {
template<typename T>
void parse(const Json::json &object)
{
    try {
        (void)T::fromJson(object);
    } catch (const Json::DtoError &) {
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    Json::json object;
    try {
        object = Json::parseObject(body);
    } catch (const Json::DtoError &) {
        return 0;
    }
    using Parser = void (*)(const Json::json &);
    static constexpr Parser parsers[] = {
        parse<SignInResult>,
        parse<OAuthStart>,
        parse<ApiKeyList>,
        parse<Acknowledgement>,
        parse<TwitterConnectSession>,
        parse<TwitterConnectResult>,
        parse<DraftList>,
        parse<CreatedDraft>,
        parse<PublishOutcome>,
        parse<QuoteResult>,
        parse<PlatformPostResult>,
        parse<ScheduleConfirmation>,
        parse<ScheduleList>,
        parse<MediaUploadResult>,
        parse<SocialSetList>,
        parse<CreditBalance>,
        parse<XquikAccount>,
        parse<XquikKeyList>,
        parse<XquikCreatedKey>,
        parse<OquiAssessment>,
        parse<ExampleApiKeyList>,
    };
    parsers[data[0] % std::size(parsers)](object);
    return 0;
}
