// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace CreatorDesk {

// A yes/no question as a window-modal message box (opened, never exec()'d). `onConfirmed`
// runs only if the person chose `confirmLabel`, `onDeclined` (if any) otherwise; "Cancel" is
// the default button.
class Confirmation final
{
public:
    static void ask(QWidget *parent, const QString &title, const QString &text,
                    const QString &confirmLabel, std::function<void()> onConfirmed,
                    std::function<void()> onDeclined = {});
    // A message with one OK button (for refusals that say what to do instead).
    static void tell(QWidget *parent, const QString &title, const QString &text);
};

} // namespace CreatorDesk
