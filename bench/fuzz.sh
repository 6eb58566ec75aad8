#!/usr/bin/env bash
# Fuzz run: the fuzz test's hostile requests (same generator, same seed, same requests), many more of
# them, against a Release site over real HTTP. Fails on any 5xx, an answer without the security headers,
# one that reflects the spoofed Host, or one that takes over 5 s.
#   bench/fuzz.sh CORPUS_DIR [REQUESTS] [SEED]     e.g. bench/fuzz.sh /tmp/archive-bench/2000/corpus 100000 1
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?corpus folder}
requests=${2:-100000}
seed=${3:-1}
index=$(dirname "$corpus")/archive-index
port=${PORT:-5081}
work=$(mktemp -d)
source bench/site.sh
dotnet build -c Release bench/Archive.Bench >/dev/null
import_corpus "$corpus" "$index"
start_site "$corpus" "$index" "$port" "$work/site.log"
site=$site_pid
trap 'kill $site 2>/dev/null || true; rm -rf "$work"' EXIT
wait_until_ready "$port"
dotnet bench/Archive.Bench/bin/Release/net10.0/Archive.Bench.dll fuzz --url "http://127.0.0.1:$port" \
  --requests "$requests" --seed "$seed" --pid "$site"
