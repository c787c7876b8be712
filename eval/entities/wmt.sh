#!/usr/bin/env bash
# Ingests the 30 WMT23 de-en dev documents (15 German news articles and their English translations) into a
# temporary store, exports them and scores the entities against eval/entities/wmt_gold.json: all articles,
# then the German and the English ones alone.
# Usage: wmt.sh STORYTRACE_BINARY [--out DIR] [score.py options, e.g. --show-errors 40]
# The documents are read from ../shared/data/wmt23-de-en-dev beside the repository root (made into JSONL by
# eval/stories/wmt_gold.py); without them the gold is skipped. --out DIR keeps wmt.jsonl, export.jsonl and the
# figures (wmt.json, wmt_de.json, wmt_en.json) there. The gold has no quotations: score.py's quote lines
# are left out and the table shows n/a for them.
# Floors from the environment (MENTION_R_FLOOR, MENTION_P_FLOOR, TYPES_FLOOR, VARIANT_F1_FLOOR; over all
# 30 documents) make it a regression check: exit 1 when a figure falls below its floor, 77 (skipped) when
# the documents are absent.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '5,9s/^# //p' "$0" >&2; exit 2; }
bin=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
wmt=$root/../shared/data/wmt23-de-en-dev
. "$here/ingest_export.sh"
read_out_option "$@"
[ -f "$wmt/articles.jsonl" ] || skip_gold wmt.sh "no WMT23 documents at $wmt; the WMT gold is skipped"
make_work_dirs
rm -f "$out/wmt.json" "$out/wmt_de.json" "$out/wmt_en.json"    # no stale figures from an earlier --out run

python3 "$root/eval/stories/wmt_gold.py" "$wmt" > "$out/wmt.jsonl"
ingest_export wmt.sh "$bin" "$tmp" "$out/export.jsonl" "$out/wmt.jsonl"

# The gold cut to one language's articles, so that each language gets its own figures.
python3 - "$here/wmt_gold.json" "$tmp" <<'PY'
import json, sys
gold = json.load(open(sys.argv[1], encoding="utf-8"))
for lang in ("de", "en"):
    keep = {a for a, l in gold["articles"].items() if l == lang}
    part = dict(gold, articles={a: l for a, l in gold["articles"].items() if a in keep},
                ignore=[x for x in gold["ignore"] if x["id"] in keep], entities=[])
    for e in gold["entities"]:
        m = {a: v for a, v in e["mentions"].items() if a in keep}
        o = {a: v for a, v in e.get("optional", {}).items() if a in keep}
        if m or o:
            part["entities"].append(dict(e, mentions=m, optional=o, articles=sorted(set(m) | set(o))))
    with open(f"{sys.argv[2]}/wmt_{lang}.json", "w", encoding="utf-8") as f:
        json.dump(part, f, ensure_ascii=False)
PY

python3 "$here/score.py" --gold "$here/wmt_gold.json" --export "$out/export.jsonl" --name "wmt" \
  --json "$out/wmt.json" ${args[@]+"${args[@]}"} | drop_quotes
for lang in de en; do
  python3 "$here/score.py" --gold "$tmp/wmt_$lang.json" --export "$out/export.jsonl" --name "wmt $lang" \
    --json "$out/wmt_$lang.json" ${args[@]+"${args[@]}"} > /dev/null
done
echo
python3 - "$out/wmt.json" "$out/wmt_de.json" "$out/wmt_en.json" <<'PY'
import json, sys
cols = [(n, json.load(open(p))) for n, p in zip(("all", "de", "en"), sys.argv[1:])]
f = lambda x: f"{x:.3f}"
rows = [
    ("mention recall", lambda m: f"{f(m['mentions']['recall'])} ({m['mentions']['found']}/{m['mentions']['gold']})"),
    ("entity recall", lambda m: f"{f(m['mentions']['entity_recall'])} ({m['mentions']['entities_found']}/"
                                f"{m['mentions']['entities_gold']})"),
    ("mention precision", lambda m: f"{f(m['mentions']['precision'])} ({m['mentions']['predicted']} pred.)"),
    ("type accuracy", lambda m: f"{f(m['types']['accuracy'])} ({m['types']['right']}/{m['types']['checked']})"),
    ("variant pairs P / R / F1", lambda m: " / ".join(f(m["variants"][k]) for k in ("precision", "recall", "f1"))),
    ("quotes", lambda m: "n/a"),
]
print(f"| {'WMT23 de-en dev entities':26} | " + " | ".join(f"{n} ({m['articles']})".ljust(21) for n, m in cols) + " |")
print(f"|{'-' * 28}|" + "|".join("-" * 23 for _ in cols) + "|")
for name, get in rows:
    print(f"| {name:26} | " + " | ".join(get(m).ljust(21) for _, m in cols) + " |")
PY
check_floors wmt "$out/wmt.json"
