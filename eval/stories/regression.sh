#!/usr/bin/env bash
# Story clustering regression test on the OG2021 dev headlines (../shared/data/og2021-dev), replayed
# through the clusterer and through the whole ingest pipeline, and on the WMT23 de-en dev documents
# (full texts and their translations, ../shared/data/wmt23-de-en-dev) through ingest.
# Fails when BCubed F1 or cross-lingual pair precision or recall drops below the recorded level,
# or when fewer stories than recorded are headed (summary headline or stored title) by a
# headline of their main gold story (titles.py, on a store `storytrace ingest` filled from the
# headlines).
# Usage: regression.sh STORYTRACE_BINARY DATA_DIR [GOLD.jsonl]
# Without GOLD.jsonl and without the headlines at ../shared beside the repository: exit 77 (skipped).
set -euo pipefail
bin=$1 data=$2
here=$(cd "$(dirname "$0")" && pwd)
gold=${3:-$(cd "$here/../../.." && pwd)/shared/data/og2021-dev/titles.jsonl}
if [ $# -lt 3 ] && [ ! -f "$gold" ]; then     # exit 77: ctest reports the test skipped (SKIP_RETURN_CODE)
  echo "SKIP: $gold not found (the repository expects the shared data at ../shared beside it)"
  exit 77
fi
# check LABEL THROUGH_INGEST(True/False) JSON F1_FLOOR XP_FLOOR XR_FLOOR: fails below a floor.
check() {
  python3 -c '
import json, sys
label, through_ingest, d = sys.argv[1], sys.argv[2] == "True", json.loads(sys.argv[3])
floors = [float(x) for x in sys.argv[4:7]]
got = [d["bcubed"]["f1"], d["cross_lingual"]["precision"], d["cross_lingual"]["recall"]]
assert d["through_ingest"] == through_ingest, d
# search_weights.py starts from the models the report gives: three, each bias and weights.
models = d["models"]
assert all(len(models[k]) > 1 for k in ("join", "same_language_link", "cross_language_link")), models
ok = all(g >= f for g, f in zip(got, floors))
print(f"stories regression ({label}): BCubed F1 {got[0]:.4f} (floor {floors[0]}), "
      f"cross-lingual P {got[1]:.4f} (floor {floors[1]}) R {got[2]:.4f} (floor {floors[2]})",
      "ok" if ok else "FAILED")
sys.exit(0 if ok else 1)' "$@"
}

out=$("$bin" eval stories --data "$data" --gold "$gold" --format json)
echo "$out"
# Recorded 2026-12-04 with the default options and the lexicons scripts/lexicons.sh builds (FreeDict
# and Apertium word pairs), document frequencies in the 2^22-counter table: BCubed F1 0.7340,
# cross-lingual P 0.6815 R 0.5818. 2026-12-06, German nouns no longer stopwords: 0.7338,
# 0.6814 / 0.5817 (mean over 8 jittered arrival orders 0.7284 before and after, sd 0.0044).
check "OG2021 dev, clusterer" False "$out" 0.71 0.65 0.55

# What `storytrace ingest` gives on the same stream (reprint and translation links decide
# stories too; exact copies are stored once). Recorded 2026-12-04: BCubed F1 0.7159,
# cross-lingual P 0.6207 R 0.5170. 2026-12-06, with Chinese words segmented and translated
# (CC-CEDICT): 0.7129, 0.6135 / 0.4824. The clusterer alone is unchanged; through ingest one
# English cluster of 26 opening-ceremony headlines, which hovers at the story's keep bar,
# leaves the ceremony story once the Chinese headlines carry concepts (dropping other single
# headlines does not move it). Recall floor 0.49 -> 0.47 for that; see eval/stories/README.md.
# With the Mueller dictionary's Russian in translation detection (eight more headline
# translation links, five right): 0.7107, 0.6001 / 0.4827. German nouns no longer
# stopwords: 0.7136, 0.6078 / 0.5173; F1 and recall floors raised to 0.70 and 0.50 for it.
check "OG2021 dev through ingest" True \
  "$("$bin" eval stories --data "$data" --gold "$gold" --through-ingest --format json)" 0.70 0.59 0.50
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Story headlines, on a store `storytrace ingest` fills. Recorded 2026-12-04: 0.927 of the 191
# stories of five or more articles (the stored title 0.869; 0.864 after the mention finder
# stopped starting names with particles); 0.932 once headlines were weighed and shown without
# the outlet they end with (a headline matches an article whose title is it, or it and the
# article's source after a separator), and the stored title, now chosen by the same rule, 0.942
# (floor 0.90 for both; the former entity rule's 0.864 fails it). 2026-12-06, German nouns
# no longer stopwords: 0.926 of 190 stories, stored title 0.942.
"$bin" ingest --db "$work/stories.db" --data "$data" "$gold" 2>"$work/ingest.log" || {
  echo "ingest failed:"; cat "$work/ingest.log"; exit 1; }
"$bin" stories --db "$work/stories.db" --sort size --format json >"$work/listing.json"
python3 "$here/titles.py" "$gold" "$work/stories.db" "$work/listing.json" \
  --min-articles 5 2 20 --floor 0.90 --title-floor 0.90
wmt=$(cd "$here/../../.." && pwd)/shared/data/wmt23-de-en-dev
if [ $# -lt 3 ] && [ -f "$wmt/articles.jsonl" ]; then
  tmp=$work/wmt.jsonl
  python3 "$here/wmt_gold.py" "$wmt" >"$tmp"
  # Recorded 2026-12-04: the 15 translation pairs are 15 stories, nothing else merged (F1 1.0;
  # the clusterer alone links 13 of them).
  check "WMT23 de-en dev through ingest" True "$("$bin" eval stories --data "$data" --gold "$tmp" \
    --through-ingest --format json)" 0.98 1.0 0.93
fi
