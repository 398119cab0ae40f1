// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace CreatorDesk {

class ConnectionModel;

// Asked before a service mints a key it shows only once: is there a keychain to keep it in?
class KeychainCheck final
{
public:
    // Runs `proceed` once the key can be kept: in the keychain (sessionOnly false), or, when
    // none answers and the person agrees in a question, for this run only (sessionOnly true).
    // `action` is the question's button, e.g. "Sign in for this run only"; `declined` runs if
    // the person says no.
    static void beforeMinting(QWidget *parent, ConnectionModel *connections, const QString &action,
                              std::function<void(bool sessionOnly)> proceed,
                              std::function<void()> declined = {});
};

} // namespace CreatorDesk
