#!/usr/bin/env bash
# Ingests the OG2021 dev headlines (../shared/data/og2021-dev) into a new store and writes its
# export (`storytrace export --format jsonl`) to OUT. With RUNS=2 the stream is ingested in two
# runs into one store (the earlier half by publication time first), as a user ingesting day by
# day would.
# Usage: og2021_export.sh STORYTRACE_BINARY DATA_DIR OUT [GOLD.jsonl]
# Without GOLD.jsonl and without the headlines at ../shared beside the repository: exit 77
# (what the scorers' tests report as skipped).
set -euo pipefail
bin=$1 data=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
gold=${4:-$(cd "$here/../../.." && pwd)/shared/data/og2021-dev/titles.jsonl}
if [ $# -lt 4 ] && [ ! -f "$gold" ]; then
  echo "SKIP: $gold not found (the repository expects the shared data at ../shared beside it)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
inputs=("$gold")
if [ "${RUNS:-1}" = 2 ]; then
  python3 - "$gold" "$work/first.jsonl" "$work/second.jsonl" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
rows.sort(key=lambda r: (r.get("published") or "", r["id"]))
half = len(rows) // 2
for path, part in ((sys.argv[2], rows[:half]), (sys.argv[3], rows[half:])):
    with open(path, "w", encoding="utf-8") as f:
        for r in part:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
  inputs=("$work/first.jsonl" "$work/second.jsonl")
fi
for input in "${inputs[@]}"; do
  "$bin" ingest --db "$work/og.db" --data "$data" "$input" 2>"$work/ingest.log" || {
    echo "ingest failed:"; cat "$work/ingest.log"; exit 1; }
done
"$bin" export --db "$work/og.db" --format jsonl >"$out"
