#!/usr/bin/env bash
# Builds the reprint evaluation set, ingests it, lists the reprint links storytrace found and scores them.
# Usage: run.sh STORYTRACE_BINARY [OUT_DIR] [score.py options, e.g. --show-errors 10 --json OUT]
# OUT_DIR keeps articles.jsonl, gold.json, r.db and links.jsonl; without it they go to a temporary folder.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '3,4s/^# //p' "$0" >&2; exit 2; }
bin=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  out=$1; shift
  mkdir -p "$out"
else
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
export STORYTRACE_NOW=${STORYTRACE_NOW:-2025-07-01T00:00:00Z}  # a fixed clock after the last article

python3 "$here/make_set.py" "$out"
rm -f "$out/r.db" "$out/r.db-wal" "$out/r.db-shm"
now() { date +%s.%N; }
t0=$(now) rc=0
"$bin" ingest --db "$out/r.db" "$out/articles.jsonl" 2> "$out/ingest.log" || rc=$?
case $rc in
  0) ;;
  3) echo "run.sh: some articles were rejected:" >&2; sed 's/^/  storytrace: /' "$out/ingest.log" >&2 ;;
  *) echo "run.sh: $bin ingest failed (exit $rc):" >&2; cat "$out/ingest.log" >&2; exit 1 ;;
esac
t1=$(now)
"$bin" links --db "$out/r.db" --kind reprint --format jsonl > "$out/links.jsonl" ||
  { echo "run.sh: $bin links failed" >&2; exit 1; }
awk -v n="$(wc -l < "$out/articles.jsonl")" -v t0="$t0" -v t1="$t1" -v t2="$(now)" 'BEGIN {
  printf "storytrace: ingest of %d articles %.2f s wall (%.0f articles/s), links %.2f s\n", n, t1 - t0, n / (t1 - t0), t2 - t1 }'
python3 "$here/score.py" --gold "$out/gold.json" --links "$out/links.jsonl" "$@"
