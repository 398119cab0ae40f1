// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace CreatorDesk {

// Xquik's Machine Payments Protocol challenge, sent with a 402 as
// `WWW-Authenticate: Payment id="..", realm="..", method="..", intent="..", request="<base64url
// JSON>"`.
struct PaymentChallenge
{
    QString id;
    QString realm;
    QString method;
    QString intent;
    // Decoded from `request`.
    QString amount;
    QString currency;
    QString recipient;

    // Returns nothing when the header is not a well-formed Payment challenge.
    static std::optional<PaymentChallenge> parse(const QByteArray &headerValue);
};

} // namespace CreatorDesk
