#!/usr/bin/env bash
# Ingests the sample corpus, the seed articles and the benchmark articles of the quotes gold into a temporary
# store, exports them and scores entities and quotations against the three golds (examples/gold.json,
# eval/entities/seeds_gold.json, eval/entities/bench_quotes_gold.json).
# Usage: run.sh STORYTRACE_BINARY [SEEDS_DIR] [--bench BENCH_DIR] [--out DIR] [score.py options, e.g. --show-errors 20]
# SEEDS_DIR defaults to ../shared/samples/seeds and BENCH_DIR (the article-extraction benchmark, whose
# ground-truth.json holds the articles of the quotes gold) to ../shared/data/extraction-benchmark beside the
# repository root; a gold whose articles are absent is skipped. --out DIR keeps export.jsonl and the figures
# (sample.json, seeds.json, bench.json) there.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '5,9s/^# //p' "$0" >&2; exit 2; }
bin=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seeds=$root/../shared/samples/seeds
bench=$root/../shared/data/extraction-benchmark
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then seeds=$1; shift; fi
out=
args=()
while [ $# -gt 0 ]; do
  case $1 in
    --out) out=$2; shift 2 ;;
    --bench) bench=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
. "$here/ingest_export.sh"
make_work_dirs
rm -f "$out/sample.json" "$out/seeds.json" "$out/bench.json"    # no stale figures from an earlier --out run

inputs=("$root/examples/corpus")
if [ -d "$seeds" ]; then inputs+=("$seeds"); else echo "run.sh: no seeds at $seeds; the seed gold is skipped" >&2; fi
# The quotes gold's articles, as JSONL records {"id", "text"} built from the benchmark's clean articleBody.
if [ -f "$bench/ground-truth.json" ]; then
  mkdir -p "$tmp/bench"
  python3 - "$bench/ground-truth.json" "$here/bench_quotes_gold.json" "$tmp/bench/bench.jsonl" <<'PY'
import json, sys
truth = json.load(open(sys.argv[1], encoding="utf-8"))
ids = json.load(open(sys.argv[2], encoding="utf-8"))["articles"]
with open(sys.argv[3], "w", encoding="utf-8") as f:
    for aid in ids:
        if aid in truth:
            f.write(json.dumps({"id": aid, "text": truth[aid]["articleBody"]}, ensure_ascii=False) + "\n")
PY
  inputs+=("$tmp/bench/bench.jsonl")
else
  echo "run.sh: no benchmark at $bench; the bench quotes gold is skipped" >&2
fi
ingest_export run.sh "$bin" "$tmp" "$out/export.jsonl" "${inputs[@]}"

python3 "$here/score.py" --gold "$root/examples/gold.json" --export "$out/export.jsonl" --name "sample corpus" \
  --json "$out/sample.json" ${args[@]+"${args[@]}"}
if [ -d "$seeds" ]; then
  echo
  python3 "$here/score.py" --gold "$here/seeds_gold.json" --export "$out/export.jsonl" --name "seeds" \
    --json "$out/seeds.json" ${args[@]+"${args[@]}"}
fi
if [ -f "$tmp/bench/bench.jsonl" ]; then
  echo
  python3 "$here/score.py" --gold "$here/bench_quotes_gold.json" --export "$out/export.jsonl" --name "bench" \
    --json "$out/bench.json" ${args[@]+"${args[@]}"}
fi
echo
python3 - "$out/sample.json" "$out/seeds.json" "$out/bench.json" <<'PY'
import json, os, sys
cols = [(n, json.load(open(p))) for n, p in zip(("sample", "seeds", "bench"), sys.argv[1:]) if os.path.exists(p)]
f = lambda x: f"{x:.3f}"
rows = [
    ("quotes P / R / F1", lambda m: " / ".join(f(m["quotes"][k]) for k in ("precision", "recall", "f1"))),
    ("quote F1 without partial", lambda m: f(m["quotes"]["without_partial"]["f1"])),
    ("attribution (of matched)", lambda m: f(m["quotes"]["attribution"]["of_matched"])),
    ("mention recall", lambda m: f(m["mentions"]["recall"]) if "mentions" in m else "n/a"),
    ("mention precision", lambda m: f(m["mentions"]["precision"]) if "precision" in m.get("mentions", {}) else "n/a"),
    ("type accuracy", lambda m: f(m["types"]["accuracy"]) if "types" in m else "n/a"),
    ("variant pairs P / R / F1", lambda m: " / ".join(f(m["variants"][k]) for k in ("precision", "recall", "f1"))
                                 if "variants" in m else "n/a"),
]
print(f"| {'entities and quotes':26} | " + " | ".join(f"{n} ({m['articles']})".ljust(21) for n, m in cols) + " |")
print(f"|{'-' * 28}|" + "|".join("-" * 23 for _ in cols) + "|")
for name, get in rows:
    print(f"| {name:26} | " + " | ".join(get(m).ljust(21) for _, m in cols) + " |")
PY
