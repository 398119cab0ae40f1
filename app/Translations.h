// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace CreatorDesk {

// Installs Qt's and Creator Desk's translations for the system locale. Where there is none for
// it (a C locale, a language not yet translated), the English one still gives the plural forms
// ("1 post", "2 posts") that the sources write as "%n post(s)".
class Translations final
{
public:
    static void install(QCoreApplication *application);
};

} // namespace CreatorDesk
