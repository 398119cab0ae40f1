// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/TextCount.h"

#include <QString>

namespace CreatorDesk {

// LinkedIn: 3000. The unit is undocumented; UTF-16 code units is the cautious reading (an emoji
// or a mathematical bold letter counts 2). The API's backslash escaping does not count.
class LinkedInCounter final
{
public:
    static constexpr int kMaxLength = 3000;

    static TextCount count(const QString &text);
};

} // namespace CreatorDesk
