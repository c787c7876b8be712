# Sourced by the entity evaluation scripts (run.sh, wmt.sh).
# ingest_export NAME BIN DIR OUT.jsonl INPUT...: ingests the inputs into a store in DIR with BIN and
# exports it as JSONL to OUT.jsonl. Rejected inputs (ingest's exit code 3) are listed and the rest
# scored; any other failure ends the calling script (exit 1), its message prefixed with NAME.
ingest_export() {
  local name=$1 bin=$2 dir=$3 out=$4 rc=0
  shift 4
  "$bin" ingest --db "$dir/st.db" "$@" 2> "$dir/ingest.err" || rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
    echo "$name: $bin ingest failed ($rc):" >&2; cat "$dir/ingest.err" >&2; exit 1
  fi
  if [ "$rc" -eq 3 ]; then echo "$name: some inputs were rejected:" >&2; sed "s/^/  /" "$dir/ingest.err" >&2; fi
  "$bin" export --db "$dir/st.db" --format jsonl > "$out"
}
