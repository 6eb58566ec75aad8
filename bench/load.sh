#!/usr/bin/env bash
# Load test: 64 connections for 60 s against document pages and searches. Passes when there is no error
# and the site's memory after the run is within 10 % of its memory before (after a warm-up).
#   bench/load.sh CORPUS_DIR [INDEX_DIR]     e.g. bench/load.sh /tmp/archive-bench/10000/corpus
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?corpus folder}
index=${2:-$(dirname "$corpus")/archive-index}
port=${PORT:-5079}
work=$(mktemp -d)
command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; }
source bench/site.sh
import_corpus "$corpus" "$index"
start_site "$corpus" "$index" "$port" "$work/site.log"
site=$site_pid
trap 'kill $site 2>/dev/null || true; rm -rf "$work"' EXIT
wait_until_ready "$port"
curl -s "http://127.0.0.1:$port/api/documents?size=1000" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 | sed 's|^|/documents/|' > "$work/paths.txt"

rss() { awk '/VmRSS/ {print $2}' "/proc/$site/status"; }
WRK_PATHS="$work/paths.txt" wrk -t2 -c64 -d20s -s bench/wrk/mixed.lua "http://127.0.0.1:$port" >/dev/null   # warm-up
before=$(rss)
WRK_PATHS="$work/paths.txt" wrk -t2 -c64 -d60s --latency -s bench/wrk/mixed.lua "http://127.0.0.1:$port" | tee "$work/wrk.txt"
sleep 5
after=$(rss)

errors=$(awk -F'[:,]' '/non-2xx/ {print $2 + $4}' "$work/wrk.txt")
p99=$(awk '/ 99%/ {print $2}' "$work/wrk.txt")
rate=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
growth=$(( (after - before) * 100 / before ))
echo "64 connections, 60 s: $rate requests/s, p99 $p99, errors $errors; memory $((before / 1024)) MB before, $((after / 1024)) MB after ($growth %)"
[ "$errors" -eq 0 ] && [ "$growth" -le 10 ] && echo "PASS" || { echo "FAIL"; exit 1; }
