#!/usr/bin/env bash
# Learns the clusterer's headline models (join, same-language link, cross-language link) on a
# gold stream, by rounds: replay the stream with the current models dumping every decision's
# features, refit each model on all dumps so far (the clusterer sees the clusters it itself
# made, not ideal ones), repeat. Prints the final models and the scores they give.
# Usage: train_models.sh STORYTRACE_BINARY [GOLD.jsonl] [ROUNDS (default 3)]
# Needs Debian's python3-sklearn (with numpy and scipy). The gold defaults to the OG2021 dev
# headlines beside the repository. Extra options for `eval stories` come from $EVAL_ARGS.
set -euo pipefail
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
gold=${2:-$here/../../../shared/data/og2021-dev/titles.jsonl}
rounds=${3:-3}
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
models=()
joins=() same=() cross=()
for round in $(seq 0 "$rounds"); do
  # shellcheck disable=SC2086
  "$bin" eval stories --gold "$gold" "${models[@]}" ${EVAL_ARGS:-} \
    --dump-features "$work/join$round.tsv" --dump-link-features "$work/link$round.tsv" |
    sed -n 2p | sed "s/^/round $round: /"
  joins+=("$work/join$round.tsv")
  jm=$("$py" "$here/train_join_model.py" "${joins[@]}" 2>/dev/null)
  sm=$("$py" "$here/train_link_model.py" --same "$work"/link*.tsv 2>/dev/null)
  cm=$("$py" "$here/train_link_model.py" --cross "$work"/link*.tsv 2>/dev/null)
  models=(--model "$jm" --link-model "$sm" --cross-link-model "$cm")
done
echo "join model:                $jm"
echo "same-language link model:  $sm"
echo "cross-language link model: $cm"
"$bin" eval stories --gold "$gold" "${models[@]}" ${EVAL_ARGS:-}
