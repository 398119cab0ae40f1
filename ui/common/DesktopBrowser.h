// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/BrowserLauncher.h"

namespace CreatorDesk {

// Opens sign-in pages in the person's default browser through QDesktopServices.
class DesktopBrowser final
{
public:
    static BrowserLauncher launcher();
};

} // namespace CreatorDesk
