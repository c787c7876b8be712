#!/usr/bin/env bash
# Runs storytrace's extraction on the benchmark, times it and scores it beside the peers.
# Usage: run.sh STORYTRACE_BINARY [BENCH_DIR] [score.py options, e.g. --worst 10]
# Set FLOOR=0.xx to fail (exit 1) when storytrace's F1 falls below it (regression test).
set -euo pipefail
bin=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
bench=$here/../../../shared/data/extraction-benchmark
if [ $# -gt 0 ] && [ -d "$1" ]; then bench=$1; shift; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mb=$(zcat "$bench"/html/*.html.gz | wc -c)
pages=$(ls "$bench"/html/*.html.gz | wc -l)
start=$(date +%s.%N)
"$bin" extract --format json "$bench/html" > "$out/pred.json"
end=$(date +%s.%N)
python3 - "$start" "$end" "$pages" "$mb" <<'PY'
import sys
s, e, n, b = map(float, sys.argv[1:])
print(f"storytrace extract: {int(n)} pages, {b/1e6:.1f} MB in {e-s:.2f} s: {n/(e-s):.0f} pages/s, {b/1e6/(e-s):.1f} MB/s (one process, includes start-up and gunzip)")
PY
python3 "$here/score.py" --bench "$bench" --storytrace "$out/pred.json" --json "$out/scores.json" "$@"
if [ -n "${FLOOR:-}" ]; then
  python3 -c '
import json, sys
f1 = json.load(open(sys.argv[1]))["storytrace"]["f1"]; floor = float(sys.argv[2])
print(f"extraction regression: F1 {f1:.4f} (floor {floor})", "ok" if f1 >= floor else "FAILED")
sys.exit(0 if f1 >= floor else 1)' "$out/scores.json" "$FLOOR"
fi
