// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/OquiClient.h"

#include "api/TypedCall.h"

namespace CreatorDesk {

OquiClient::OquiClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{}

ApiJob *OquiClient::assess(const Json::json &input, QObject *context,
                           ResultHandler<OquiAssessment> handler)
{
    return sendTyped<OquiAssessment>(*m_http, ApiRequest::post(QStringLiteral("/assess"), input),
                                     context, std::move(handler));
}

} // namespace CreatorDesk
