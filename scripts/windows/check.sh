#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Creator Desk on Windows, from this Linux machine, in one go: the Windows toolchain (cached),
# the cross build, every test under Wine, the NSIS installer, a silent install into a fresh
# Wine prefix and the installed programs used as a person would; then the uninstaller.
# Ends with one line "N passed, M failed" and exits non-zero when M > 0.
#
#   scripts/windows/check.sh [QTSVG_SOURCE_DIR [QTKEYCHAIN_SOURCE_DIR]]   (see build-toolchain.sh)
#
# Environment: CREATORDESK_WINDOWS_CACHE (the toolchain's cache), BUILD_DIR (default
# build-windows), LINUX_CLI (a Linux creatordesk-cli to compare `count` with; default
# build/bin/creatordesk-cli when it exists), CHECK_DISPLAY (the X display the app is shown on;
# default :93, another for a second check running at the same time).
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
cache=${CREATORDESK_WINDOWS_CACHE:-$HOME/.cache/creatordesk-windows}
build=${BUILD_DIR:-$repo/build-windows}
work="$build/check"
jobs=${JOBS:-$(nproc)}
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_BASEDIR="$repo" CCACHE_NOHASHDIR=1
export CREATORDESK_WINDOWS_PREFIX="$cache/prefix"
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" LANG=C.UTF-8 LC_ALL=C.UTF-8

passed=0
failed=0
failures=()
stage_started=0
say() { printf '[windows-check] %s\n' "$*"; }
begin() { stage_started=$(date +%s); say "== $1"; }
finish() { say "== $1 took $(( $(date +%s) - stage_started )) s"; }
pass() { passed=$((passed + 1)); say "PASS $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); say "FAIL $1"; }
check() { # name command...: passes when the command exits 0
    local name=$1
    shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}
summary() {
    for f in "${failures[@]}"; do say "failed: $f"; done
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit $?
}

begin "toolchain"
if ! bash scripts/windows/build-toolchain.sh "$@"; then
    fail "toolchain"
    summary
fi
pass "toolchain"
finish "toolchain"

begin "cross build"
# The check's own files (logs, Wine prefixes, the screenshot) go here; a fresh clone has none.
mkdir -p "$build" "$work"
if cmake -S . -B "$build" -G Ninja -DCMAKE_TOOLCHAIN_FILE=packaging/windows/mingw-w64.cmake \
        -DCMAKE_BUILD_TYPE=Release -DCREATORDESK_WERROR=ON >"$build/configure.log" 2>&1 &&
    nice cmake --build "$build" -j "$jobs"; then
    pass "cross build (warnings as errors, every target)"
else
    tail -n 30 "$build/configure.log"
    fail "cross build"
    summary
fi
finish "cross build"

# Wine prefixes of our own, made fresh: one for the tests, one for the installed app.
# Wine links the user's Desktop, Documents, ... to the Unix home; here they are plain folders,
# so nothing run in the prefix reads or writes the real home (and a scan of the Windows home
# stays in the prefix).
new_prefix() {
    rm -rf "$1"
    WINEPREFIX="$1" wineboot --init >/dev/null 2>&1
    WINEPREFIX="$1" wineserver -w
    local link
    find "$1/drive_c/users" -type l | while read -r link; do
        rm "$link" && mkdir "$link"
    done
}

begin "tests under Wine"
export WINEPREFIX="$work/wine-tests"
new_prefix "$WINEPREFIX"
# One test at a time: Windows keeps settings and app data per user, not per $HOME.
ctest --test-dir "$build" --output-on-failure --timeout 600 -j 1 >"$work/ctest.log" 2>&1
sed -n '/tests passed/,$p' "$work/ctest.log"
while read -r line; do
    name=$(sed -E 's/.*Test +#[0-9]+: ([^ ]+) .*/\1/' <<<"$line")
    if grep -q ' Passed' <<<"$line"; then pass "test $name"; else fail "test $name"; fi
done < <(grep -E '^ *[0-9]+/[0-9]+ Test +#' "$work/ctest.log")
# No result at all is a failure too (a run that never started must not read as clean).
grep -qE '^ *[0-9]+/[0-9]+ Test +#' "$work/ctest.log" 2>/dev/null || fail "tests under Wine: no results"
wineserver -k 2>/dev/null
finish "tests under Wine"

begin "installer"
rm -f "$build"/creatordesk-*-win64.exe
(cd "$build" && cpack -G NSIS >"$work/cpack.log" 2>&1)
installer=$(ls "$build"/creatordesk-*-win64.exe 2>/dev/null | head -n 1)
if [ -n "$installer" ]; then
    pass "installer $(basename "$installer") ($(du -h "$installer" | cut -f1))"
else
    tail -n 30 "$work/cpack.log"
    fail "installer"
    summary
fi
finish "installer"

begin "silent install into a fresh Wine prefix"
export WINEPREFIX="$work/wine-user"
new_prefix "$WINEPREFIX"
wine "$installer" /S
wineserver -w
installed="$WINEPREFIX/drive_c/Program Files/Creator Desk"
for exe in creatordesk.exe creatordesk-cli.exe creatordesk-sandbox.exe Uninstall.exe \
           plugins/platforms/qwindows.dll qt.conf; do
    check "installed $exe" test -f "$installed/$exe"
done
check "Start-menu entry" bash -c "find '$WINEPREFIX/drive_c' -iname 'Creator Desk.lnk' | grep -q ."
finish "install"

cli() { wine "$installed/creatordesk-cli.exe" "$@"; }

begin "the installed programs"
# The same counts as the Linux build, for texts no ASCII counter gets right (emoji with skin
# tones, flags, CJK, Devanagari, URLs). Without a Linux build here, the figures it printed.
cli count --json <scripts/windows/count-input.json | tr -d '\r' >"$work/count-windows.json"
linux_cli=${LINUX_CLI:-$repo/build/bin/creatordesk-cli}
if [ -x "$linux_cli" ]; then
    QT_QPA_PLATFORM=offscreen "$linux_cli" count --json <scripts/windows/count-input.json \
        >"$work/count-linux.json"
else
    cp scripts/windows/count-expected.json "$work/count-linux.json"
fi
diff "$work/count-windows.json" "$work/count-linux.json" | head -n 20
check "count: same JSON as Linux" cmp -s "$work/count-windows.json" "$work/count-linux.json"
cli --demo credits | tr -d '\r' >"$work/credits.txt" 2>&1
cat "$work/credits.txt"
check "--demo credits shows the balance" grep -qi 'credit' "$work/credits.txt"

# Spelling with the dictionaries the installer put beside the programs (Windows has none of its
# own), and from a copy of the program folder whose name the ANSI code page cannot hold.
for file in en_US.aff en_US.dic en_US-copyright.txt de_DE.dic de_DE-copyright.txt; do
    check "installed dictionaries/$file" test -s "$installed/dictionaries/$file"
done
# spell NAME FOLDER EXIT PATTERN ARGUMENTS...: FOLDER's CLI spells ARGUMENTS, exits with EXIT
# and prints a line matching PATTERN (an empty PATTERN: prints nothing).
spell() {
    local name=$1 folder=$2 expected=$3 pattern=$4 ok=1
    shift 4
    wine "$folder/creatordesk-cli.exe" spell "$@" 2>"$work/spell-err.txt" | tr -d '\r' >"$work/spell.txt"
    local rc=${PIPESTATUS[0]}
    sed 's/^/    /' "$work/spell.txt" "$work/spell-err.txt"
    if [ "$rc" -eq "$expected" ]; then
        if [ -z "$pattern" ]; then [ -s "$work/spell.txt" ] || ok=0
        elif grep -qE "$pattern" "$work/spell.txt"; then ok=0; fi
    fi
    check "$name (exit $rc)" test "$ok" -eq 0
}
spell 'spell: "teh" misspelt, "the" suggested' "$installed" 1 '^teh: (.*, )?the(,|$)' \
    --lang en_US teh
spell "spell: a correct English sentence" "$installed" 0 '' \
    --lang en_US "The quick brown fox jumps over the lazy dog."
spell 'spell: German "Fehlr", "Fehler" suggested' "$installed" 1 '^Fehlr: (.*, )?Fehler(,|$)' \
    --lang de_DE "Ein Fehlr"
spell "spell: a correct German sentence (ß, umlauts)" "$installed" 0 '' \
    --lang de_DE "Die Straße und die Häuser."
elsewhere="$WINEPREFIX/drive_c/Wörter 辞書"
mkdir -p "$elsewhere" && cp -r "$installed" "$elsewhere/"
spell "spell from a copy in C:\\Wörter 辞書" "$elsewhere/Creator Desk" 1 \
    '^recieve: (.*, )?receive(,|$)' --lang en_US "I recieve it"
rm -rf "$elsewhere"

# The app itself, with the Windows platform plugin on an X display.
display=${CHECK_DISPLAY:-:93}
Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
sleep 2
DISPLAY=$display wine "$installed/creatordesk.exe" --demo >"$work/app.log" 2>&1 &
shown=1
for _ in $(seq 1 60); do
    if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Creator Desk'; then
        shown=0
        break
    fi
    sleep 1
done
sleep 8 # the demo connection and its first answers
mkdir -p docs/screenshots
DISPLAY=$display import -window root "$work/windows.png" 2>/dev/null
check "creatordesk.exe --demo opens its window" test "$shown" -eq 0
[ "$shown" -eq 0 ] && cp "$work/windows.png" docs/screenshots/windows.png
wineserver -k 2>/dev/null
kill "$xvfb" 2>/dev/null

# A key made through the Windows build lives in the Credential Manager only. The sandbox runs
# in the tests' prefix, so that ending the user's Wine session (a restart, which also writes
# Wine's registry to disk) leaves the server and the key it minted alone.
sandbox_out="$work/sandbox.txt"
WINEPREFIX="$work/wine-tests" wine "$installed/creatordesk-sandbox.exe" --port 0 >"$sandbox_out" 2>&1 &
for _ in $(seq 1 30); do grep -q '^http' "$sandbox_out" && break; sleep 1; done
url="$(grep -m1 '^http' "$sandbox_out" | tr -d '\r')/api/v1"
echo demo-password | cli --base-url "$url" login --email demo@creatordesk.test >"$work/login.txt" 2>&1
cat "$work/login.txt"
wineserver -k 2>/dev/null
sleep 1
cli --base-url "$url" credits >"$work/after-restart.txt" 2>&1
cat "$work/after-restart.txt"
check "key read back from the Credential Manager after a restart" grep -qi 'credit' "$work/after-restart.txt"
wineserver -k 2>/dev/null
check "no key in any file of drive_c" python3 scripts/windows/find-keys.py "$WINEPREFIX/drive_c"
WINEPREFIX="$work/wine-tests" wineserver -k 2>/dev/null
finish "installed programs"

begin "uninstall"
wine "$installed/Uninstall.exe" /S
wineserver -w
for _ in $(seq 1 20); do [ -e "$installed/creatordesk.exe" ] || break; sleep 1; done
check "uninstaller removed the program folder" test ! -e "$installed/creatordesk.exe"
finish "uninstall"

summary
