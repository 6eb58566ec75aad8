#!/usr/bin/env bash
# Two stateless replicas over one index, behind nginx; one is killed (-9) mid-run. nginx retries
# idempotent requests on the other (proxy_next_upstream), so no request fails beyond those in flight.
#   bench/replicas.sh CORPUS_DIR [INDEX_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?corpus folder}
index=${2:-$(dirname "$corpus")/archive-index}
work=$(mktemp -d)
command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; }
command -v nginx >/dev/null || { apt-get update && apt-get install -y nginx; }
source bench/site.sh
import_corpus "$corpus" "$index"
start_site "$corpus" "$index" 5081 "$work/replica-5081.log"
a=$site_pid
start_site "$corpus" "$index" 5082 "$work/replica-5082.log"
b=$site_pid
trap 'kill $a $b 2>/dev/null || true; nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT
for port in 5081 5082; do wait_until_ready "$port"; done

mkdir -p "$work/tmp"
cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
  access_log off;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp; uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  upstream archive {
    server 127.0.0.1:5081 max_fails=1 fail_timeout=10s;
    server 127.0.0.1:5082 max_fails=1 fail_timeout=10s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:5080;
    location / {
      proxy_pass http://archive;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
    }
  }
}
NGINX
nginx -p "$work" -c "$work/nginx.conf"
curl -s "http://127.0.0.1:5080/api/documents?size=1000" | grep -o '"id":"[^"]*"' | cut -d'"' -f4 | sed 's|^|/documents/|' > "$work/paths.txt"

WRK_PATHS="$work/paths.txt" wrk -t2 -c16 -d30s --latency -s bench/wrk/mixed.lua "http://127.0.0.1:5080" > "$work/wrk.txt" &
load=$!
sleep 10
kill -9 "$a"
echo "killed replica 5081 at 10 s"
wait $load
cat "$work/wrk.txt"
errors=$(awk -F'[:,]' '/non-2xx/ {print $2 + $4}' "$work/wrk.txt")
echo "two replicas behind nginx, one killed mid-run: $(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt") requests/s, failed requests: $errors"
[ "$errors" -eq 0 ] && echo PASS || { echo FAIL; exit 1; }
