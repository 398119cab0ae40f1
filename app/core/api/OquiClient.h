// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "api/Result.h"
#include "api/dto/KeyServiceDtos.h"

#include <QObject>

namespace CreatorDesk {

class HttpClient;

// oqui (seed 002): its one documented call, POST /assess. It costs a credit, so the app only
// makes it when the person asks to verify a key.
class OquiClient final : public QObject
{
    Q_OBJECT

public:
    explicit OquiClient(HttpClient *http, QObject *parent = nullptr);

    ApiJob *assess(const Json::json &input, QObject *context,
                   ResultHandler<OquiAssessment> handler);

private:
    HttpClient *m_http;
};

} // namespace CreatorDesk
