// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Terminal.h"

#include <QtGlobal>

#include <iostream>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace CreatorDesk::Terminal {

bool isInteractive(std::FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return ::isatty(fileno(stream)) == 1;
#endif
}

void readInputAsData()
{
#ifdef Q_OS_WIN
    _setmode(_fileno(stdin), _O_BINARY);
#endif
}

std::string readLineUnechoed()
{
    std::string line;
    if (!isInteractive(stdin)) {
        std::getline(std::cin, line);
        return line;
    }
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD saved = 0;
    const bool changed = GetConsoleMode(input, &saved) != 0 &&
                         SetConsoleMode(input, saved & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
    std::getline(std::cin, line);
    if (changed)
        SetConsoleMode(input, saved);
#else
    termios saved{};
    const bool changed = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (changed) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::getline(std::cin, line);
    if (changed)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
#endif
    return line;
}

} // namespace CreatorDesk::Terminal
