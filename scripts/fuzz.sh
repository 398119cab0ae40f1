#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each one briefly from its
# seed corpus. FUZZ_SECONDS sets how long (default 5 s each; a longer run: FUZZ_SECONDS=600).
# A crash leaves its input in build-fuzz/findings/<target>/ and fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-5}"

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCREATORDESK_FUZZ=ON -DCREATORDESK_BUILD_TESTS=OFF -DCREATORDESK_WERROR=ON >/dev/null
cmake --build build-fuzz --target creatordesk_fuzzers -j "$(nproc)"

for fuzzer in build-fuzz/fuzz/fuzz_*; do
    name=$(basename "$fuzzer" | sed 's/^fuzz_//')
    work="build-fuzz/corpus/$name"
    findings="build-fuzz/findings/$name"
    mkdir -p "$work" "$findings"
    cp -n tests/fuzz/corpus/"$name"/* "$work"/ 2>/dev/null || true
    "$fuzzer" "$work" -max_total_time="$seconds" -rss_limit_mb=2048 -artifact_prefix="$findings/" \
        -print_final_stats=1 2>&1 | grep -E 'number_of_executed_units|ERROR|SUMMARY' | sed "s/^/$name: /"
done
echo "fuzzing: no crash"
