#!/usr/bin/env bash
# Listings on a large store: ingests the sample corpus, pads the store with synthetic articles,
# entities, mentions (their counts Zipf-distributed: the most named entity is in every article)
# and quotations, then times the CLI listings a user runs on it: the most mentioned entities,
# an entity by name, the newest quotations, a speaker's quotations, and a search.
# Usage: bench/listings_at_scale.sh STORYTRACE_BINARY [ARTICLES (default 300000)]
#                                   [MENTIONS (default 3000000)] [QUOTES (default 1000000)]
# Needs python3 (its sqlite3 module writes the padding). KEEP_STORE=FILE keeps the store.
set -euo pipefail
bin=$1
articles=${2:-300000}
mentions=${3:-3000000}
quotes=${4:-1000000}
here=$(cd "$(dirname "$0")/.." && pwd)
export STORYTRACE_DATA=${STORYTRACE_DATA:-$here/data}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/store.db
"$bin" ingest --db "$db" "$here/examples/corpus" >/dev/null 2>&1
start=$EPOCHREALTIME
python3 - "$db" "$articles" "$mentions" "$quotes" <<'PY'
import sqlite3, sys
db, n_articles, n_mentions, n_quotes = sys.argv[1], *map(int, sys.argv[2:])
n_entities = 50000
con = sqlite3.connect(db)
con.execute("BEGIN")
base = 1700000000
con.executemany(
    "INSERT INTO articles(id, source, title, text, lang, published, fetched, content_hash, "
    "story_id, cluster_id) VALUES (?, ?, ?, ?, 'en', ?, ?, ?, ?, ?)",
    ((f"syn-{i}", f"Outlet {i % 500}", f"Synthetic report {i}", f"Report number {i} on event {i % 20000}.",
      base + 60 * i, base, f"h{i}", f"st-syn-{i % 20000}", f"cl-syn-{i % 20000}")
     for i in range(n_articles)))
con.executemany("INSERT INTO entities(id, canonical, type, key) VALUES (?, ?, ?, ?)",
                ((f"syn:{e}", f"Name {e}", ("PER", "ORG", "LOC")[e % 3], f"name{e}")
                 for e in range(1, n_entities + 1)))
# Entity of mention i: 1 + n_entities / (1 + x), x spread over [0, n_entities): entity 1 in
# half the mentions, entity 2 in a sixth, and so on.
def entity(i):
    return 1 + min(n_entities - 1, int(n_entities / (1 + (i * 104729) % n_entities)))
spellings = {}
def mention(i):
    e, text = entity(i), ("Name X" if i % 4 else f"Nm {i % 7}")
    spellings[(e, text)] = spellings.get((e, text), 0) + 1
    return (f"syn-{(i * 7919) % n_articles}", f"syn:{e}", text)
con.executemany("INSERT INTO mentions(article_id, entity_id, text, begin, end) VALUES (?, ?, ?, 0, 4)",
                (mention(i) for i in range(n_mentions)))
con.executemany("INSERT INTO spellings(entity_id, text, key, mentions) VALUES (?, ?, ?, ?)",
                ((f"syn:{e}", t, t.lower().replace(" ", ""), c) for (e, t), c in spellings.items()))
con.executemany("INSERT INTO quotes(article_id, text, speaker, speaker_entity) VALUES (?, ?, ?, ?)",
                ((f"syn-{(i * 31) % n_articles}", f"Quotation {i}.", f"Name {3 * (1 + i % 1000)}",
                  f"syn:{3 * (1 + i % 1000)}") for i in range(n_quotes)))
con.execute("COMMIT")
PY
echo "padded with $articles articles, $mentions mentions, $quotes quotes in $(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s"
timed() {
  local label=$1; shift
  local t0 t1
  "$bin" "$@" --db "$db" >/dev/null 2>&1  # warm: the first command also migrates and caches
  t0=$EPOCHREALTIME
  "$bin" "$@" --db "$db" > "$work/out.txt" 2>&1
  t1=$EPOCHREALTIME
  printf '%-48s %6.2f s  (%d lines)\n' "$label" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" \
    "$(wc -l < "$work/out.txt")"
}
timed "entities --limit 20" entities --limit 20
timed "entities --name 'Name 3'" entities --name "Name 3"
timed "quotes --limit 20" quotes --limit 20
timed "quotes --speaker 'Name 3' --limit 20" quotes --speaker "Name 3" --limit 20
timed "search --limit 20 report" search --limit 20 report
[ -n "${KEEP_STORE:-}" ] && cp "$db" "$KEEP_STORE"
exit 0
