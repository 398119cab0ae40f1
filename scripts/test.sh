#!/usr/bin/env bash
# Installs what is missing, builds Creator Desk, and runs the whole test suite:
# every test under CTest (in a private D-Bus session with an unlocked gnome-keyring, offscreen
# widgets), then the unit tests again in an AddressSanitizer + UBSan build.
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/install-deps

jobs=$(nproc)
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Hits across clones: paths are hashed relative to the checkout.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
export QT_QPA_PLATFORM=offscreen

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCREATORDESK_WERROR=ON
cmake --build build -j "$jobs"

# The keychain is real in tests: a Secret Service in a throw-away D-Bus session, with a
# keyring of its own (a person's login keyring is neither touched nor needed).
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
XDG_DATA_HOME="$keyring_home" dbus-run-session -- sh -c '
  echo -n ci-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir build --output-on-failure -j '"$jobs"' --timeout 300
'

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCREATORDESK_WERROR=ON \
      -DCREATORDESK_SANITIZE=ON
# The unit tests that are programs (tst_translations_de is a CMake script).
unit_tests=$(ctest --test-dir build -N -L unit | sed -n 's/^ *Test *#[0-9]*: //p' |
    while read -r name; do if [ -x "build/tests/$name" ]; then echo "$name"; fi; done)
# shellcheck disable=SC2086
cmake --build build-asan -j "$jobs" --target $unit_tests
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan -L unit --output-on-failure -j "$jobs"
