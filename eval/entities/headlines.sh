#!/usr/bin/env bash
# Person mentions on the OG2021 dev headlines (../shared/data/og2021-dev): ingests them, exports
# the store and scores its PER mentions against og2021_persons.tsv (headline_persons.py).
# Fails below the floors PRECISION_FLOOR and RECALL_FLOOR (default 0). With RUNS=2 the stream is
# ingested in two runs into one store (the earlier half by publication time first), as a user
# ingesting day by day would: the second run must still know the persons of the first.
# Usage: headlines.sh STORYTRACE_BINARY DATA_DIR [GOLD.jsonl]
# Without GOLD.jsonl and without the headlines at ../shared beside the repository: exit 77 (skipped).
set -euo pipefail
bin=$1 data=$2
here=$(cd "$(dirname "$0")" && pwd)
gold=${3:-$(cd "$here/../../.." && pwd)/shared/data/og2021-dev/titles.jsonl}
if [ $# -lt 3 ] && [ ! -f "$gold" ]; then
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
"$bin" export --db "$work/og.db" --format jsonl >"$work/export.jsonl"
python3 "$here/headline_persons.py" "$here/og2021_persons.tsv" "$work/export.jsonl" --show 10 \
  --min-precision "${PRECISION_FLOOR:-0}" --min-recall "${RECALL_FLOOR:-0}"
