#!/usr/bin/env bash
# Language ID on real news headlines: the OG2021 dev headlines (5,833 in 9 languages, each with
# the language its source publishes in), storytrace against CLD2 alone and fastText alone.
# With FLOOR set it is a regression test: fails when storytrace's accuracy drops below FLOOR or
# no longer beats both single models.
# Usage: headlines.sh EVAL_BINARY DATA_DIR [TITLES.jsonl]
set -euo pipefail
bin=$1 data=$2
here=$(cd "$(dirname "$0")" && pwd)
titles=${3:-$(cd "$here/../../.." && pwd)/shared/data/og2021-dev/titles.jsonl}
if [ ! -f "$titles" ]; then
  echo "SKIP: $titles not found (the repository expects the shared data at ../shared beside it)"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 -c '
import json, sys
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        out.write(json.dumps({"lang": d["lang"], "kind": "headline", "text": d["title"]}, ensure_ascii=False) + "\n")
' "$titles" "$out/samples.jsonl"
"$bin" --data "$data" "$out/samples.jsonl" "$out" 2>/dev/null
python3 - "$out" "${FLOOR:-0}" <<'PY'
import json, sys
from collections import Counter
out, floor = sys.argv[1], float(sys.argv[2])
samples = [json.loads(l) for l in open(f"{out}/samples.jsonl", encoding="utf-8")]
canon = lambda code: {"no": "nb", "iw": "he", "jw": "jv"}.get(code, code.split("-")[0])
acc = {}
for name in ("storytrace", "cld2", "fasttext"):
    pred = {}
    for line in open(f"{out}/{name}.jsonl"):
        p = json.loads(line)
        pred[p["i"]] = canon(p["pred"])
    wrong = Counter((s["lang"], pred.get(i, "und")) for i, s in enumerate(samples) if pred.get(i) != s["lang"])
    acc[name] = 1 - sum(wrong.values()) / len(samples)
    top = ", ".join(f"{g}→{p} {n}" for (g, p), n in wrong.most_common(5))
    print(f"{name:<11} {100 * acc[name]:6.2f}%  ({len(samples)} headlines; most frequent errors: {top})")
if floor > 0:
    bad = []
    if acc["storytrace"] < floor:
        bad.append(f"{acc['storytrace']:.4f} < {floor}")
    if acc["storytrace"] <= max(acc["cld2"], acc["fasttext"]):
        bad.append("storytrace no longer beats both single models")
    print("langid headlines regression:", "FAILED " + "; ".join(bad) if bad else "ok")
    sys.exit(1 if bad else 0)
PY
