#!/usr/bin/env bash
# Golden-output test of the CLI on the bundled sample corpus.
# Usage: tests/cli_golden.sh STORYTRACE_BINARY SOURCE_DIR [--update]
# With --update the golden files are rewritten from the current output; review the diff.
set -euo pipefail
bin=$1 src=$2 mode=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export STORYTRACE_NOW=2025-06-01T00:00:00Z
db=$work/sample.db
golden=$src/tests/golden
"$bin" ingest --db "$db" "$src/examples/corpus" 2>"$work/ingest.log" || {
  echo "ingest failed:"; cat "$work/ingest.log"; exit 1; }
"$bin" stories --db "$db" > "$work/stories.txt"
"$bin" export --db "$db" --format jsonl > "$work/export.jsonl"
"$bin" links --db "$db" --format jsonl > "$work/links.jsonl"
"$bin" entities --db "$db" --limit 25 > "$work/entities.txt"
"$bin" quotes --db "$db" --format jsonl > "$work/quotes.jsonl"
"$bin" places --db "$db" > "$work/places.txt"
"$bin" search --db "$db" --format jsonl --limit 5 flood > "$work/search.jsonl" || true
# Ranked by growth: the same stories (all are live), each with its last day's trend.
"$bin" stories --db "$db" --sort growth --format json > "$work/growing.json"
python3 - "$work/growing.json" "$work/stories.txt" <<'PY' || exit 1
import json, sys
rows = json.load(open(sys.argv[1]))
listed = sum(1 for line in open(sys.argv[2]) if line.startswith("st-"))
if len(rows) != listed: sys.exit(f"--sort growth lists {len(rows)} stories, the plain listing {listed}")
for r in rows:
    if not isinstance(r["breaking"], bool) or r["articles_24h"] < 0 or "growth" not in r:
        sys.exit(f"story {r['id']} lacks its trend")
if any(b["breaking"] and not a["breaking"] for a, b in zip(rows, rows[1:])):
    sys.exit("a breaking story follows one that is not")
PY
# A name in any spelling: the place German writes Dschalal-Abad, with the spellings of the
# other reports; and the search that finds them.
"$bin" entities --db "$db" --format json --name "Djalal Abad" > "$work/named.json"
"$bin" search --db "$db" --format jsonl --expand Dschalal-Abad > "$work/named_search.jsonl" 2>/dev/null
python3 - "$work/named.json" "$work/named_search.jsonl" <<'PY' || exit 1
import json, sys
named = json.load(open(sys.argv[1]))
if len(named) != 1 or not {"Jalal-Abad", "Dschalal-Abad", "Yalal-Abad"} <= set(named[0]["spellings"]):
    sys.exit(f"entities --name: {named}")
hits = {json.loads(line)["id"] for line in open(sys.argv[2])}
if not {"quake-en-01", "quake-es-01", "quake-fr-01", "quake-de-01"} <= hits:
    sys.exit(f"search --expand Dschalal-Abad found {sorted(hits)}")
PY
# A speaker by surname, in another transliteration: the German reports' Toktogulow said every
# one of the earthquake's quotations, in all four languages.
"$bin" quotes --db "$db" --format jsonl --speaker Toktogulov > "$work/speaker.jsonl"
"$bin" quotes --db "$db" --format jsonl --speaker "Nobody Atall" > "$work/nobody.jsonl"
python3 - "$work/speaker.jsonl" "$work/quotes.jsonl" "$work/nobody.jsonl" <<'PY' || exit 1
import json, sys
said = [json.loads(line) for line in open(sys.argv[1])]
every = [json.loads(line) for line in open(sys.argv[2])]
own = [q for q in every if q["speaker_entity"] == "per:bakjtoktogulov"]
if len(said) < 5 or said != own: sys.exit(f"quotes --speaker Toktogulov: {len(said)} of {len(own)}")
if {q["article_id"][:8] for q in said} != {"quake-de", "quake-en", "quake-es", "quake-fr"}:
    sys.exit(f"quotes --speaker Toktogulov: {sorted(q['article_id'] for q in said)}")
if open(sys.argv[3]).read().strip(): sys.exit("quotes --speaker of a name no one bears lists quotes")
PY
# A story's language clusters: one per language (the French launch report and, a day later,
# the first contact are one cluster), linked into one story.
"$bin" story --db "$db" --format json st-launch-de-01 > "$work/launch.json"
"$bin" story --db "$db" st-launch-de-01 > "$work/launch.txt"
python3 - "$work/launch.json" "$work/launch.txt" <<'PY' || exit 1
import json, sys
d = json.load(open(sys.argv[1]))
clusters = d["clusters"]
if sum(c["articles"] for c in clusters) != d["article_count"]: sys.exit("the clusters do not hold the story's articles")
if sorted(c["lang"] for c in clusters) != ["de", "en", "es", "fr"]: sys.exit(f"clusters {clusters}")
if {a["cluster_id"] for a in d["articles"]} != {c["cluster_id"] for c in clusters}: sys.exit("articles' cluster_id")
text = open(sys.argv[2]).read()
if "4 language clusters:" not in text or not all(c["cluster_id"] in text for c in clusters):
    sys.exit("the table does not list the clusters")
# Its sources (most articles first) and entities (those named twice or more first, each group
# most salient first), in JSON and the table.
sources, entities = d["sources"], d["entities"]
if not sources or len(set(sources)) != len(sources): sys.exit(f"sources {sources}")
rank = [(e["mentions"] >= 2, e["salience"]) for e in entities]
if not entities or rank != sorted(rank, reverse=True) or any(
        e["store_mentions"] < e["mentions"] for e in entities):
    sys.exit(f"entities {entities}")
if f"sources: {len(sources)}: {sources[0]} (" not in text: sys.exit("the table does not list the sources")
if f"entities: {entities[0]['canonical']} ({entities[0]['type']} " not in text:
    sys.exit("the table does not list the entities")
PY
# Idempotent: a second ingest adds nothing.
"$bin" ingest --db "$db" "$src/examples/corpus" 2>"$work/ingest2.log"
grep -q " 0 new, 0 updated" "$work/ingest2.log" || { echo "re-ingest changed the store:"; cat "$work/ingest2.log"; exit 1; }
# Exported and ingested again (from stdin, one stream), the articles make the same stories; with
# the seeds too (three of them undated, 000 the translation of 001 of 2017), when they are here.
seeds=$src/../shared/samples/seeds
round_trip() {  # a label, then the inputs
  local label=$1; shift
  local first=$work/first.db again=$work/again.db
  rm -f "$first"* "$again"*
  "$bin" ingest --db "$first" "$@" 2>/dev/null
  "$bin" export --db "$first" | "$bin" ingest --db "$again" - 2>/dev/null
  if ! diff -u <("$bin" stories --db "$first") <("$bin" stories --db "$again") > "$work/diff"; then
    echo "export and ingest again changed the stories of $label:"; head -30 "$work/diff"; exit 1
  fi
}
round_trip "the sample corpus" "$src/examples/corpus"
if [ -d "$seeds" ]; then round_trip "the sample corpus and the seeds" "$src/examples/corpus" "$seeds"; fi
if [ "$mode" = "--update" ]; then
  mkdir -p "$golden"
  cp "$work/stories.txt" "$golden/sample_stories.txt"
  cp "$work/export.jsonl" "$golden/sample_export.jsonl"
  cp "$work/links.jsonl" "$golden/sample_links.jsonl"
  cp "$work/entities.txt" "$golden/sample_entities.txt"
  cp "$work/quotes.jsonl" "$golden/sample_quotes.jsonl"
  cp "$work/places.txt" "$golden/sample_places.txt"
  echo "golden files updated in $golden"
  exit 0
fi
status=0
for f in stories.txt:sample_stories.txt export.jsonl:sample_export.jsonl links.jsonl:sample_links.jsonl \
    entities.txt:sample_entities.txt quotes.jsonl:sample_quotes.jsonl places.txt:sample_places.txt; do
  got=$work/${f%%:*} want=$golden/${f##*:}
  if ! diff -u "$want" "$got" > "$work/diff"; then
    echo "golden mismatch for ${f##*:} (run tests/cli_golden.sh BIN SRC --update if intended):"
    head -50 "$work/diff"
    status=1
  fi
done
[ $status -eq 0 ] && echo "cli golden: ok"
exit $status
