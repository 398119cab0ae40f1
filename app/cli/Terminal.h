// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <string>

namespace CreatorDesk::Terminal {

// Whether the stream is a terminal (console) a person reads or types at, rather than a pipe
// or a file, on POSIX systems and on Windows alike.
bool isInteractive(std::FILE *stream);

// Standard input is data from here on (a text to count or check, a JSON array), byte for byte:
// Windows' C library would otherwise turn "\r\n" into "\n" (offsets would be short by one) and
// end the input at a Ctrl+Z byte. Nothing to do elsewhere.
void readInputAsData();

// One line from standard input; on a terminal what is typed is not shown (a password).
std::string readLineUnechoed();

} // namespace CreatorDesk::Terminal
