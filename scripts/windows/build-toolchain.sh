#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds, once, what Creator Desk needs to be cross-compiled for 64-bit Windows from Debian:
# Qt 6.4.2 qtbase (from Debian's own source package), Qt Svg 6.4.2, QtKeychain and a static
# Hunspell (Debian's source package), all for x86_64-w64-mingw32 with posix threads, plus the
# header-only nlohmann/json (the host's) and cpp-httplib (the whole header, from Debian's source
# package). Everything goes into one cache folder; a second run with it present only checks.
#
#   scripts/windows/build-toolchain.sh [QTSVG_SOURCE_DIR [QTKEYCHAIN_SOURCE_DIR]]
#
# Environment:
#   CREATORDESK_WINDOWS_CACHE  the cache folder (default ~/.cache/creatordesk-windows)
#   QTSVG_SRC, QTKEYCHAIN_SRC  source folders of Qt Svg v6.4.2 and QtKeychain v0.13.2 (or the
#                              arguments above); without them, cloned from their public
#                              repositories where the internet is reachable
#   JOBS                       parallel compile jobs (default: nproc)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

cache=${CREATORDESK_WINDOWS_CACHE:-$HOME/.cache/creatordesk-windows}
prefix="$cache/prefix"
jobs=${JOBS:-$(nproc)}
qtsvg_src=${1:-${QTSVG_SRC:-}}
qtkeychain_src=${2:-${QTKEYCHAIN_SRC:-}}
qt_version=6.4.2
keychain_tag=v0.13.2
hunspell_version=1.7.1 # Debian bookworm's
triple=x86_64-w64-mingw32

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-20G}"
# Qt compiles with precompiled headers: ccache takes them with this sloppiness.
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
# The host's pkg-config must not hand host libraries to a Windows build.
export PKG_CONFIG_LIBDIR="$prefix/lib/pkgconfig" PKG_CONFIG_PATH=""

say() { printf '[windows-toolchain] %s\n' "$*"; }
stage_started=0
begin() { stage_started=$(date +%s); say "$1"; }
finish() { say "$1 took $(( $(date +%s) - stage_started )) s"; }

install_packages() {
    local wanted=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
        wine64 wine nsis cmake ninja-build ccache dpkg-dev qt6-base-dev qt6-base-dev-tools
        qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n nlohmann-json3-dev
        libcpp-httplib-dev git xz-utils python3 xvfb xauth x11-utils imagemagick patch pkg-config
        hunspell-en-us hunspell-de-de)
    local missing=()
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# apt-get source needs a deb-src entry; the machine's Debian entry is mirrored as one.
ensure_deb_src() {
    if grep -Rqs -e '^deb-src ' -e '^Types:.*deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
            $sudo tee /etc/apt/sources.list.d/debian-src.sources >/dev/null
    else
        grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' |
            $sudo tee /etc/apt/sources.list.d/debian-src.list >/dev/null
    fi
    $sudo apt-get update -qq
}

cmake_cross() { # source build [extra cmake arguments]
    local src=$1 build=$2
    shift 2
    cmake -S "$src" -B "$build" -G Ninja -Wno-dev \
        -DCMAKE_TOOLCHAIN_FILE="$cache/mingw-w64.cmake" \
        -DCREATORDESK_WINDOWS_PREFIX="$prefix" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake "$@"
    nice cmake --build "$build" -j "$jobs"
    cmake --install "$build" >/dev/null
}

source_from_git() { # name url tag given-folder -> prints a folder holding the sources at tag
    local name=$1 url=$2 tag=$3 given=$4
    if [ -n "$given" ]; then
        echo "$given"
        return 0
    fi
    local dir="$cache/src/$name"
    if [ ! -d "$dir" ]; then
        git clone -q --depth 1 --branch "$tag" "$url" "$dir" >&2 ||
            { say "cannot reach $url: pass the $name sources as an argument (see the header)" >&2; exit 2; }
    fi
    echo "$dir"
}

all_started=$(date +%s)
mkdir -p "$cache/src" "$cache/build" "$prefix"
begin "packages"
install_packages
# The cache keeps its own copy of the toolchain file: Qt records the path of the file it was
# configured with, and a clone of this repository may be gone when the cache is used again.
cp -p "$repo/packaging/windows/mingw-w64.cmake" "$cache/mingw-w64.cmake"
finish "packages"

if [ ! -f "$prefix/.qtbase-$qt_version" ]; then
    begin "Qt $qt_version qtbase (Debian's source package, about 1,300 steps)"
    ensure_deb_src
    if ! ls -d "$cache"/src/qt6-base-"$qt_version"* >/dev/null 2>&1; then
        (cd "$cache/src" && apt-get source -qq qt6-base="$qt_version"* 2>/dev/null || apt-get source -qq qt6-base)
    fi
    qtbase_src=$(ls -d "$cache"/src/qt6-base-"$qt_version"*/ | head -n 1)
    # wintab (tablet input) is not in the +dfsg tarball, hence no tablet events; with OpenGL
    # off, dynamicgl must be switched off by hand or qwindowswindow.cpp does not compile.
    cmake_cross "$qtbase_src" "$cache/build/qtbase" \
        -DQT_USE_CCACHE=ON -DBUILD_SHARED_LIBS=ON -DFEATURE_pkg_config=OFF \
        -DFEATURE_sql=OFF -DFEATURE_printsupport=OFF -DFEATURE_opengl=OFF -DFEATURE_dbus=OFF \
        -DFEATURE_openssl=OFF -DFEATURE_schannel=ON -DFEATURE_vulkan=OFF \
        -DFEATURE_tabletevent=OFF -DFEATURE_dynamicgl=OFF \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
    touch "$prefix/.qtbase-$qt_version"
    finish "qtbase"
else
    say "qtbase $qt_version: cached"
fi

# build_from_git NAME VERSION URL TAG GIVEN_SOURCE [cmake arguments]: once, marked in the prefix.
build_from_git() {
    local name=$1 version=$2 url=$3 tag=$4 given=$5
    shift 5
    if [ -f "$prefix/.$name-$version" ]; then
        say "$name $version: cached"
        return 0
    fi
    begin "$name $version"
    local src
    src=$(source_from_git "$name" "$url" "$tag" "$given")
    cmake_cross "$src" "$cache/build/$name" "$@"
    touch "$prefix/.$name-$version"
    finish "$name"
}

build_from_git qtsvg "$qt_version" https://github.com/qt/qtsvg.git "v$qt_version" "$qtsvg_src" \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
# QtKeychain's Windows backend is the Credential Manager.
build_from_git qtkeychain "$keychain_tag" https://github.com/frankosterfeld/qtkeychain.git \
    "$keychain_tag" "$qtkeychain_src" \
    -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF \
    -DUSE_CREDENTIAL_STORE=ON

# Hunspell, static (the app links it into creatordesk_core): Debian's sources, with one patch
# so that a MinGW build opens \\?\ + UTF-8 paths wide, as an MSVC build does
# (packaging/windows/hunspell/). Only its library is built, by a CMakeLists.txt of ours.
if [ ! -f "$prefix/.hunspell-$hunspell_version" ]; then
    begin "Hunspell $hunspell_version (Debian's source package, static)"
    if [ ! -d "$cache/src/hunspell-$hunspell_version" ]; then
        ensure_deb_src
        (cd "$cache/src" &&
            { apt-get source -qq "hunspell=$hunspell_version-1" 2>/dev/null || apt-get source -qq hunspell; })
    fi
    hunspell_src="$cache/src/hunspell-$hunspell_version"
    [ -d "$hunspell_src" ] || { say "Debian's hunspell is not $hunspell_version: change hunspell_version"; exit 1; }
    patch_file="$repo/packaging/windows/hunspell/mingw-wide-paths.patch"
    # Once only: a second run finds the sources patched already.
    if ! patch -d "$hunspell_src" -p1 -R -s -f --dry-run <"$patch_file" >/dev/null 2>&1; then
        patch -d "$hunspell_src" -p1 -s <"$patch_file"
    fi
    cmake_cross "$repo/packaging/windows/hunspell" "$cache/build/hunspell" \
        -DHUNSPELL_SOURCE_DIR="$hunspell_src"
    touch "$prefix/.hunspell-$hunspell_version"
    finish "Hunspell"
else
    say "Hunspell $hunspell_version: cached"
fi

begin "header-only libraries and the MinGW runtime"
# nlohmann/json is headers only: the host's, copied so that no host include folder (with
# glibc's headers in it) reaches a Windows compile. Debian's libcpp-httplib-dev ships the
# header split from a compiled Linux library; its source package has the whole header.
mkdir -p "$prefix/include" "$prefix/share/cmake" "$prefix/bin"
cp -rp /usr/include/nlohmann "$prefix/include/"
if ! ls "$cache"/src/cpp-httplib-*/httplib.h >/dev/null 2>&1; then
    ensure_deb_src
    (cd "$cache/src" && apt-get source -qq cpp-httplib)
fi
cp -p "$(ls "$cache"/src/cpp-httplib-*/httplib.h | head -n 1)" "$prefix/include/httplib.h"
json_cmake=$(dirname "$(find /usr/share/cmake /usr/lib/cmake /usr/lib/x86_64-linux-gnu/cmake -name nlohmann_jsonConfig.cmake 2>/dev/null | head -n 1)")
rm -rf "$prefix/share/cmake/nlohmann_json"
cp -rp "$json_cmake" "$prefix/share/cmake/nlohmann_json"
# The posix-thread runtime every MinGW program here needs beside it.
for dll in libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll; do
    found=$( (ls /usr/lib/gcc/$triple/*-posix/$dll /usr/$triple/lib/$dll 2>/dev/null || true) | head -n 1)
    [ -n "$found" ] || { say "missing $dll"; exit 1; }
    cp -p "$found" "$prefix/bin/"
done
finish "headers and runtime"

say "ready in $(( $(date +%s) - all_started )) s: $prefix"
