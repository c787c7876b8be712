#!/usr/bin/env bash
# Language-ID regression test: UDHR snippets, storytrace vs CLD2 alone and fastText alone.
# Fails when storytrace's accuracy on the languages both models support drops below the
# recorded level, or when it no longer beats both single models at 50 characters.
# Usage: regression.sh EVAL_BINARY DATA_DIR
set -euo pipefail
bin=$1 data=$2
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export STORYTRACE_NPM=$data/npm
node "$here/make_snippets.mjs" "$out/samples.jsonl" >/dev/null
"$bin" --data "$data" "$out/samples.jsonl" "$out"
python3 "$here/score.py" "$out/samples.jsonl" storytrace="$out/storytrace.jsonl" \
  cld2="$out/cld2.jsonl" fasttext="$out/fasttext.jsonl" \
  --supported cld2="$here/cld2_labels.txt" --supported fasttext="$here/fasttext_labels.txt" \
  --json "$out/scores.json"
# Recorded levels (common set, 2026-12-02, with the spelling check): paragraph 97.78%,
# 200 chars 98.36%, 50 chars 96.10%.
python3 - "$out/scores.json" <<'PY'
import json, sys
k = json.load(open(sys.argv[1]))["kinds"]
acc = lambda kind, sys_: k[kind][sys_]["common"]["acc"]
floors = {"paragraph": 0.975, "200": 0.981, "50": 0.958}
bad = [f"{kind}: {acc(kind, 'storytrace'):.4f} < {f}" for kind, f in floors.items()
       if acc(kind, "storytrace") < f]
if acc("50", "storytrace") <= max(acc("50", "cld2"), acc("50", "fasttext")):
    bad.append("50: storytrace no longer beats both single models")
print("langid regression:", "FAILED " + "; ".join(bad) if bad else "ok")
sys.exit(1 if bad else 0)
PY
