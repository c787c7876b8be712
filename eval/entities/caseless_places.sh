#!/usr/bin/env bash
# Places in Arabic and Chinese headlines (scripts without capitals) of OG2021 dev: ingests the
# headlines, exports the store (og2021_export.sh) and scores the LOC mentions of the Arabic and
# Chinese ones against caseless_places_judged.tsv (caseless_places.py). Fails below
# PRECISION_FLOOR / COVERAGE_FLOOR (default 0).
# Usage: caseless_places.sh STORYTRACE_BINARY DATA_DIR [GOLD.jsonl]
# Without GOLD.jsonl and without the headlines at ../shared beside the repository: exit 77 (skipped).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export_file=$(mktemp)
trap 'rm -f "$export_file"' EXIT
"$here/og2021_export.sh" "$1" "$2" "$export_file" "${@:3}"
python3 "$here/caseless_places.py" "$here/caseless_places_judged.tsv" "$export_file" \
  --min-precision "${PRECISION_FLOOR:-0}" --min-coverage "${COVERAGE_FLOOR:-0}"
