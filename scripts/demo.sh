#!/usr/bin/env bash
# Installs what is missing, builds Creator Desk and opens it on the built-in demo sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$(nproc)"
exec build/bin/creatordesk --demo "$@"
