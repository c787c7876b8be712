#!/usr/bin/env bash
# Story clustering regression test on the OG2021 dev headlines (../shared/data/og2021-dev).
# Fails when BCubed F1 drops below the recorded level.
# Usage: regression.sh STORYTRACE_BINARY DATA_DIR [GOLD.jsonl]
set -euo pipefail
bin=$1 data=$2
here=$(cd "$(dirname "$0")" && pwd)
gold=${3:-$here/../../../shared/data/og2021-dev/titles.jsonl}
out=$("$bin" eval stories --data "$data" --gold "$gold" --format json)
echo "$out"
# Recorded 2026-11 with the default options: BCubed F1 0.5925.
python3 -c '
import json, sys
d = json.loads(sys.argv[1]); f1 = d["bcubed"]["f1"]; floor = 0.585
print(f"stories regression: BCubed F1 {f1:.4f} (floor {floor})", "ok" if f1 >= floor else "FAILED")
sys.exit(0 if f1 >= floor else 1)' "$out"
