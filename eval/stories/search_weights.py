#!/usr/bin/env python3
"""Coordinate search of the three headline models' weights on BCubed F1 of one gold stream.

A check for over-fitting, not a trainer: search the weights on one half of the dev stream,
then score the result on the other half with --test. Each weight (the join model's, the
same-language and the cross-language link models'; weights that are 0, features the models
leave out, stay 0) is moved up and down by `step` times its size (at least 0.5); a move is
kept when it raises BCubed F1 by more than 1e-4; steps shrink when no move helps.

Usage:
  search_weights.py STORYTRACE DATA_DIR GOLD.jsonl OUT.json [--steps 0.15,0.08] [--start M.json]
  search_weights.py STORYTRACE DATA_DIR GOLD.jsonl --test M.json
OUT.json / M.json hold [join, same_language, cross_language], each [bias, w1, ...].
"""
import argparse
import itertools
import json
import subprocess
from concurrent.futures import ThreadPoolExecutor

# The built-in headline models (src/cluster/join_model.cc), the search's default start.
BUILT_IN = [
    [-1.7617, 2.3724, 0.8641, 5.7635, 1.1540, 0.0, -0.5092, -2.1472, 0.0, -1.0],
    [-1.8016, 1.8218, 1.4745, 6.0389, 2.9251, 0.0510, -0.0016, -1.3977, 0.3019, -2.7],
    [-2.1203, 0.0, 5.0328, 5.1687, 3.1357, 1.2324, 0.0, -0.3592, 0.2720, -2.1567],
]


def weights(v):
    return ','.join('%.4f' % x for x in v)


def score(binary, data, gold, model):
    """(BCubed F1, P, R, cross-lingual P, R) of one replay of `gold` with `model`."""
    out = subprocess.run(
        [binary, 'eval', 'stories', '--data', data, '--gold', gold, '--format', 'json',
         '--model', weights(model[0]), '--link-model', weights(model[1]),
         '--cross-link-model', weights(model[2])],
        capture_output=True, text=True, check=True).stdout
    d = json.loads(out)
    b, x = d['bcubed'], d['cross_lingual']
    return (b['f1'], b['precision'], b['recall'], x['precision'], x['recall'])


def show(figures):
    return 'F1 %.4f P %.4f R %.4f cross-lingual P %.4f R %.4f' % figures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('binary')
    ap.add_argument('data')
    ap.add_argument('gold')
    ap.add_argument('out', nargs='?')
    ap.add_argument('--steps', default='0.15')
    ap.add_argument('--start')
    ap.add_argument('--test')
    a = ap.parse_args()
    if a.test:
        print(show(score(a.binary, a.data, a.gold, json.load(open(a.test)))))
        return
    model = json.load(open(a.start)) if a.start else [list(m) for m in BUILT_IN]
    best = score(a.binary, a.data, a.gold, model)
    print('start', show(best), flush=True)
    for step in (float(s) for s in a.steps.split(',')):
        improved = True
        while improved:
            improved = False
            for mi, pi in itertools.product(range(3), range(len(model[0]))):
                w = model[mi][pi]
                if w == 0.0 and pi != 0:
                    continue
                d = step * max(abs(w), 0.5)
                tries = []
                for sign in (1, -1):
                    m = [list(x) for x in model]
                    m[mi][pi] = w + sign * d
                    tries.append(m)
                with ThreadPoolExecutor(2) as pool:
                    got = list(pool.map(lambda m: score(a.binary, a.data, a.gold, m), tries))
                k = max(range(2), key=lambda i: got[i][0])
                if got[k][0] > best[0] + 1e-4:
                    best, model, improved = got[k], tries[k], True
                    print('step %.2f model %d weight %d -> %.4f: %s' %
                          (step, mi, pi, model[mi][pi], show(best)), flush=True)
                    json.dump(model, open(a.out, 'w'))
    json.dump(model, open(a.out, 'w'))
    print('final', show(best))


if __name__ == '__main__':
    main()
