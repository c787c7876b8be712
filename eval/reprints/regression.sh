#!/usr/bin/env bash
# Reprint detection regression check: run.sh, then exit 1 when precision or recall is below its floor.
# Usage: regression.sh STORYTRACE_BINARY [OUT_DIR]     (P_FLOOR=0.xx, R_FLOOR=0.xx in the environment override the floors)
# The set is built from the extraction benchmark; without it at ../shared beside the repository: exit 77 (skipped).
set -euo pipefail
p_floor=${P_FLOOR:-0.99}
r_floor=${R_FLOOR:-0.98}
here=$(cd "$(dirname "$0")" && pwd)
bench=$(cd "$here/../../.." && pwd)/shared/data/extraction-benchmark   # make_set.py's default
if [ ! -f "$bench/ground-truth.json" ]; then     # exit 77: ctest reports the test skipped (SKIP_RETURN_CODE)
  echo "SKIP: $bench not found (the repository expects the shared data at ../shared beside it)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$here/run.sh" "$@" --json "$tmp/scores.json"
python3 - "$tmp/scores.json" "$p_floor" "$r_floor" <<'PY'
import json, sys
m, pf, rf = json.load(open(sys.argv[1])), float(sys.argv[2]), float(sys.argv[3])
ok = m["precision"] >= pf and m["recall"] >= rf
print(f"reprints regression: P {m['precision']:.4f} (floor {pf:.4f}) R {m['recall']:.4f} (floor {rf:.4f}) "
      f"F1 {m['f1']:.4f}: {'ok' if ok else 'FAILED'}")
sys.exit(0 if ok else 1)
PY
