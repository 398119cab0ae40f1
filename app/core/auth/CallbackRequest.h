// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace CreatorDesk {

// What one HTTP request to the OAuth loopback listener is, judged from its request line
// alone: a pure function, so it can be tested and fuzzed without sockets.
struct CallbackRequest
{
    enum class Verdict {
        Malformed,        // not "METHOD TARGET HTTP/1.x"
        MethodNotAllowed, // anything but GET
        OtherPath,        // favicon.ico and friends
        WrongState,       // missing, unexpected or forged state
        Denied,           // the person refused in the browser (error=...)
        MissingCode,
        Accepted,
    };

    Verdict verdict = Verdict::Malformed;
    QUrlQuery query; // for Accepted

    static CallbackRequest classify(const QByteArray &requestLine, const QString &path,
                                    const QString &expectedState);
};

} // namespace CreatorDesk
