#!/usr/bin/env bash
# End-to-end test of `storytrace serve`: starts the server on a free loopback port with a
# scratch database, exercises every endpoint (including bad requests), ingests the sample corpus
# through PUT and POST, checks /threads against the articles' own times, and stops the server
# with SIGTERM while a request is in flight.
# Usage: tests/server_test.sh STORYTRACE_BINARY REPO_DIR
# Needs curl and python3 (for JSON checks).
set -euo pipefail
bin=$1 src=$2
for tool in curl python3; do
  command -v "$tool" >/dev/null || { echo "server test: $tool is required"; exit 1; }
done
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export STORYTRACE_DATA=${STORYTRACE_DATA:-$src/data}
export STORYTRACE_NOW=2025-06-01T00:00:00Z

fail() {
  echo "server test FAILED: $*"
  echo "--- last lines of the server log:"
  tail -20 "$work/server.log" 2>/dev/null || true
  exit 1
}

# A web UI folder of our own, and a file beside it that must never be served.
mkdir -p "$work/web/sub"
echo '<!doctype html><title>storytrace test UI</title>' > "$work/web/index.html"
echo 'console.log("app");' > "$work/web/app.js"
echo 'body { margin: 0 }' > "$work/web/style.css"
echo 'nested' > "$work/web/sub/page.txt"
echo 'secret' > "$work/secret.txt"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
"$bin" serve --db "$work/db.sqlite" --port "$port" --web "$work/web" > "$work/server.log" 2>&1 &
pid=$!

# req METHOD PATH [curl args...]: prints the status code; body in $work/out, headers in $work/headers.
req() {
  local method=$1 path=$2
  shift 2
  curl -s --path-as-is -o "$work/out" -D "$work/headers" -w '%{http_code}' -X "$method" "$@" \
    "$base$path" || true
}
# expect STATUS METHOD PATH [curl args...]
expect() {
  local want=$1
  shift
  local got
  got=$(req "$@")
  [ "$got" = "$want" ] || fail "$1 $2 answered $got, expected $want: $(head -c 300 "$work/out")"
}
# check PYTHON_EXPRESSION MESSAGE: the expression sees the last response body as `d`.
check() {
  python3 - "$work/out" "$1" <<'EOF' || fail "$2 (body: $(head -c 400 "$work/out"))"
import json, sys
try:
    d = json.load(open(sys.argv[1]))
except ValueError:
    sys.exit("the response is not JSON")
sys.exit(0 if eval(sys.argv[2]) else 1)
EOF
}
is_error='isinstance(d, dict) and isinstance(d.get("error"), str) and d["error"] != ""'

# --- start-up: only "connection refused" or 503 until the health check answers ------------
ready=0
for _ in $(seq 600); do
  kill -0 "$pid" 2>/dev/null || fail "the server exited during start-up"
  code=$(req GET /api/v1/health)
  case $code in
    200) ready=1; break ;;
    000) ;;
    503) check "$is_error" "503 during start-up must carry a JSON error" ;;
    *) fail "during start-up /api/v1/health answered $code" ;;
  esac
  sleep 0.1
done
[ $ready = 1 ] || fail "the server was not ready after 60 s"
check 'd["status"] == "ok" and d["articles"] == 0 and d["schema_version"] >= 2' "health of an empty store"
grep -qi '^Server: storytrace' "$work/headers" || fail "missing 'Server: storytrace' header"
grep -qi '^Content-Type: application/json' "$work/headers" || fail "health is not application/json"

# --- bad requests --------------------------------------------------------------------------
echo 'Some article text.' > "$work/small.txt"
expect 400 PUT /no-max-age.txt --data-binary @"$work/small.txt" -H 'Content-Type: text/plain'
check "$is_error" "missing max-age needs a JSON error"
expect 400 PUT /bad-max-age.txt --data-binary @"$work/small.txt" -H 'Cache-Control: max-age=soon'
expect 400 PUT /..%2fescape.txt --data-binary @"$work/small.txt" -H 'Cache-Control: max-age=60'
check "$is_error" "a bad name needs a JSON error"
expect 400 PUT /a/b.txt --data-binary @"$work/small.txt" -H 'Cache-Control: max-age=60'
expect 400 PUT /empty.txt --data-binary '' -H 'Cache-Control: max-age=60'
expect 400 DELETE /..%2f
expect 400 POST /api/v1/articles --data-binary '{"id": "x", "text": ' -H 'Content-Type: application/json'
check '"invalid JSON" in d["error"]' "invalid JSON names the parser's problem"
expect 400 POST /api/v1/articles --data-binary '42' -H 'Content-Type: application/json'
head -c $((17 * 1024 * 1024)) /dev/zero | tr '\0' 'a' > "$work/huge.txt"
expect 413 PUT /huge.txt --data-binary @"$work/huge.txt" -H 'Cache-Control: max-age=60' -H 'Content-Type: text/plain'
check "$is_error" "413 needs a JSON error"
expect 413 POST /api/v1/articles --data-binary @"$work/huge.txt" -H 'Content-Type: application/json' -H 'Expect:'
expect 400 GET /threads
check "$is_error" "missing period needs a JSON error"
expect 400 GET '/threads?period=yesterday'
expect 400 GET '/threads?period=-5'
expect 400 GET '/threads?period=60&lang_code=English'
expect 400 GET '/threads?period=60&category=weather'
expect 404 GET /api/v1/stories/no-such-story
check "$is_error" "unknown story needs a JSON error"
expect 404 GET /api/v1/articles/no-such-article
expect 404 GET /api/v1/no-such-endpoint
expect 400 GET /api/v1/search
expect 400 GET '/api/v1/search?q=%20%20'
expect 400 GET '/api/v1/search?q=flood&limit=lots'
expect 400 GET '/api/v1/stories?hours=-1'
expect 400 GET '/api/v1/stories?limit=0'
expect 400 GET '/api/v1/stories?lang=German'
expect 400 GET '/api/v1/stories?sort=alphabetical'
expect 405 PATCH /api/v1/health
grep -qi '^Allow: GET' "$work/headers" || fail "405 without an Allow header"
expect 405 POST /threads --data-binary 'x'
expect 405 DELETE /api/v1/articles
expect 405 PUT /api/v1/stories/x --data-binary 'x' -H 'Cache-Control: max-age=60'
expect 204 OPTIONS /threads
grep -qi '^Allow: GET' "$work/headers" || fail "OPTIONS without an Allow header"

# --- web UI files --------------------------------------------------------------------------
expect 200 GET /
grep -q 'storytrace test UI' "$work/out" || fail "GET / did not serve index.html"
grep -qi '^Content-Type: text/html' "$work/headers" || fail "index.html is not text/html"
expect 200 GET /app.js
grep -qi '^Content-Type: text/javascript' "$work/headers" || fail "app.js has the wrong type"
expect 200 GET /style.css
grep -qi '^Content-Type: text/css' "$work/headers" || fail "style.css has the wrong type"
expect 200 GET /sub/page.txt
expect 404 GET /../secret.txt
expect 404 GET /..%2fsecret.txt
expect 404 GET /sub/..%2f..%2fsecret.txt
expect 404 GET /missing.js

# --- ingest the sample corpus: files by PUT, the feed by POST -------------------------------
names=()
for f in "$src"/examples/corpus/*.txt "$src"/examples/corpus/*.html; do
  name=$(basename "$f")
  type=text/plain
  [ "${name##*.}" = html ] && type=text/html
  expect 201 PUT "/$name" --data-binary @"$f" -H "Content-Type: $type" \
    -H 'Cache-Control: public, max-age=2592000'
  names+=("$name")
done
python3 - "$src/examples/corpus/feed.jsonl" > "$work/feed.json" <<'EOF'
import json, sys
print(json.dumps([json.loads(l) for l in open(sys.argv[1]) if l.strip()]))
EOF
feed_count=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$work/feed.json")
expect 200 POST /api/v1/articles --data-binary @"$work/feed.json" -H 'Content-Type: application/json'
check "d['inserted'] == $feed_count and d['rejected'] == []" "POST of the feed inserts every record"
mapfile -t feed_ids < <(python3 -c 'import json, sys; [print(r["id"]) for r in json.load(open(sys.argv[1]))]' "$work/feed.json")
names+=("${feed_ids[@]}")

# Idempotent PUT: a known name answers 204, content unchanged or not.
first=${names[0]}
expect 204 PUT "/$first" --data-binary @"$src/examples/corpus/$first" -H 'Content-Type: text/plain' \
  -H 'Cache-Control: max-age=2592000'

# A batch mixing good and bad records: bad ones are reported by index, the good one stored.
cat > "$work/mixed.json" <<'EOF'
[{"id": "no-text"},
 {"text": "A record without an id."},
 "not an object",
 {"id": "api-note-1", "title": "Floodgates reopen on the Inn", "published": "2025-05-10T08:00:00Z",
  "lang": "en", "text": "The floodgates on the Inn were reopened on Saturday morning after the water level fell below four metres, the waterways authority said. Shipping resumes on Monday."},
 {"id": "empty-page", "html": "<html><head><title>Nothing</title></head><body></body></html>"}]
EOF
expect 200 POST /api/v1/articles --data-binary @"$work/mixed.json" -H 'Content-Type: application/json'
check 'd["inserted"] == 1' "mixed batch inserts the good record"
check '[r["index"] for r in d["rejected"]] == [0, 1, 2, 4]' "mixed batch reports rejections by index"
check 'all(r["reason"] for r in d["rejected"])' "every rejection has a reason"
# JSONL bodies work too.
printf '%s\n' '{"id": "api-note-2", "published": "2025-05-10T09:00:00Z", "text": "Der Pegel der Donau in Passau sinkt weiter, teilte die Stadt am Samstag mit. Die Altstadt ist wieder zugänglich."}' \
  > "$work/one.jsonl"
expect 200 POST /api/v1/articles --data-binary @"$work/one.jsonl" -H 'Content-Type: application/x-ndjson'
check 'd["inserted"] == 1' "JSONL body"

# --- article and index views -----------------------------------------------------------------
mkdir -p "$work/articles"
for n in "${names[@]}"; do
  expect 200 GET "/api/v1/articles/$n"
  check "d['id'] == '$n' and d['story_id'] != '' and 'raw' not in d" "article $n"
  cp "$work/out" "$work/articles/$n.json"
done
expect 200 GET "/api/v1/articles/$first?raw=1"
check '"raw" in d and len(d["raw"]) > 0' "?raw=1 adds the raw input"

expect 200 GET /api/v1/health
total_articles=$((${#names[@]} + 2))
check "d['articles'] == $total_articles and d['stories'] >= 1" "health counts every article"

# GET /threads: the articles within `period` of the newest one, grouped by story. The
# articles added by the mixed batches take part in the window too.
for n in api-note-1 api-note-2; do
  expect 200 GET "/api/v1/articles/$n"
  cp "$work/out" "$work/articles/$n.json"
done
python3 - "$work/articles" > "$work/expected_check.py" <<'EOF'
import datetime, json, os, sys
folder = sys.argv[1]
arts = {}
for f in os.listdir(folder):
    a = json.load(open(os.path.join(folder, f)))
    t = a["published"] or a["fetched"]
    arts[a["id"]] = (datetime.datetime.fromisoformat(t.replace("Z", "+00:00")).timestamp(), a["lang"], a["story_id"])
print("ARTICLES = " + repr(arts))
EOF
# check_threads PERIOD LANG: /threads must list exactly the expected names, one story per
# thread, largest thread first.
check_threads() {
  local period=$1 lang=$2
  expect 200 GET "/threads?period=$period&lang_code=$lang&category=any"
  python3 - "$work/out" "$work/expected_check.py" "$period" "$lang" <<'EOF' || fail "/threads?period=$period&lang_code=$lang: $(head -c 600 "$work/out")"
import json, sys
d = json.load(open(sys.argv[1]))
exec(open(sys.argv[2]).read())
period, lang = int(sys.argv[3]), sys.argv[4]
newest = max(t for t, _, _ in ARTICLES.values())
want = {n for n, (t, l, _) in ARTICLES.items() if t >= newest - period and (lang == "any" or l == lang)}
got = [n for th in d["threads"] for n in th["articles"]]
if len(got) != len(set(got)): sys.exit("an article is listed twice")
if set(got) != want: sys.exit("names differ: missing %s, unexpected %s" % (sorted(want - set(got)), sorted(set(got) - want)))
sizes = [len(th["articles"]) for th in d["threads"]]
if sizes != sorted(sizes, reverse=True): sys.exit("threads are not largest first")
for th in d["threads"]:
    if th["category"] != "any" or not th["title"]: sys.exit("thread without title or category")
    if len({ARTICLES[n][2] for n in th["articles"]}) != 1: sys.exit("a thread mixes stories")
    times = [ARTICLES[n][0] for n in th["articles"]]
    if times != sorted(times): sys.exit("articles of a thread are not earliest first")
EOF
}
check_threads 86400 any
check 'any("summit-es-01" in th["articles"] for th in d["threads"])' "the newest article is in the last day's threads"
check_threads 259200 any
check_threads 2592000 de
check_threads 0 any
expect 200 GET '/threads?period=86400&lang_code=any&category=sports'
check 'd == {"threads": []}' "no category classifier: other categories are empty"

# --- stories ---------------------------------------------------------------------------------
expect 200 GET '/api/v1/stories?limit=500'
check 'd["total"] == len(d["stories"]) and d["total"] >= 1' "story listing total"
check 'all(s["matching_articles"] == sum(b["count"] for b in s["timeline"]) for s in d["stories"])' "timeline counts every article"
check 'all(0 < len(s["timeline"]) <= 72 and isinstance(s["sources"], list) for s in d["stories"])' "timeline size and sources"
check '[s["matching_articles"] for s in d["stories"]] == sorted([s["matching_articles"] for s in d["stories"]], reverse=True)' "largest stories first"
check 'any(s["top_entities"] for s in d["stories"]) and all(len(s["top_entities"]) <= 5 and [(e["mentions"] >= 2, e["salience"]) for e in s["top_entities"]] == sorted([(e["mentions"] >= 2, e["salience"]) for e in s["top_entities"]], reverse=True) and all(e["canonical"] and e["type"] in ("PER", "ORG", "LOC") for e in s["top_entities"]) for s in d["stories"])' "top entities, repeated ones first, most salient first"
all_total=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["total"])' "$work/out")
source=$(python3 -c 'import json, sys; print(next((x for s in json.load(open(sys.argv[1]))["stories"] for x in s["sources"] if x.isascii() and " " not in x and "," not in x), ""))' "$work/out")
expect 200 GET '/api/v1/stories?limit=2&offset=1'
check "d['total'] == $all_total and len(d['stories']) <= 2 and d['offset'] == 1" "paging keeps the total"
expect 200 GET '/api/v1/stories?hours=24&lang=de&sort=recent'
check 'all("de" in s["languages"] for s in d["stories"])' "lang filter"
expect 200 GET '/api/v1/stories?sort=growth'
check "d['total'] == $all_total and all(isinstance(s['breaking'], bool) and s['articles_24h'] >= 0 for s in d['stories'])" "growth order with breaking flags"
check 'all(a["breaking"] or not b["breaking"] for a, b in zip(d["stories"], d["stories"][1:]))' "breaking stories first"
if [ -n "$source" ]; then
  upper=$(echo "$source" | tr '[:lower:]' '[:upper:]')
  expect 200 GET "/api/v1/stories?source=$upper"
  check "d['total'] >= 1 and all(any(x.lower() == '$source'.lower() for x in s['sources']) for s in d['stories'])" "source filter (case-insensitive)"
fi
expect 200 GET '/api/v1/stories?entity=Passau'
check 'isinstance(d["stories"], list)' "entity filter answers"

story=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["story_id"])' "$work/articles/flood-de-01.txt.json")
expect 200 GET "/api/v1/stories/$story"
python3 - "$work/out" "$story" <<'EOF' || fail "story detail $story: $(head -c 600 "$work/out")"
import json, sys
d = json.load(open(sys.argv[1]))
if d["id"] != sys.argv[2]: sys.exit("wrong id")
ids = {a["id"] for arts in d["articles_by_lang"].values() for a in arts}
if "flood-de-01.txt" not in ids or d["first_article"] not in ids: sys.exit("articles_by_lang or first_article")
for arts in d["articles_by_lang"].values():
    for a in arts:
        if set(a) != {"id", "title", "source", "cluster_id", "published", "url", "duplicate_of", "translation_of"}: sys.exit("article fields")
# The headline is the headline of one of the story's articles.
if d["headline"] not in {a["title"] for arts in d["articles_by_lang"].values() for a in arts}: sys.exit("headline")
# The story's other view: its language clusters, each counted in full, most articles first.
clusters = d["clusters"]
if sum(c["articles"] for c in clusters) != d["article_count"]: sys.exit("clusters do not hold the story's articles")
if [c["articles"] for c in clusters] != sorted((c["articles"] for c in clusters), reverse=True): sys.exit("clusters order")
listed = {a["cluster_id"] for arts in d["articles_by_lang"].values() for a in arts}
if listed != {c["cluster_id"] for c in clusters}: sys.exit("articles' cluster_id and the clusters differ")
for c in clusters:
    if set(c) != {"cluster_id", "lang", "articles", "first_seen", "last_seen", "title"} or not c["title"]: sys.exit("cluster fields")
    if c["lang"] not in d["languages"] or c["first_seen"] > c["last_seen"]: sys.exit("cluster lang or times")
for l in d["links"]:
    if l["src"] not in ids or l["dst"] not in ids or l["kind"] not in ("reprint", "translation"): sys.exit("link outside the story")
for key in ("entities", "quotes", "places", "timeline", "sources"):
    if not isinstance(d[key], list): sys.exit(key)
if sum(d["article_counts_by_lang"].values()) != d["article_count"]: sys.exit("article_counts_by_lang")
seen = set()
for q in d["quotes"]:
    if (q["speaker"], q["text"]) in seen: sys.exit("a quotation listed twice")
    seen.add((q["speaker"], q["text"]))
    if q["articles"] < 1 or not set(q["article_ids"]) <= ids or q["article_id"] not in q["article_ids"]:
        sys.exit("quote articles")
if sum(b["count"] for b in d["timeline"]) != len(ids): sys.exit("timeline")
places = {p["name"]: p for p in d["places"]}
if "Passau" not in places or not d["places"][0]["focus"] or d["places"][0]["name"] != "Passau":
    sys.exit("places: Passau first and focus")
p = places["Passau"]
if set(p) != {"name", "kind", "country", "lat", "lng", "articles", "mentions", "focus"}: sys.exit("place fields")
if p["country"] != "DE" or abs(p["lat"] - 48.57) > 0.05 or abs(p["lng"] - 13.43) > 0.05: sys.exit("Passau's coordinates")
if not 1 <= p["articles"] <= len(ids) or sum(q["focus"] for q in d["places"]) != 1: sys.exit("place counts")
EOF
expect 200 GET /api/v1/articles/flood-de-01.txt
check 'd["focus"] == "Passau" and d["places"][0]["name"] == "Passau" and d["places"][0]["focus"]' "article places"
expect 200 GET /api/v1/map/land
check 'd["projection"] == "equirectangular" and d["path"].startswith("M")' "world map"

# --- search and metrics -------------------------------------------------------------------------
expect 200 GET '/api/v1/search?q=Passau&limit=5'
check '1 <= len(d["hits"]) <= 5 and all(set(h) == {"id", "title", "snippet", "score"} for h in d["hits"])' "search hits"
# A place named as the German reports spell it finds the reports that spell it otherwise.
expect 200 GET '/api/v1/search?q=Dschalal-Abad&limit=10'
check '"Jalal-Abad" in d["spellings"] and any(h["id"].startswith("quake-en-") for h in d["hits"])' "search by a name's other spellings"
expect 200 GET '/api/v1/search?q=Dschalal-Abad&limit=10&expand=0'
check 'd["spellings"] == [] and d["hits"] and all(h["id"].startswith("quake-de-") for h in d["hits"])' "search without expansion"
check 'd["names"] == []' "no names without expansion"
# A name of two entities (the club Borussia Dortmund, also called "Dortmund", and the city) is
# searched for both, and the answer says so, the most mentioned first.
expect 200 GET '/api/v1/search?q=Dortmund&limit=10'
check '[n["text"] for n in d["names"]] == ["Dortmund"] and [e["type"] for e in d["names"][0]["entities"]] == ["ORG", "LOC"] and d["names"][0]["entities"][0]["canonical"] == "Borussia Dortmund" and d["names"][0]["entities"][0]["mentions"] > d["names"][0]["entities"][1]["mentions"] and "BVB" in d["spellings"]' "an ambiguous name's readings"
# Entities and quotations by a name in another spelling, a surname alone.
expect 200 GET '/api/v1/entities?name=Djalal%20Abad'
check 'len(d["entities"]) == 1 and {"Jalal-Abad", "Dschalal-Abad"} <= set(d["entities"][0]["spellings"]) and d["entities"][0]["type"] == "LOC"' "entities by name"
expect 200 GET '/api/v1/entities?limit=3'
check 'len(d["entities"]) == 3 and all(set(e) == {"id", "canonical", "type", "mentions", "spellings"} for e in d["entities"]) and [e["mentions"] for e in d["entities"]] == sorted((e["mentions"] for e in d["entities"]), reverse=True)' "most mentioned entities"
expect 400 GET '/api/v1/entities?name=%20'
expect 200 GET '/api/v1/quotes?speaker=Toktogulov'
check 'len(d["quotes"]) >= 5 and [s["id"] for s in d["speakers"]] == ["per:bakjtoktogulov"] and all(q["speaker_entity"] == "per:bakjtoktogulov" and q["published"] for q in d["quotes"]) and {q["article_id"][:8] for q in d["quotes"]} == {"quake-de", "quake-en", "quake-es", "quake-fr"}' "quotes by a speaker's surname"
check '[q["published"] for q in d["quotes"]] == sorted((q["published"] for q in d["quotes"]), reverse=True)' "quotes newest first"
expect 200 GET '/api/v1/quotes?speaker=Nobody%20Atall'
check 'd == {"quotes": [], "speakers": []}' "quotes of no one"
expect 200 GET "/api/v1/quotes?story=$story&limit=500"
check 'd["quotes"] and "speakers" not in d' "quotes of a story"
expect 400 GET '/api/v1/quotes?limit=0'
expect 200 GET /api/v1/metrics
check "d['articles'] == $total_articles and d['requests_total'] > 50 and d['ingested_total'] >= $total_articles" "metrics totals"
check 'd["uptime_seconds"] >= 0 and 0 <= d["ingest_rate_per_minute"] <= d["ingested_total"] and d["rejected"] >= 4' "metrics rates"
check 'all(k in d for k in ("stories", "links", "ingest_rate_per_minute_lifetime"))' "metrics fields"

# --- a story with many reprints stays a page: the latest 100 per language, each quote once ------
python3 - "$src/examples/corpus/flood-de-01.txt" > "$work/copies.json" <<'EOF'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
title, body = lines[0], "\n".join(lines[2:])
print(json.dumps([{"id": "copy-%03d" % i, "title": title, "published": "2025-05-13T16:%02d:00Z" % (i % 60),
                   "text": body + "\n\nAktualisiert (%d)." % i} for i in range(104)]))
EOF
expect 200 POST /api/v1/articles --data-binary @"$work/copies.json" -H 'Content-Type: application/json'
expect 200 GET "/api/v1/stories/$story"
python3 - "$work/out" <<'EOF' || fail "story detail with 104 reprints: $(head -c 600 "$work/out")"
import json, sys
d = json.load(open(sys.argv[1]))
de = d["articles_by_lang"]["de"]
if d["article_counts_by_lang"]["de"] < 104 + 1: sys.exit("the reprints did not join the story")
if not 100 <= len(de) <= 101: sys.exit("%d German articles listed" % len(de))
if d["first_article"] not in {a["id"] for a in de}: sys.exit("the first report is not listed")
texts = [(q["speaker"], q["text"]) for q in d["quotes"]]
if len(texts) != len(set(texts)): sys.exit("a quotation listed more than once")
if max(q["articles"] for q in d["quotes"]) < 100: sys.exit("quotations do not count their reprints")
if any(len(q["article_ids"]) > 20 for q in d["quotes"]): sys.exit("too many article ids")
EOF

# --- keep-alive: two requests, one connection ------------------------------------------------
curl -sv -o /dev/null -o /dev/null "$base/api/v1/health" "$base/api/v1/health" 2> "$work/keepalive.log" || true
grep -qi 're-using existing connection\|reusing existing connection' "$work/keepalive.log" ||
  fail "the connection was not kept alive"

# --- DELETE: 204, then 404; the article leaves every view ------------------------------------------
expect 204 DELETE /api-note-1
expect 404 DELETE /api-note-1
check "$is_error" "404 on DELETE needs a JSON error"
expect 404 GET /api/v1/articles/api-note-1
expect 200 GET '/threads?period=31536000'
check 'all("api-note-1" not in th["articles"] for th in d["threads"])' "a deleted article leaves /threads"

# --- expiry: an article put with a short max-age long before the newest one has expired ------------
cat > "$work/old.html" <<'EOF'
<!doctype html><html><head><title>Early warning issued for the Danube</title>
<meta property="article:published_time" content="2025-05-01T08:00:00Z"></head>
<body><article><h1>Early warning issued for the Danube</h1>
<p>The flood information service issued an early warning for the Danube at Passau on Thursday, citing heavy rain forecast for the Alps and the Bavarian Forest over the coming days.</p>
<p>Residents of the old town were asked to prepare sandbags and to follow the announcements of the city.</p>
</article></body></html>
EOF
expect 201 PUT /old-warning.html --data-binary @"$work/old.html" -H 'Content-Type: text/html' -H 'Cache-Control: max-age=3600'
expect 404 GET /api/v1/articles/old-warning.html
check '"expired" in d["error"]' "an expired article is reported as expired"
expect 200 GET '/threads?period=31536000'
check 'all("old-warning.html" not in th["articles"] for th in d["threads"])' "an expired article leaves /threads"

# --- SIGTERM with a request in flight: it completes, then the server exits 0 -------------------
python3 - > "$work/batch.json" <<'EOF'
import json
words = "river flood level town rain bridge road rescue water dam forecast team report city".split()
print(json.dumps([{"id": "load-%03d" % i, "published": "2025-05-02T00:00:00Z",
                   "text": " ".join(words[(i * 7 + k) % len(words)] for k in range(400)) + " %d." % i}
                  for i in range(300)]))
EOF
curl -s -o "$work/inflight.json" -w '%{http_code}' -X POST --data-binary @"$work/batch.json" \
  -H 'Content-Type: application/json' "$base/api/v1/articles" > "$work/inflight.code" &
curl_pid=$!
sleep 0.5
kill -TERM "$pid"
stopped=0
for _ in $(seq 150); do
  if ! kill -0 "$pid" 2>/dev/null; then stopped=1; break; fi
  sleep 0.1
done
[ $stopped = 1 ] || fail "the server did not exit within 15 s of SIGTERM"
rc=0
wait "$pid" || rc=$?
pid=
[ $rc = 0 ] || fail "the server exited with $rc after SIGTERM"
wait "$curl_pid" || true
[ "$(cat "$work/inflight.code")" = 200 ] ||
  fail "the request in flight at SIGTERM did not complete (HTTP $(cat "$work/inflight.code"))"
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); sys.exit(0 if d["inserted"] + d["updated"] + d["unchanged"] == 300 else 1)' \
  "$work/inflight.json" || fail "the request in flight at SIGTERM was cut short"
grep -q 'stopped; store closed' "$work/server.log" || fail "no clean shutdown message"
[ ! -s "$work/db.sqlite-wal" ] || fail "the write-ahead log was not checkpointed at shutdown"
"$bin" articles --db "$work/db.sqlite" --format jsonl > /dev/null || fail "the store is unreadable after shutdown"
echo "server test: ok"
