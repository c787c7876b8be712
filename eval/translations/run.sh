#!/usr/bin/env bash
# Translation detection on real parallel news (WMT23 de-en dev documents), the seeds (000 is a
# translation of 001) and the sample corpus (one translation pair; every other cross-language
# pair reports the same events in independently written text: the hard negatives).
# Usage: run.sh EVAL_BINARY [DATA_DIR] [--check]
#   --check: exit 1 when a gold pair is missed, a false pair is linked, or the seed pair's
#            margin over the seeds' and sample corpus's non-translation pairs is below MARGIN_FLOOR.
# Without the WMT23 documents or the seeds at ../shared beside the repository: exit 77 (skipped).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
shared=$(cd "$root/.." && pwd)/shared
for need in "$shared/data/wmt23-de-en-dev/articles.jsonl" "$shared/data/wmt23-de-en-dev/translation_pairs.json" \
    "$shared/samples/seeds"; do
  if [ ! -e "$need" ]; then     # exit 77: ctest reports the test skipped (SKIP_RETURN_CODE)
    echo "SKIP: $need not found (the repository expects the shared data at ../shared beside it)"
    exit 77
  fi
done
bin=$1; shift
data=$root/data
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then data=$1; shift; fi
check=0
[ "${1:-}" = "--check" ] && check=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo '[["000_3e26478349579299", "001_367bf738dcaa9115"]]' > "$tmp/seeds.json"
python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["translations"]))' \
  "$root/examples/gold.json" > "$tmp/examples.json"
STORYTRACE_DATA=$data "$bin" --dump "$tmp/pairs.jsonl" \
  --pairs "$shared/data/wmt23-de-en-dev/translation_pairs.json" --pairs "$tmp/seeds.json" \
  --pairs "$tmp/examples.json" \
  "$shared/data/wmt23-de-en-dev/articles.jsonl" "$shared/samples/seeds" "$root/examples/corpus" |
  tee "$tmp/report.txt"
python3 - "$tmp/pairs.jsonl" "$check" "${MARGIN_FLOOR:-0.05}" "$tmp/report.txt" \
  "${ONLINE_RECALL_FLOOR:-1.0}" <<'PY'
import json, re, sys
pairs = [json.loads(l) for l in open(sys.argv[1])]
check, floor = sys.argv[2] == "1", float(sys.argv[3])
online = re.search(r"online detector .*precision ([0-9.]+) recall ([0-9.]+)", open(sys.argv[4]).read())
online_p, online_r = float(online.group(1)), float(online.group(2))
online_floor = float(sys.argv[5])
seed = [p for p in pairs if {p["a"], p["b"]} == {"000_3e26478349579299", "001_367bf738dcaa9115"}][0]
local_neg = max(p["score"] for p in pairs if not p["gold"] and not p["a"].startswith("wmt-"))
margin = seed["score"] - local_neg
print(f"seed pair 000 <-> 001: score {seed['score']:.3f}; strongest non-translation pair in the "
      f"seeds and sample corpus {local_neg:.3f}; margin {margin:+.3f} (floor {floor:+.3f})")
if check:
    thr = 0.44  # TranslationOptions::threshold
    fn = [p for p in pairs if p["gold"] and p["score"] < thr]
    fp = [p for p in pairs if not p["gold"] and p["score"] >= thr]
    ok = not fn and not fp and margin >= floor and online_p == 1.0 and online_r >= online_floor
    print(f"translation regression: {len(fn)} missed, {len(fp)} false at threshold {thr}; online "
          f"P {online_p:.3f} R {online_r:.3f} (floor {online_floor:.2f}): {'ok' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)
PY
