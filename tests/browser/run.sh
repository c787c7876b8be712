#!/usr/bin/env bash
# Runs the browser test of the web page (tests/browser/story_page.mjs).
#
#   tests/browser/run.sh URL [OUT_DIR]     against a running server, e.g. http://127.0.0.1:8080/
#   tests/browser/run.sh --mock [OUT_DIR]  against web/dev/mock_server.mjs on a free port
#
# Screenshots go to OUT_DIR (default artifacts/browser). Needs chromium and playwright-core
# (scripts/setup.sh --deps-only installs both).
set -euo pipefail
cd "$(dirname "$0")/../.."

usage() { echo "usage: $0 URL|--mock [OUT_DIR]" >&2; exit 2; }
[ $# -ge 1 ] || usage
target=$1
out=${2:-artifacts/browser}
mkdir -p "$out"

mock_pid=
cleanup() { if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; wait "$mock_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

if [ "$target" = --mock ]; then
  log=$(mktemp)
  # Port 0: the system picks a free port, which the mock prints on its first line.
  node web/dev/mock_server.mjs --port 0 >"$log" 2>&1 &
  mock_pid=$!
  url=
  for _ in $(seq 1 100); do
    url=$(grep -o 'http://[^ ]*/' "$log" | head -n 1 || true)
    [ -n "$url" ] && break
    kill -0 "$mock_pid" 2>/dev/null || { cat "$log" >&2; echo "mock server did not start" >&2; exit 1; }
    sleep 0.1
  done
  rm -f "$log"
  [ -n "$url" ] || { echo "mock server did not report its address" >&2; exit 1; }
  echo "browser test: mock server at $url"
else
  case $target in
    http://* | https://*) url=$target ;;
    *) usage ;;
  esac
fi

node tests/browser/story_page.mjs "$url" "$out"
