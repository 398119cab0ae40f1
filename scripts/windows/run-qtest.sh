#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a Qt Test program under Wine for CTest. A Windows program without a console sends Qt
# Test's log to the debugger (OutputDebugString), not to its standard output, so the log goes
# to a file that is printed afterwards; the exit code is the test's.
#   run-qtest.sh TEST.exe [test arguments]
set -u
exe=$1
shift
# Wine keeps the host's QT_* variables from Windows programs (they would mislead a Windows Qt);
# WINEQT_* reach them as QT_* (QT_QPA_PLATFORM=offscreen above all).
while IFS='=' read -r name _; do
    case $name in QT_*) export "WINE$name=${!name}" ;; esac
done < <(env)
log=$(mktemp --suffix=.txt)
trap 'rm -f "$log"' EXIT
"${WINE:-wine}" "$exe" -o "Z:$log,txt" "$@"
rc=$?
cat "$log" 2>/dev/null
exit $rc
