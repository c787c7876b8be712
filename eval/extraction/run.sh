#!/usr/bin/env bash
# Runs `storytrace extract` over the extraction benchmark, times it and scores it beside the peers.
# Usage: run.sh STORYTRACE_BINARY [BENCH_DIR] [score.py options, e.g. --worst 10 --json OUT]
# BENCH_DIR defaults to ../shared/data/extraction-benchmark beside the repository root.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '3,4s/^# //p' "$0" >&2; exit 2; }
bin=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
bench=$here/../../../shared/data/extraction-benchmark
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then bench=$1; shift; fi
[ -f "$bench/ground-truth.json" ] || { echo "run.sh: no benchmark at $bench (pass BENCH_DIR)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pages=$(find "$bench/html" -name '*.html.gz' | wc -l)
bytes=$(find "$bench/html" -name '*.html.gz' -exec zcat {} + | wc -c)
TIMEFORMAT='%R %U %S'
{ time "$bin" extract --format json "$bench/html" > "$tmp/pred.json" 2> "$tmp/stderr"; } 2> "$tmp/time" ||
  { echo "run.sh: $bin extract failed:" >&2; cat "$tmp/stderr" >&2; exit 1; }
[ -s "$tmp/stderr" ] && sed 's/^/  storytrace: /' "$tmp/stderr" >&2
read -r real user sys < "$tmp/time"
awk -v n="$pages" -v b="$bytes" -v r="$real" -v u="$user" -v s="$sys" 'BEGIN {
  printf "storytrace extract: %d pages, %.1f MB of HTML in %.2f s wall (%.2f s CPU): %.0f pages/s, %.1f MB/s wall; %.0f pages/s per CPU second\n",
         n, b / 1e6, r, u + s, n / r, b / 1e6 / r, n / (u + s + 1e-9) }'
python3 "$here/score.py" --bench "$bench" --storytrace "$tmp/pred.json" "$@"
