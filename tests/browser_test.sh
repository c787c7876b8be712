#!/usr/bin/env bash
# Browser test against the real server: ingests the sample corpus, starts `storytrace serve` on a
# free loopback port and runs tests/browser/story_page.mjs (headless Chromium). Screenshots are
# kept in OUT_DIR (default artifacts/browser).
# Usage: tests/browser_test.sh STORYTRACE_BINARY SOURCE_DIR [OUT_DIR]
set -euo pipefail
bin=$1 src=$2 out=${3:-$2/artifacts/browser}
export STORYTRACE_DATA=${STORYTRACE_DATA:-$src/data}
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
"$bin" ingest --db "$work/db.sqlite" "$src/examples/corpus" "$src/tests/browser/arabic.jsonl" 2>/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --db "$work/db.sqlite" --port "$port" --web "$src/web" > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
"$src/tests/browser/run.sh" "http://127.0.0.1:$port/" "$out"
