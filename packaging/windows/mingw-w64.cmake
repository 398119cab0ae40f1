# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-compiling for 64-bit Windows from Debian with MinGW-w64 (posix threads, so std::thread
# and std::mutex work as on Linux). The same file builds Qt and its add-ons in
# scripts/windows/build-toolchain.sh and then Creator Desk against them.
#
# Where the Windows Qt lives: -DCREATORDESK_WINDOWS_PREFIX=... or the environment variable of
# that name; by default the cache folder the toolchain script fills.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_cd_triple x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_cd_triple}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_cd_triple}-g++-posix)
set(CMAKE_RC_COMPILER ${_cd_triple}-windres)

if(NOT CREATORDESK_WINDOWS_PREFIX)
    if(DEFINED ENV{CREATORDESK_WINDOWS_PREFIX})
        set(CREATORDESK_WINDOWS_PREFIX "$ENV{CREATORDESK_WINDOWS_PREFIX}")
    else()
        set(CREATORDESK_WINDOWS_PREFIX "$ENV{HOME}/.cache/creatordesk-windows/prefix")
    endif()
endif()
# try_compile() re-reads this file in a project of its own: hand the prefix on.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES CREATORDESK_WINDOWS_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${_cd_triple} "${CREATORDESK_WINDOWS_PREFIX}")
set(CMAKE_PREFIX_PATH "${CREATORDESK_WINDOWS_PREFIX}")
# Programs (moc, rcc, lrelease, makensis) are the build machine's; everything linked is Windows'.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# A cross-built Qt takes its tools (moc, rcc, uic, lrelease) from the build machine's Qt 6.
if(NOT QT_HOST_PATH)
    set(QT_HOST_PATH /usr)
endif()
if(NOT QT_HOST_PATH_CMAKE_DIR)
    set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake)
endif()

# Tests and build steps that run a Windows program run it under Wine.
if(NOT CMAKE_CROSSCOMPILING_EMULATOR)
    find_program(CREATORDESK_WINE NAMES wine64 wine)
    if(CREATORDESK_WINE)
        set(CMAKE_CROSSCOMPILING_EMULATOR "${CREATORDESK_WINE}")
    endif()
endif()
