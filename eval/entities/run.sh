#!/usr/bin/env bash
# Ingests the sample corpus and the seed articles into a temporary store, exports them and scores
# entities and quotations against both golds (examples/gold.json, eval/entities/seeds_gold.json).
# Usage: run.sh STORYTRACE_BINARY [SEEDS_DIR] [--out DIR] [score.py options, e.g. --show-errors 20]
# SEEDS_DIR defaults to ../shared/samples/seeds beside the repository root; without it only the sample is scored.
# --out DIR keeps export.jsonl, sample.json and seeds.json (the figures) there.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '4,6s/^# //p' "$0" >&2; exit 2; }
bin=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seeds=$root/../shared/samples/seeds
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then seeds=$1; shift; fi
out=
args=()
while [ $# -gt 0 ]; do
  case $1 in
    --out) out=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -n "$out" ] || out=$tmp
mkdir -p "$out"

inputs=("$root/examples/corpus")
if [ -d "$seeds" ]; then inputs+=("$seeds"); else echo "run.sh: no seeds at $seeds; scoring the sample corpus only" >&2; fi
rc=0
"$bin" ingest --db "$tmp/st.db" "${inputs[@]}" 2> "$tmp/ingest.err" || rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
  echo "run.sh: $bin ingest failed ($rc):" >&2; cat "$tmp/ingest.err" >&2; exit 1
fi
if [ "$rc" -eq 3 ]; then echo "run.sh: some inputs were rejected:" >&2; sed "s/^/  /" "$tmp/ingest.err" >&2; fi
"$bin" export --db "$tmp/st.db" --format jsonl > "$out/export.jsonl"

python3 "$here/score.py" --gold "$root/examples/gold.json" --export "$out/export.jsonl" --name "sample corpus" \
  --json "$out/sample.json" ${args[@]+"${args[@]}"}
if [ -d "$seeds" ]; then
  echo
  python3 "$here/score.py" --gold "$here/seeds_gold.json" --export "$out/export.jsonl" --name "seeds" \
    --json "$out/seeds.json" ${args[@]+"${args[@]}"}
fi
echo
python3 - "$out/sample.json" "$out/seeds.json" <<'PY'
import json, os, sys
cols = [(n, json.load(open(p))) for n, p in zip(("sample", "seeds"), sys.argv[1:]) if os.path.exists(p)]
f = lambda x: f"{x:.3f}"
rows = [
    ("quotes P / R / F1", lambda m: " / ".join(f(m["quotes"][k]) for k in ("precision", "recall", "f1"))),
    ("quote F1 without partial", lambda m: f(m["quotes"]["without_partial"]["f1"])),
    ("attribution (of matched)", lambda m: f(m["quotes"]["attribution"]["of_matched"])),
    ("mention recall", lambda m: f(m["mentions"]["recall"])),
    ("mention precision", lambda m: f(m["mentions"]["precision"]) if "precision" in m["mentions"] else "n/a"),
    ("type accuracy", lambda m: f(m["types"]["accuracy"]) if "types" in m else "n/a"),
    ("variant pairs P / R / F1", lambda m: " / ".join(f(m["variants"][k]) for k in ("precision", "recall", "f1"))),
]
print(f"| {'entities and quotes':26} | " + " | ".join(f"{n} ({m['articles']})".ljust(21) for n, m in cols) + " |")
print(f"|{'-' * 28}|" + "|".join("-" * 23 for _ in cols) + "|")
for name, get in rows:
    print(f"| {name:26} | " + " | ".join(get(m).ljust(21) for _, m in cols) + " |")
PY
