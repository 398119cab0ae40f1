// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace CreatorDesk::Testing {

// True in a Windows build of a test that runs under Wine (the cross-build's test runs), so a
// test can name a difference of Wine's, not of Windows', when it skips.
bool runningUnderWine();

} // namespace CreatorDesk::Testing
