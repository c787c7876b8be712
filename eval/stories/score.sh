#!/usr/bin/env bash
# One line of scores for a gold stream: "F1 xP xR" (BCubed F1, cross-lingual pair precision and
# recall) of `storytrace eval stories`, for the scripts that compare many runs.
# Usage: score.sh STORYTRACE_BINARY GOLD.jsonl [EVAL_STORIES_OPTION...]
set -euo pipefail
bin=$1 gold=$2
shift 2
"$bin" eval stories --gold "$gold" "$@" |
  awk '/^BCubed/{f=$7} /^cross-lingual P/{p=$3; r=$5} END{printf "%s %s %s", f, p, r}'
