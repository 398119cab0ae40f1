// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CreatorDesk {

// What the command line asked for (see main.cpp).
struct StartupOptions
{
    bool demo = false;
    // Quit once the main window has been painted for the first time (smoke tests, timing).
    bool exitAfterStartup = false;
    // Empty: creatordesk-sandbox beside the executable.
    QString sandboxProgram;
    // Empty: the built-in service descriptions (":/services").
    QString servicesDirectory;
};

} // namespace CreatorDesk
