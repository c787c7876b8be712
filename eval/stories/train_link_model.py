#!/usr/bin/env python3
"""Fits a link model (logistic regression) on cluster pairs dumped by
`storytrace eval stories --gold GOLD --dump-link-features PAIRS.tsv`.

Each line is a pair of language clusters the linker compared, labelled 1 when the two
clusters' majority gold stories agree. `--same` keeps pairs of one language, `--cross` pairs
of two; the clusterer uses one model for each. Prints precision and recall of the fitted
model at a few probabilities, then "bias,w1,..." (the form `--link-model` and
`--cross-link-model` read). Several dumps are pooled.

Needs Debian's python3-sklearn (run with /usr/bin/python3).
"""
import argparse
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pairs", nargs="+")
    kind = ap.add_mutually_exclusive_group(required=True)
    kind.add_argument("--same", action="store_true", help="pairs of one language")
    kind.add_argument("--cross", action="store_true", help="pairs of two languages")
    args = ap.parse_args()
    with open(args.pairs[0]) as f:
        names = f.readline().rstrip("\n").split("\t")[2:]
    same_col = names.index("same_lang")
    xs, ys = [], []
    for path in args.pairs:
        d = np.loadtxt(path, delimiter="\t", skiprows=1, usecols=range(1, len(names) + 2),
                       ndmin=2)
        if d.size == 0:
            continue
        keep = d[:, 1 + same_col] == (1 if args.same else 0)
        ys.append(d[keep, 0])
        xs.append(d[keep, 1:])
    x, y = np.vstack(xs), np.concatenate(ys)
    model = LogisticRegression(C=1.0, max_iter=5000).fit(x, y)
    p = model.predict_proba(x)[:, 1]
    print(f"pairs {len(y)}, positive {int(y.sum())}", file=sys.stderr)
    for t in (0.5, 0.7, 0.8, 0.9):
        sel = p >= t
        prec = y[sel].mean() if sel.any() else 0
        print(f"  p >= {t}: {int(sel.sum())} pairs, precision {prec:.3f}, "
              f"recall {y[sel].sum() / max(1, y.sum()):.3f}", file=sys.stderr)
    for n, w in zip(names, model.coef_[0]):
        print(f"  {n:14s} {w:+.4f}", file=sys.stderr)
    print(",".join(f"{v:.4f}" for v in [model.intercept_[0], *model.coef_[0]]))


if __name__ == "__main__":
    main()
