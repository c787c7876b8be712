#!/usr/bin/env bash
# Geotagging evaluation: ingests the 25 English benchmark articles of the entity gold and the 30 WMT23 de-en
# dev documents into a temporary store, exports them and scores their places on the map against
# eval/geo/geo_gold.json (annotated blind: which real place each name means, and each article's focus).
# Usage: run.sh STORYTRACE_BINARY [--out DIR] [score.py options, e.g. --show-errors 40]
# The texts are read from ../shared/data (extraction-benchmark/ground-truth.json, wmt23-de-en-dev) beside
# the repository root; without them the evaluation is skipped. --out DIR keeps the inputs, export.jsonl
# and the figures (geo.json) there. Floors from the environment (GEO_R_FLOOR, GEO_P_FLOOR, GEO_FOCUS_FLOOR,
# over all articles) make it a regression check: exit 1 below a floor, 77 (skipped) without the texts.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '5,9s/^# //p' "$0" >&2; exit 2; }
bin=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=$root/../shared/data
. "$root/eval/entities/ingest_export.sh"
read_out_option "$@"
if [ ! -f "$shared/extraction-benchmark/ground-truth.json" ] || [ ! -f "$shared/wmt23-de-en-dev/articles.jsonl" ]; then
  skip_gold "geo run.sh" "no texts under $shared; the geotagging gold is skipped" \
    GEO_R_FLOOR GEO_P_FLOOR GEO_FOCUS_FLOOR
fi
make_work_dirs
rm -f "$out/geo.json"    # no stale figures from an earlier --out run

python3 - "$shared/extraction-benchmark/ground-truth.json" "$here/geo_gold.json" "$out/bench.jsonl" <<'PY'
import json, sys
truth = json.load(open(sys.argv[1], encoding="utf-8"))
gold = json.load(open(sys.argv[2], encoding="utf-8"))["articles"]
with open(sys.argv[3], "w", encoding="utf-8") as f:
    for aid, info in gold.items():
        if info.get("source") == "bench":
            f.write(json.dumps({"id": aid, "text": truth[aid]["articleBody"]}, ensure_ascii=False) + "\n")
PY
python3 "$root/eval/stories/wmt_gold.py" "$shared/wmt23-de-en-dev" > "$out/wmt.jsonl"
ingest_export "geo run.sh" "$bin" "$tmp" "$out/export.jsonl" "$out/bench.jsonl" "$out/wmt.jsonl"
python3 "$here/score.py" --gold "$here/geo_gold.json" --export "$out/export.jsonl" --json "$out/geo.json" \
  ${args[@]+"${args[@]}"}
floors_met "geotagging regression" "$out/geo.json" "GEO_R|place recall|all.recall" \
  "GEO_P|place precision|all.precision" "GEO_FOCUS|focus accuracy|all.focus"
