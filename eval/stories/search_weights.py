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
OUT.json / M.json hold [join, same_language, cross_language], each [bias, w1, ...]. Without
--start the search starts from the models the binary has built in (its `models` output).
"""
import argparse
import itertools
import json
import subprocess
from concurrent.futures import ThreadPoolExecutor

MODELS = ('join', 'same_language_link', 'cross_language_link')
OPTIONS = ('--model', '--link-model', '--cross-link-model')


def weights(v):
    return ','.join('%.4f' % x for x in v)


def replay(binary, data, gold, model=None):
    """One replay of `gold` (with `model`, or the built-in models when None): the binary's
    JSON report, as a dict."""
    args = [binary, 'eval', 'stories', '--data', data, '--gold', gold, '--format', 'json']
    for option, m in zip(OPTIONS, model or []):
        args += [option, weights(m)]
    return json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)


def figures(report):
    """(BCubed F1, P, R, cross-lingual P, R) of a report."""
    b, x = report['bcubed'], report['cross_lingual']
    return (b['f1'], b['precision'], b['recall'], x['precision'], x['recall'])


def score(binary, data, gold, model):
    return figures(replay(binary, data, gold, model))


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
    if a.out is None:
        ap.error('OUT.json is needed unless --test is given')
    if a.start:
        model = json.load(open(a.start))
        best = score(a.binary, a.data, a.gold, model)
    else:
        report = replay(a.binary, a.data, a.gold)
        model, best = [list(report['models'][k]) for k in MODELS], figures(report)
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
                with ThreadPoolExecutor(len(tries)) as pool:
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
