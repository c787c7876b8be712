#!/usr/bin/env bash
# Person mentions on the OG2021 dev headlines (../shared/data/og2021-dev): ingests them, exports
# the store (og2021_export.sh) and scores its PER mentions against og2021_persons.tsv
# (headline_persons.py). Fails below the floors PRECISION_FLOOR and RECALL_FLOOR (default 0).
# With RUNS=2 the stream is ingested in two runs into one store, as a user ingesting day by day
# would: the second run must still know the persons of the first.
# Usage: headlines.sh STORYTRACE_BINARY DATA_DIR [GOLD.jsonl]
# Without GOLD.jsonl and without the headlines at ../shared beside the repository: exit 77 (skipped).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export_file=$(mktemp)
trap 'rm -f "$export_file"' EXIT
"$here/og2021_export.sh" "$1" "$2" "$export_file" "${@:3}"
python3 "$here/headline_persons.py" "$here/og2021_persons.tsv" "$export_file" --show 10 \
  --min-precision "${PRECISION_FLOOR:-0}" --min-recall "${RECALL_FLOOR:-0}"
