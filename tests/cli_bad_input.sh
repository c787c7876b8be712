#!/usr/bin/env bash
# The CLI on bad input: binary, empty, Latin-1, JSONL files with one broken line (the first
# one, too) and a broken symbolic link.
# Usage: tests/cli_bad_input.sh STORYTRACE_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
in=$work/in
mkdir -p "$in"
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00' > "$in/photo.txt"
: > "$in/empty.txt"
printf 'Gr\xfc\xdfe aus M\xfcnchen: Die Stra\xdfenbahn f\xe4hrt nach dem Unwetter wieder.\n' > "$in/latin1.txt"
printf '%s\n' '{"id": "good-1", "title": "Flood", "text": "The river flooded the town on Monday.", "lang": "en"}' \
  '{"id": "bad-2", "text": "unterminated' > "$in/feed.jsonl"
printf '%s\n' '{"id": "head-1", "text": "cut' \
  '{"id": "head-2", "text": "The line after a broken first line is read.", "lang": "en"}' > "$in/head.jsonl"
ln -s "$in/gone.txt" "$in/link.txt"
db=$work/t.db
set +e
"$bin" ingest --db "$db" "$in" 2> "$work/err"
rc=$?
set -e
fail() { echo "FAIL: $*"; echo "--- stderr:"; cat "$work/err"; exit 1; }
[ $rc -eq 3 ] || fail "exit code $rc, want 3 when inputs are rejected"
grep -q "photo.txt" "$work/err" || fail "binary file not named"
grep -q "empty.txt" "$work/err" || fail "empty file not named"
grep -q "feed.jsonl:2" "$work/err" || fail "broken JSONL line not named with its line"
grep -q "head.jsonl:1" "$work/err" || fail "broken first JSONL line not named with its line"
grep -q "link.txt: broken symbolic link" "$work/err" || fail "broken link in the folder not named"
grep -q "5 rejected" "$work/err" || fail "summary does not count 5 rejections"
"$bin" export --db "$db" > "$work/out.jsonl"
grep -q '"id":"good-1"' "$work/out.jsonl" || fail "good JSONL line lost"
grep -q '"id":"head-2"' "$work/out.jsonl" || fail "JSONL line after a broken first line lost"
grep -q 'Grüße aus München' "$work/out.jsonl" || fail "Latin-1 text not stored as UTF-8"
grep -q 'Straßenbahn fährt' "$work/out.jsonl" || fail "Latin-1 text not stored as UTF-8"
[ "$("$bin" rejected --db "$db" --format jsonl | wc -l)" -eq 5 ] || fail "rejected does not list 5 inputs"
# JSONL on standard input, with a broken line in the middle.
set +e
printf '%s\n' '{"id": "stdin-1", "text": "Erdbeben erschüttert die Region am Montag."}' 'not json' \
  '{"id": "stdin-3", "text": "Second good line from standard input."}' |
  "$bin" ingest --db "$db" - 2> "$work/err3"
rc=$?
set -e
[ $rc -eq 3 ] || fail "stdin ingest exit code $rc, want 3"
grep -q "stdin:2" "$work/err3" || fail "broken stdin line not named"
"$bin" export --db "$db" > "$work/out2.jsonl"
grep -q '"id":"stdin-3"' "$work/out2.jsonl" || fail "stdin line after the broken one lost"
# One plain-text article on standard input (not JSONL): one document, named by its content.
printf 'Storm hits the coast\n\nA powerful storm swept across the northern coast overnight, leaving thousands of homes without power.\n' |
  "$bin" ingest --db "$db" - 2> "$work/err5" || fail "plain text on stdin: exit $?"
"$bin" export --db "$db" > "$work/out3.jsonl"
grep -q '"id":"stdin-[0-9a-f]*","[^}]*"title":"Storm hits the coast"' "$work/out3.jsonl" ||
  fail "plain text on stdin not stored as one article: $(grep -c stdin- "$work/out3.jsonl") records"
# A JSON array on standard input is read as its records.
printf '[{"id": "arr-1", "text": "Rescue teams reached the village after the landslide on Sunday."}]\n' |
  "$bin" ingest --db "$db" - 2> "$work/err6" || fail "JSON array on stdin: exit $?"
"$bin" export --db "$db" | grep -q '"id":"arr-1"' || fail "JSON array on stdin not read"
# Read commands on a missing database fail clearly instead of creating one.
if "$bin" stories --db "$work/missing.db" 2> "$work/err2"; then fail "stories on a missing db succeeded"; fi
grep -q "no database" "$work/err2" || fail "missing-db message unclear"
[ ! -e "$work/missing.db" ] || fail "a read command created a database"
if "$bin" stories --db "$work/missing.db" --sort alphabetical 2> "$work/err3"; then
  fail "stories --sort alphabetical succeeded"; fi
grep -q "alphabetical" "$work/err3" || fail "bad --sort value not named"
# lexicon --dump: a FreeDict dictionary as word pairs; a missing one is named.
entry=$'Erdbeben /ipa/ <n>\nearthquake <n>, quake <n>\n'
printf '%s' "$entry" > "$work/freedict-deu-eng.dict"
b64=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/
printf 'Erdbeben\tA\t%s\n' "${b64:${#entry}:1}" > "$work/freedict-deu-eng.index"
"$bin" lexicon --dump "$work/freedict-deu-eng" > "$work/pairs.tsv" || fail "lexicon --dump failed"
[ "$(cat "$work/pairs.tsv")" = $'Erdbeben\tearthquake\nErdbeben\tquake' ] ||
  fail "lexicon --dump printed: $(cat "$work/pairs.tsv")"
if "$bin" lexicon --dump "$work/missing" 2> "$work/err4"; then fail "lexicon --dump of a missing dictionary succeeded"; fi
grep -q "missing" "$work/err4" || fail "missing dictionary not named"
echo "cli bad input: ok"
