# Sourced by the entity evaluation scripts (run.sh, wmt.sh, bench.sh) and eval/geo/run.sh: ingest and
# export, option and skip handling, quote-free reports, floors.
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

# drop_quotes: filters score.py's report of a gold without quotations (the WMT and benchmark entity
# golds): score.py always prints quote figures, which then mean nothing, so their lines and the quote
# error lists are dropped.
drop_quotes() {
  awk '/^  (quotes|- no partial|attribution) / || /^  note: .*quote/ { next }
       /^  (missed quotes|spurious quotes|wrong speakers) \(/ { skip = 1; next }
       /^  [^ ]/ { skip = 0 }
       skip && /^    / { next }
       { print }'
}

# floors_met TITLE FIGURES.json SPEC...: compares figures of a JSON file with floors in the environment.
# Each SPEC is VAR|label|path, path the figure's keys joined by dots ("mentions.recall"); the floor is
# the environment variable VAR_FLOOR. When any is set, prints "TITLE: ok" or "TITLE: FAILED: …" and
# returns 1 when a figure is below its floor.
floors_met() {
  python3 - "$@" <<'PY'
import json, os, sys
title, figures, specs = sys.argv[1], json.load(open(sys.argv[2])), sys.argv[3:]
low, checked = [], False
for spec in specs:
    var, label, path = spec.split("|")
    floor = os.environ.get(var + "_FLOOR")
    if not floor:
        continue
    checked = True
    value = figures
    for part in path.split("."):
        value = value[part]
    if value < float(floor):
        low.append(f"{label} {value:.4f} < {float(floor):.4f}")
if checked:
    print(f"{title}:", "FAILED: " + ", ".join(low) if low else "ok")
    sys.exit(1 if low else 0)
PY
}

# check_floors NAME FIGURES.json: compares score.py's figures with the floors in the environment
# (MENTION_R_FLOOR, MENTION_P_FLOOR, TYPES_FLOOR, VARIANT_F1_FLOOR); when any is set, prints the
# verdict and returns 1 when a figure is below its floor.
check_floors() {
  floors_met "entities regression, $1" "$2" "MENTION_R|mention recall|mentions.recall" \
    "MENTION_P|mention precision|mentions.precision" "TYPES|type accuracy|types.accuracy" \
    "VARIANT_F1|variant-pair F1|variants.f1"
}

# read_out_option ARG...: sets `out` to the DIR of a --out DIR among the arguments (empty when there
# is none) and the array `args` to the other arguments, in order.
read_out_option() {
  out=
  args=()
  while [ $# -gt 0 ]; do
    case $1 in
      --out) out=$2; shift 2 ;;
      *) args+=("$1"); shift ;;
    esac
  done
}

# skip_gold NAME MESSAGE [FLOOR_VAR...]: for a gold whose documents are absent, prints "NAME: MESSAGE"
# and ends the calling script: exit 77 (skipped) when any of the floor variables is set in the
# environment (a regression check that cannot run), 0 otherwise. The variables default to the entity
# floors (MENTION_R_FLOOR, MENTION_P_FLOOR, TYPES_FLOOR, VARIANT_F1_FLOOR).
skip_gold() {
  local name=$1 message=$2 var
  shift 2
  [ $# -gt 0 ] || set -- MENTION_R_FLOOR MENTION_P_FLOOR TYPES_FLOOR VARIANT_F1_FLOOR
  echo "$name: $message" >&2
  for var in "$@"; do
    if [ -n "${!var:-}" ]; then exit 77; fi
  done
  exit 0
}

# make_work_dirs: makes the temporary directory `tmp` (removed when the calling script exits) and
# the output directory `out`, which is `tmp` when no --out was given.
make_work_dirs() {
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  [ -n "$out" ] || out=$tmp
  mkdir -p "$out"
}
