#!/usr/bin/env bash
# Reruns every benchmark in docs/performance.md: corpus, import, in-process search against SQLite FTS5
# and a naive scan, and HTTP with wrk against the site in Release mode.
#   bench/run.sh [COUNT] [WORK_DIR]       e.g. bench/run.sh 100000 /tmp/archive-bench
# RUNS (default 3) repeats import and search; IMPORT_RUNS and SEARCH_RUNS set each on its own.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
work=${2:-/tmp/archive-bench}/$count
runs=${RUNS:-3}
port=${PORT:-5077}
mkdir -p "$work"

command -v wrk >/dev/null && command -v jq >/dev/null || { apt-get update && apt-get install -y wrk jq; }
dotnet build -c Release bench/Archive.Bench >/dev/null
dotnet build -c Release src/Archive.Web >/dev/null
dotnet build -c Release src/Archive.Cli >/dev/null
bench="dotnet bench/Archive.Bench/bin/Release/net10.0/Archive.Bench.dll"

[ -d "$work/corpus" ] || $bench generate --count "$count" --seed 1 --out "$work/corpus"
echo "## $count documents"; echo
if [ -z "${HTTP_ONLY:-}" ]; then
  $bench import --source "$work/corpus" --work "$work" --runs "${IMPORT_RUNS:-$runs}"; echo
  $bench search --source "$work/corpus" --work "$work" --runs "${SEARCH_RUNS:-$runs}" --iterations "${ITERATIONS:-200}"; echo
  $bench stages --source "$work/corpus"; echo
fi

# HTTP: the site in Release over the same index (brought up to date first), rate limiting off for the load.
site_index="$work/archive-index"
dotnet src/Archive.Cli/bin/Release/net10.0/Archive.Cli.dll import --source "$work/corpus" --index "$site_index" | tail -1
mkdir -p "$work/webroot"
start=$(date +%s%N)
Archive__SourceDirectory="$work/corpus" Archive__IndexDirectory="$site_index" Archive__RateLimit__Disabled=true \
  Archive__CheckIndexOnStart=false Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  ASPNETCORE_WEBROOT="$work/webroot" dotnet src/Archive.Web/bin/Release/net10.0/Archive.Web.dll --urls "http://127.0.0.1:$port" >"$work/site.log" 2>&1 &
site=$!
trap 'kill $site 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.05; done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "site: first answered request $ready ms after start (index up to date, opened at once)"

# The paths to request come from the index's own files: /api/documents?size=1000 (8 MB of JSON at 100k)
# and /api/directives (12 MB) would leave their mark on the memory measured below.
generation="$site_index/$(cat "$site_index/current")"
jq -r '.[:1000][] | "/documents/" + .id' "$generation/catalog.json" > "$work/documents.txt"
curl -s "http://127.0.0.1:$port$(head -1 "$work/documents.txt")" > "$work/webroot/static.html"
echo "document page: $(wc -c < "$work/webroot/static.html") bytes of HTML"
# The 200 most cited directives' pages and every province's page, each beside a static file of its first's size.
jq -r '.entries | sort_by(-(.documents | length)) | .[:200][] | "/directives/" + .slug' \
  "$generation/directives.json" > "$work/directives.txt"
curl -s "http://127.0.0.1:$port/provinces" | grep -o 'href="/provinces/[^"]*"' | cut -d'"' -f2 > "$work/provinces.txt"
curl -s "http://127.0.0.1:$port$(head -1 "$work/directives.txt")" > "$work/webroot/static-directive.html"
curl -s "http://127.0.0.1:$port$(head -1 "$work/provinces.txt")" > "$work/webroot/static-province.html"
echo "directive page: $(wc -c < "$work/webroot/static-directive.html") bytes; province page: $(wc -c < "$work/webroot/static-province.html") bytes ($(wc -l < "$work/provinces.txt") provinces)"

wrk_run() { # name, then wrk arguments
  local name=$1; shift
  wrk -t2 -c"${CONNECTIONS:-16}" -d"${DURATION:-15}s" --latency "$@" > "$work/wrk-$name.txt"
  printf '| %s | %s | %s |\n' "$name" "$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$name.txt")" "$(awk '/ 99%/ {print $2}' "$work/wrk-$name.txt")"
}
# warm up, then measure
WRK_PATHS="$work/documents.txt" wrk -t2 -c16 -d5s -s bench/wrk/paths.lua "http://127.0.0.1:$port" >/dev/null
echo; echo "| HTTP, 16 connections | requests/s | p99 |"; echo "|---|---:|---:|"
WRK_PATHS="$work/documents.txt" wrk_run "documents" -s bench/wrk/paths.lua "http://127.0.0.1:$port"
wrk_run "search" -s bench/wrk/search.lua "http://127.0.0.1:$port"
wrk_run "static file, same size" "http://127.0.0.1:$port/static.html"
WRK_PATHS="$work/directives.txt" wrk_run "directive pages" -s bench/wrk/paths.lua "http://127.0.0.1:$port"
wrk_run "static file, a directive page's size" "http://127.0.0.1:$port/static-directive.html"
WRK_PATHS="$work/provinces.txt" wrk_run "province pages" -s bench/wrk/paths.lua "http://127.0.0.1:$port"
wrk_run "static file, a province page's size" "http://127.0.0.1:$port/static-province.html"
# Resident memory in two parts: the process's own (heap, code) and the index files' pages it has mapped.
mb() { awk -v key="$1:" '$1 == key {print int($2 / 1024)}' /proc/$site/status; }
echo; echo "site memory after the run: $(mb VmRSS) MB resident ($(mb RssAnon) MB heap and other private memory, $(mb RssFile) MB mapped files: runtime libraries, and the index if it were mapped)"
