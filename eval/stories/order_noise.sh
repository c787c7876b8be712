#!/usr/bin/env bash
# How much a score owes to one arrival order: scores the gold stream as it is and N times with
# every publication time moved by up to +-MINUTES (jitter_stream.py, seeds 1..N), and prints
# each run and the mean, standard deviation and range of BCubed F1 and cross-lingual P and R.
# A change to the clusterer is worth keeping when it moves the mean by more than the spread.
# Usage: order_noise.sh STORYTRACE_BINARY [GOLD.jsonl] [MINUTES (10)] [N (8)]
# Extra options for `eval stories` come from $EVAL_ARGS (e.g. "--data data", or the setting
# under test). About 3 s a run for the OG2021 dev stream.
set -euo pipefail
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
gold=${2:-$here/../../../shared/data/og2021-dev/titles.jsonl}
minutes=${3:-10}
n=${4:-8}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck disable=SC2086
score() { bash "$here/score.sh" "$bin" "$1" ${EVAL_ARGS:-}; }  # GOLD -> "F1 xP xR"

echo "as given:      F1 xP xR = $(score "$gold")"
for seed in $(seq 1 "$n"); do
  /usr/bin/python3 "$here/jitter_stream.py" "$gold" "$minutes" "$seed" "$work/s.jsonl"
  echo "$seed $(score "$work/s.jsonl")"
done | tee "$work/runs" | awk -v m="$minutes" '{printf "+-%s min, seed %-3s F1 %s xP %s xR %s\n", m, $1, $2, $3, $4}'
awk '{for (i = 2; i <= 4; i++) {s[i] += $i; q[i] += $i * $i; if (NR == 1 || $i < lo[i]) lo[i] = $i;
      if (NR == 1 || $i > hi[i]) hi[i] = $i}}
     END {split("F1 xP xR", name, " ");
          for (i = 2; i <= 4; i++) {mean = s[i] / NR; sd = sqrt(q[i] / NR - mean * mean);
            printf "%-3s mean %.4f sd %.4f range %.4f-%.4f (%d orders)\n", name[i - 1], mean, sd, lo[i], hi[i], NR}}' \
  "$work/runs"
