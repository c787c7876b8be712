#!/usr/bin/env bash
# An out-of-sample estimate for the headline models: how much of the dev score is owed to the
# models having been learned on the stream they are scored on. For each seed the gold stories
# are split in two random halves (split_halves.py --by-story: the same period, half of the
# stories, as a held-back half is); the models are relearned (train_models.sh, 3 rounds) on
# the whole stream and on each half, and each half is scored with the built-in models, with
# the models learned on the whole stream (it is part of their training data) and with those
# learned on the other half (it is not). The last two differ by the optimism of scoring in
# sample; the last line prints its mean.
# Usage: crossfit.sh STORYTRACE_BINARY [GOLD.jsonl] [SEED...]   (seeds default to 100 101)
# Needs Debian's python3-sklearn. Extra options for `eval stories` come from $EVAL_ARGS (e.g.
# "--data data"). Takes about 5 minutes a seed on two cores.
set -euo pipefail
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
gold=${2:-$here/../../../shared/data/og2021-dev/titles.jsonl}
shift $(($# < 2 ? $# : 2))
seeds=("$@")
[ ${#seeds[@]} -eq 0 ] && seeds=(100 101)
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# train NAME GOLD: learns the three models on GOLD into $work/NAME.models (three lines).
train() {
  bash "$here/train_models.sh" "$bin" "$2" 3 |
    sed -n 's/^join model: *//p; s/^same-language link model: *//p; s/^cross-language link model: *//p' \
    >"$work/$1.models"
}
# score GOLD [MODELS_NAME]: "F1 xP xR" of GOLD with the named models (built-in without).
score() {
  local args=()
  if [ $# -gt 1 ]; then
    mapfile -t m <"$work/$2.models"
    args=(--model "${m[0]}" --link-model "${m[1]}" --cross-link-model "${m[2]}")
  fi
  # shellcheck disable=SC2086
  bash "$here/score.sh" "$bin" "$1" "${args[@]}" ${EVAL_ARGS:-}
}

train whole "$gold"
printf '%-14s %-22s %-22s %-22s\n' "half" "built-in F1 xP xR" "learned on all" "learned on the other"
gaps=()
for seed in "${seeds[@]}"; do
  "$py" "$here/split_halves.py" --by-story "$seed" "$gold" "$work/A.jsonl" "$work/B.jsonl" >/dev/null
  train A "$work/A.jsonl"
  train B "$work/B.jsonl"
  for half in A B; do
    other=$([ $half = A ] && echo B || echo A)
    built=$(score "$work/$half.jsonl")
    all=$(score "$work/$half.jsonl" whole)
    out=$(score "$work/$half.jsonl" "$other")
    printf '%-14s %-22s %-22s %-22s\n' "seed $seed $half" "$built" "$all" "$out"
    gaps+=("$(awk -v a="${all%% *}" -v b="${out%% *}" 'BEGIN{print a - b}')")
  done
done
printf '%s\n' "${gaps[@]}" |
  awk '{s += $1; n++} END{printf "optimism of in-sample BCubed F1 (learned on all minus on the other half): mean %.4f over %d halves\n", s / n, n}'
