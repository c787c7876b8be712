#!/usr/bin/env bash
# A live feed on standard input ("scraper | storytrace ingest -"): each record is stored about
# when it comes, while the feed stays open, not when it ends; a gzip feed too; a signal stops
# the reading and keeps what was read.
# Usage: tests/cli_live_feed.sh STORYTRACE_BINARY
set -euo pipefail
bin=$1
work=$(mktemp -d)
pid=
cleanup() {
  exec 3>&- 2> /dev/null || true
  [ -n "$pid" ] && kill "$pid" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- stderr:"; cat "$work/err" 2> /dev/null || true; exit 1; }
record() {
  printf '{"id":"%s","lang":"en","published":"2021-07-0%sT13:21:00Z","title":"%s","text":"%s"}\n' "$@"
}
# Waits (up to two minutes: the engine takes a few seconds to open) until article $1 is stored.
stored() {
  for _ in $(seq 1 240); do
    "$bin" articles --db "$work/t.db" --format jsonl 2> /dev/null | grep -q "\"$1\"" && return 0
    sleep 0.5
  done
  return 1
}
# Waits (up to two minutes) until the ingest has read everything written to the feed on fd 3.
drained() {
  for _ in $(seq 1 1200); do
    python3 -c 'import array, fcntl, termios
n = array.array("i", [0]); fcntl.ioctl(3, termios.FIONREAD, n, True); exit(n[0] > 0)' && return 0
    sleep 0.1
  done
  return 1
}
# Starts an ingest reading a new FIFO, opened for writing on fd 3.
start_feed() {
  rm -f "$work/feed" && mkfifo "$work/feed"
  "$bin" ingest --db "$work/t.db" - < "$work/feed" 2> "$work/err" &
  pid=$!
  exec 3> "$work/feed"
}
# Sends SIGTERM to the ingest, waits for it and fails unless it exits 130 (message $1).
stop_feed() {
  kill -TERM "$pid"
  set +e
  wait "$pid"
  local rc=$?
  set -e
  pid=
  exec 3>&-
  [ $rc -eq 130 ] || fail "$1: exit $rc, want 130"
}
start_feed
record live-1 1 "Flood in the valley" "The river flooded the town on Monday, and the mayor asked for help." >&3
stored live-1 || fail "a record of a live feed was not stored while the feed stayed open"
record live-2 2 "Bridge reopens" "The bridge over the river reopened on Tuesday after repairs." >&3
stored live-2 || fail "the second record of a live feed was not stored while the feed stayed open"
exec 3>&-
wait "$pid" || fail "ingest of a live feed: exit $?"
pid=
grep -q "2 new" "$work/err" || fail "summary does not count two new articles"
# The same through gzip, as a compressed feed would come.
rm -f "$work/feed" && mkfifo "$work/feed"
"$bin" ingest --db "$work/t.db" - < "$work/feed" 2> "$work/err" &
pid=$!
exec 3> >(gzip -c > "$work/feed")
record live-3 3 "Storm warning" "Forecasters warned of a storm reaching the coast on Wednesday night." >&3
exec 3>&-
wait "$pid" || fail "ingest of a gzip feed: exit $?"
pid=
grep -q "1 new" "$work/err" || fail "gzip feed: summary does not count one new article"
stored live-3 || fail "the record of a gzip feed was not stored"
# SIGTERM (or Ctrl-C) while the feed stays open: what was read is stored, exit 130.
start_feed
record live-4 4 "Dam holds" "Engineers said on Thursday that the dam held through the night." >&3
stored live-4 || fail "the record before the signal was not stored"
# A record cut short by the signal is named, not stored and not taken for a broken record.
printf '{"id":"live-5","lang":"en","title":"Dam' >&3
drained || fail "the partial line was not read"
stop_feed "ingest stopped by SIGTERM"
grep -q "interrupted" "$work/err" || fail "no word of the interrupt"
grep -q "1 new" "$work/err" || fail "interrupted: summary does not count the record read"
grep -q "stdin:2: interrupted in the middle of the line (39 bytes read); not stored" "$work/err" ||
  fail "the line cut by the signal is not named as such"
grep -q "invalid JSON" "$work/err" && fail "the line cut by the signal was taken for broken JSON"
"$bin" articles --db "$work/t.db" --format jsonl | grep -q '"live-5"' &&
  fail "the record cut by the signal was stored"
# One text article on a live feed, cut by the signal: not stored as if it were whole.
start_feed
printf 'Dam holds after the storm\n\nEngineers said on Thursday that the dam' >&3
drained || fail "the partial article was not read"
stop_feed "text feed stopped by SIGTERM"
grep -q "interrupted before the end (66 bytes read); not stored" "$work/err" ||
  fail "the article cut by the signal is not named as such"
"$bin" articles --db "$work/t.db" --format jsonl | grep -q 'dam"' &&
  fail "the article cut by the signal was stored"
echo "cli live feed: ok"
