// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/TwitterConfig.h"
#include "text/TwitterCount.h"

#include <QString>

namespace CreatorDesk {

// X's weighted length (twitter-text v3, COUNTING.md): NFC, URLs cost 23, an emoji sequence 2,
// other code points 1 or 2 by range; valid when 0 < length <= 280 and the text holds none of
// U+FFFE, U+FEFF, U+FFFF.
class TwitterCounter final
{
public:
    static TwitterCount count(const QString &text,
                              const TwitterConfig &config = TwitterConfig::v3());
};

} // namespace CreatorDesk
