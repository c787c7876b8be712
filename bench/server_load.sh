#!/usr/bin/env bash
# Load test of `storytrace serve`: loads a corpus (PUT for .txt/.html files, POST for .jsonl),
# then runs wrk (2 threads, 32 connections, --latency) against GET /threads and against the
# largest story's detail, each for DURATION seconds, while a loop keeps PUTting changed
# articles. Prints wrk's requests/s, latency percentiles and errors, and the writer's rate.
# Usage: bench/server_load.sh STORYTRACE_BINARY [CORPUS_DIR (default examples/corpus)]
#                             [DURATION_SECONDS (default 20)]
# Needs wrk, curl and python3. STORYTRACE_DATA as for the other commands; SERVE_THREADS sets
# the server's worker threads (default 48: one per connection, as keep-alive holds a worker).
# KEEP_LOG=FILE keeps the server log.
set -euo pipefail
bin=$1
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${2:-$here/examples/corpus}
duration=${3:-20}
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "server_load: $tool is required"; exit 1; }
done
export STORYTRACE_DATA=${STORYTRACE_DATA:-$here/data}
work=$(mktemp -d)
pid=
writer=
cleanup() {
  touch "$work/stop"
  if [ -n "$writer" ]; then wait "$writer" 2>/dev/null || true; fi
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  [ -n "${KEEP_LOG:-}" ] && cp "$work/server.log" "$KEEP_LOG"; rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
# More workers than wrk connections plus the writer loop: a keep-alive connection holds its
# worker while it stays open.
"$bin" serve --db "$work/load.db" --port "$port" --threads "${SERVE_THREADS:-48}" > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/health" || true)" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || { echo "server_load: the server exited:"; cat "$work/server.log"; exit 1; }
  sleep 0.1
done

# --- load the corpus ------------------------------------------------------------------------
mapfile -t files < <(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) | sort)
mapfile -t feeds < <(find "$corpus" -type f \( -name '*.jsonl' -o -name '*.ndjson' \) | sort)
[ ${#files[@]} -gt 0 ] || { echo "server_load: no .txt or .html files in $corpus"; exit 1; }
type_of() { case $1 in *.htm | *.html) echo text/html ;; *) echo text/plain ;; esac; }
start=$(date +%s.%N)
for f in "${files[@]}"; do
  curl -s -o /dev/null -X PUT --data-binary @"$f" -H "Content-Type: $(type_of "$f")" \
    -H 'Cache-Control: max-age=31536000' "$base/$(basename "$f")"
done
for f in "${feeds[@]}"; do
  curl -s -o /dev/null -X POST --data-binary @"$f" -H 'Content-Type: application/x-ndjson' \
    "$base/api/v1/articles"
done
python3 - "$start" "$(date +%s.%N)" "${#files[@]}" "${#feeds[@]}" <<'EOF'
import sys
start, end, files, feeds = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print(f"loaded {files} files by PUT and {feeds} JSONL feeds by POST in {end - start:.2f}s")
EOF
story=$(curl -s "$base/api/v1/stories?limit=1" |
  python3 -c 'import json, sys, urllib.parse; s = json.load(sys.stdin)["stories"]; print(urllib.parse.quote(s[0]["id"], safe="") if s else "")')
[ -n "$story" ] || { echo "server_load: no story after loading $corpus"; exit 1; }

# --- the writer: PUT changed copies of the corpus files until told to stop -----------------------
put_loop() {
  local i=0 f code
  while [ ! -e "$work/stop" ]; do
    for f in "${files[@]}"; do
      [ -e "$work/stop" ] && break
      i=$((i + 1))
      code=$({ cat "$f"; printf '\n\nUpdate %d.\n' "$i"; } |
        curl -s -o /dev/null -w '%{http_code}' -X PUT --data-binary @- \
          -H "Content-Type: $(type_of "$f")" -H 'Cache-Control: max-age=31536000' \
          "$base/load-$i-$(basename "$f")" || true)
      echo "$code" >> "$work/put_codes"
    done
  done
}

run() {
  local label=$1 path=$2
  rm -f "$work/stop"
  : > "$work/put_codes"
  put_loop &
  writer=$!
  echo
  echo "=== $label: GET $path, ${duration}s, 2 threads, 32 connections, PUT loop running"
  wrk -t2 -c32 -d"${duration}s" --latency "$base$path"
  touch "$work/stop"
  wait "$writer" || true
  writer=
  python3 - "$work/put_codes" "$duration" <<'EOF'
import collections, sys
codes = collections.Counter(l.strip() for l in open(sys.argv[1]) if l.strip())
total = sum(codes.values())
bad = sum(n for c, n in codes.items() if not c.startswith("2"))
print(f"writer: {total} PUTs ({total / float(sys.argv[2]):.1f}/s), {bad} failed, codes {dict(codes)}")
EOF
}

run "threads" "/threads?period=86400&lang_code=any"
run "story detail" "/api/v1/stories/$story"
echo
echo "=== server metrics after the run"
curl -s "$base/api/v1/metrics"
echo
