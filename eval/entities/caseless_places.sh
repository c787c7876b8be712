#!/usr/bin/env bash
# Places in Arabic and Chinese headlines (scripts without capitals) of OG2021 dev: ingests the
# headlines, exports the store and scores the LOC mentions of the Arabic and Chinese ones against
# caseless_places_judged.tsv (caseless_places.py). Fails below PRECISION_FLOOR / COVERAGE_FLOOR
# (default 0).
# Usage: caseless_places.sh STORYTRACE_BINARY DATA_DIR [GOLD.jsonl]
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
"$bin" ingest --db "$work/og.db" --data "$data" "$gold" 2>"$work/ingest.log" || {
  echo "ingest failed:"; cat "$work/ingest.log"; exit 1; }
"$bin" export --db "$work/og.db" --format jsonl >"$work/export.jsonl"
python3 "$here/caseless_places.py" "$here/caseless_places_judged.tsv" "$work/export.jsonl" \
  --min-precision "${PRECISION_FLOOR:-0}" --min-coverage "${COVERAGE_FLOOR:-0}"
