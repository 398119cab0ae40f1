// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <string>

namespace CreatorDesk::Terminal {

// Whether the stream is a terminal (console) a person reads or types at, rather than a pipe
// or a file, on POSIX systems and on Windows alike.
bool isInteractive(std::FILE *stream);

// One line from standard input; on a terminal what is typed is not shown (a password).
std::string readLineUnechoed();

} // namespace CreatorDesk::Terminal
