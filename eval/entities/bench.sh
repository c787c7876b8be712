#!/usr/bin/env bash
# Ingests the 25 English articles of the entity gold eval/entities/bench_gold.json (from the article-
# extraction benchmark: their clean articleBody, as run.sh reads the quotes gold's) into a temporary
# store, exports them and scores the entities. The gold was annotated without looking at storytrace's
# output, after the rules it measures were written: an out-of-sample check of the English mention finder.
# Usage: bench.sh STORYTRACE_BINARY [--gold GOLD.json] [--out DIR] [score.py options, e.g. --show-errors 40]
# The articles are read from ../shared/data/extraction-benchmark/ground-truth.json beside the repository
# root; without it the gold is skipped. --gold scores another gold of benchmark articles (bench2_gold.json,
# the second blind one) instead of bench_gold.json. --out DIR keeps bench_entities.jsonl, export.jsonl and the
# figures (bench_entities.json) there. The gold has no quotations: score.py's quote lines are left out.
# Floors from the environment (MENTION_R_FLOOR, MENTION_P_FLOOR, TYPES_FLOOR, VARIANT_F1_FLOOR) make it
# a regression check: exit 1 when a figure falls below its floor, 77 (skipped) when the articles are
# absent.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '6,10s/^# //p' "$0" >&2; exit 2; }
bin=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
truth=$root/../shared/data/extraction-benchmark/ground-truth.json
. "$here/ingest_export.sh"
read_out_option "$@"
gold=$here/bench_gold.json
rest=()
for ((k = 0; k < ${#args[@]}; k++)); do
  if [ "${args[k]}" = --gold ]; then gold=${args[k + 1]}; k=$((k + 1)); else rest+=("${args[k]}"); fi
done
args=(${rest[@]+"${rest[@]}"})
[ -f "$truth" ] || skip_gold bench.sh "no benchmark at $truth; the benchmark entity gold is skipped"
make_work_dirs
rm -f "$out/bench_entities.json"    # no stale figures from an earlier --out run

python3 - "$truth" "$gold" "$out/bench_entities.jsonl" <<'PY'
import json, sys
truth = json.load(open(sys.argv[1], encoding="utf-8"))
ids = json.load(open(sys.argv[2], encoding="utf-8"))["articles"]
missing = [a for a in ids if a not in truth]
if missing:
    sys.exit(f"bench.sh: {len(missing)} gold articles are not in the benchmark: {missing[:3]}")
with open(sys.argv[3], "w", encoding="utf-8") as f:
    for aid in ids:
        f.write(json.dumps({"id": aid, "text": truth[aid]["articleBody"]}, ensure_ascii=False) + "\n")
PY
ingest_export bench.sh "$bin" "$tmp" "$out/export.jsonl" "$out/bench_entities.jsonl"
n=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["articles"]))' "$gold")
python3 "$here/score.py" --gold "$gold" --export "$out/export.jsonl" \
  --name "benchmark entities ($n English articles, $(basename "$gold"))" --json "$out/bench_entities.json" \
  ${args[@]+"${args[@]}"} | drop_quotes
check_floors bench "$out/bench_entities.json"
