#!/usr/bin/env bash
# Runs the benchmarks and prints one table, each figure beside its reference measured in the
# same run on the same machine. Figures only: nothing here fails on speed.
#   start-up: `creatordesk --demo --exit-after-startup` vs the smallest Qt Widgets program that
#             paints a window (tests/bench/startup_floor.cpp), taking turns: from before exec to
#             the first paint handled, and for the app also to the demo connection (sandbox
#             started, signed in); peak memory of the whole run
#   counting: Creator Desk's X counter vs twitter-text's JavaScript parseTweet (from npm)
#   drafts:   the Drafts pane's first paint with 10,000 local drafts vs with none
#   calendar: month/week repaint, model reload and a drag step with 10 000 scheduled items vs
#             the same views empty and a plain sort of the items (tests/bench/bench_calendar.cpp)
#   count --json: `creatordesk-cli count --json` as a whole process on a 123,000-text JSON
#             array (the counting corpus repeated), all five platforms, vs twitter-text's
#             JavaScript doing X alone on the same file (tests/bench/reference_count_process.js):
#             wall time and peak memory of each process
#   drafts import: `creatordesk-cli --demo drafts import FILE --dry-run --json` as a whole
#             process on a generated 100,000-row CSV (two-post threads, times, two accounts):
#             wall time and peak memory (the larger of the CLI's and of the demo sandbox it
#             starts: /usr/bin/time's figure covers the children a process waited for)
#   spelling: a keystroke (recount + repaint) in post 25 of a 50-post thread with spell checking
#             on vs off in the same run (tests/bench/bench_spelling.cpp)
#   upload:   a generated 512 MB video to the sandbox on loopback through Creator Desk's upload
#             path vs `curl -F files=@FILE` (tests/bench/bench_upload.cpp; BENCH_UPLOAD_MB=N
#             for another size), and the app's peak memory growth during its upload
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build}"
runs="${BENCH_RUNS:-10}"
export QT_QPA_PLATFORM=offscreen

cmake --build "$build" --target bench_counting bench_startup_floor bench_drafts bench_calendar bench_upload bench_spelling creatordesk creatordesk-cli creatordesk-sandbox >/dev/null

# One run of a program: the milliseconds from just before the process starts to its first
# painted window and, for the app in demo mode, to its demo connection being ready (both programs
# print the wall-clock time; the shutdown after it is not start-up), then its peak RSS in KiB.
start_up_once() {
    local start lines paint ready
    start=$(date +%s%N)
    lines=$(QT_LOGGING_RULES="creatordesk.app.info=true" \
        /usr/bin/time -f "%M" -o "$build/bench-time" "$@" 2>&1 >/dev/null || true)
    paint=$(grep -o 'first paint.*at epoch ns [0-9]*' <<<"$lines" | tail -n 1)
    ready=$(grep -o 'demo connection ready.*at epoch ns [0-9]*' <<<"$lines" | tail -n 1)
    printf '%s %s %s\n' "$(((${paint##* } - start) / 1000000))" \
        "$([ -n "$ready" ] && echo $(((${ready##* } - start) / 1000000)) || echo -)" \
        "$(cat "$build/bench-time")"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
peak_mb() { sort -n | tail -n 1 | awk '{printf "%.1f", $1 / 1024}'; }

# The app and the floor take turns, so that whatever else the machine does falls on both alike;
# medians over $runs runs each, the largest peak memory.
app_runs="" floor_runs=""
for _ in $(seq "$runs"); do
    app_runs+="$(start_up_once "$build/bin/creatordesk" --demo --exit-after-startup)"$'\n'
    floor_runs+="$(start_up_once "$build/tests/bench_startup_floor")"$'\n'
done
app_ms=$(awk 'NF {print $1}' <<<"$app_runs" | median)
ready_ms=$(awk 'NF {print $2}' <<<"$app_runs" | median)
app_mb=$(awk 'NF {print $3}' <<<"$app_runs" | peak_mb)
floor_ms=$(awk 'NF {print $1}' <<<"$floor_runs" | median)
floor_mb=$(awk 'NF {print $3}' <<<"$floor_runs" | peak_mb)

corpus="$build/bench-corpus.json"
ours=$(BENCH_CORPUS_OUT="$corpus" "$build/tests/bench_counting" | awk '/^X /{print $2}')
reference="n/a"
if command -v npm >/dev/null && npm install --silent --no-audit --no-fund --prefix "$build/bench-js" twitter-text@3 >/dev/null 2>&1; then
    reference=$(NODE_PATH="$build/bench-js/node_modules" node tests/bench/reference_twitter_text.js "$corpus" 100 | awk '{print $4}')
fi

# count --json as a whole process: the corpus repeated to 123,000 texts; time and peak memory of
# each process, medians over three runs.
big="$build/bench-count-123k.json"
python3 - "$corpus" "$big" <<'PY'
import json, sys
texts = json.load(open(sys.argv[1], encoding='utf-8'))
with open(sys.argv[2], 'w', encoding='utf-8') as out:
    json.dump([texts[i % len(texts)] for i in range(123000)], out, ensure_ascii=False)
PY
process_once() { # prints "seconds peak-KiB" of one run of the command, output discarded
    /usr/bin/time -f "%e %M" -o "$build/bench-time" "$@" <"$big" >/dev/null 2>&1 || true
    cat "$build/bench-time"
}
count_runs="" count_js_runs=""
for _ in 1 2 3; do
    count_runs+="$(process_once "$build/bin/creatordesk-cli" count --json)"$'\n'
    if [ "$reference" != "n/a" ]; then
        count_js_runs+="$(NODE_PATH="$build/bench-js/node_modules" process_once node tests/bench/reference_count_process.js "$big")"$'\n'
    fi
done
count_s=$(awk 'NF {print $1}' <<<"$count_runs" | median)
count_mb=$(awk 'NF {print $2}' <<<"$count_runs" | peak_mb)
count_js_s=$(awk 'NF {print $1}' <<<"$count_js_runs" | median)
count_js_mb=$(awk 'NF {print $2}' <<<"$count_js_runs" | peak_mb)
[ -n "$count_js_s" ] || count_js_s="n/a" count_js_mb="n/a"
big_mb=$(du -m "$big" | cut -f1)

# drafts import as a whole process: it streams the file, so its memory should not follow the
# file's size. --demo gives it the accounts to check the rows against; medians over three runs.
import_csv="$build/bench-import-100k.csv"
python3 - "$import_csv" <<'PY'
import sys
with open(sys.argv[1], 'w', encoding='utf-8', newline='') as out:
    out.write('text,scheduled_at,accounts\n')
    for i in range(100000):
        out.write(f'"Post {i}: a line about the launch, with ""quotes"" and a link '
                  f'https://example.com/{i}\n\nand a second post of the thread \U0001F44B",'
                  f'2031-01-{i % 28 + 1:02d}T09:30:00Z,acc-personal-twitter;acc-personal-bluesky\r\n')
PY
import_runs=""
for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$build/bench-time" "$build/bin/creatordesk-cli" --demo drafts import "$import_csv" --dry-run --json >/dev/null 2>&1 || true
    import_runs+="$(cat "$build/bench-time")"$'\n'
done
import_s=$(awk 'NF {print $1}' <<<"$import_runs" | median)
import_mb=$(awk 'NF {print $2}' <<<"$import_runs" | peak_mb)
import_file_mb=$(du -m "$import_csv" | cut -f1)

spelling_out=$("$build/tests/bench_spelling" 5 2>/dev/null || true)
spelling_on=$(awk '/^keystroke-on /{print $2}' <<<"$spelling_out")
spelling_off=$(awk '/^keystroke-off /{print $2}' <<<"$spelling_out")
[ -n "$spelling_on" ] || spelling_on="n/a" spelling_off="n/a"

drafts_out=$("$build/tests/bench_drafts" 10000 5 2>/dev/null)
drafts_ms=$(awk '/^first paint with 10000/ {print $6}' <<<"$drafts_out")
drafts_floor_ms=$(awk '/^first paint with no drafts/ {print $6}' <<<"$drafts_out")
upload_app="n/a" upload_curl="n/a" upload_growth="n/a"
if command -v curl >/dev/null; then
    upload=$("$build/tests/bench_upload" 2>/dev/null || true)
    upload_app=$(awk '/^app /{print $2}' <<<"$upload")
    upload_curl=$(awk '/^curl /{print $2}' <<<"$upload")
    upload_growth=$(awk '/^rss-growth /{print $2}' <<<"$upload")
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "n/a" }'; }
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr), Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6)"
echo
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "benchmark" "Creator Desk" "reference" "ratio" "goal"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..40})" "$(printf -- '-%.0s' {1..18})" "$(printf -- '-%.0s' {1..18})" "$(printf -- '-%.0s' {1..10})" "$(printf -- '-%.0s' {1..16})"
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "start-up to first paint (median, ms)" "$app_ms" "$floor_ms" "$(ratio "$app_ms" "$floor_ms")" "within 2x"
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "demo connection ready (median, ms)" "$ready_ms" "" "" ""
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "start-up peak memory (MB)" "$app_mb" "$floor_mb" "" "under 60 MB"
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "X counting (texts/s)" "$ours" "$reference" "$(ratio "$ours" "$reference")" "10x"
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "count --json, 123k texts ${big_mb} MB (s)" "$count_s" "$count_js_s" "$(ratio "$count_s" "$count_js_s")" "0.25x or less"
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "count --json peak memory (MB)" "$count_mb" "$count_js_mb" "" "under 64 MB"
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "import --dry-run, 100k rows ${import_file_mb} MB (s)" "$import_s" "" "" ""
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "drafts import peak memory (MB)" "$import_mb" "" "" "under 64 MB"
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "upload ${BENCH_UPLOAD_MB:-512} MB, loopback (MB/s)" "$upload_app" "$upload_curl" "$(ratio "$upload_app" "$upload_curl")" "0.8x or more"
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "upload peak memory growth (MB)" "$upload_growth" "" "" "under 64 MB"
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "keystroke, 50 posts, spelling on (ms)" "$spelling_on" "$spelling_off" "$(ratio "$spelling_on" "$spelling_off")" "under 4 ms"
printf '| %-38s | %-16s | %-16s | %-8s | %-14s |\n' "drafts list first paint, 10,000 (ms)" "$drafts_ms" "$drafts_floor_ms" "$(ratio "$drafts_ms" "$drafts_floor_ms")" "under 300 ms"

# The calendar program prints its own rows (figure, reference, goal); median of its runs.
echo
"$build/tests/bench_calendar" 2>/dev/null | sed 's/^/    /'
