#!/usr/bin/env python3
"""Fits the clusterer's join model on features dumped by
`storytrace eval stories --gold GOLD --dump-features FEATURES.tsv`.

Each line is one (article, candidate cluster) pair the clusterer considered, labelled 1 when
most of the candidate's articles so far belong to the article's gold story. The model is a
conditional logit: for each article, its candidates compete with the option "start a new
cluster" (a learned constant utility), so the weights say how much each similarity counts
against the others, not against the mass of easy negatives. The decision "join the best
candidate when its utility beats the new-cluster option" is then a logistic model with
bias = -utility(new): printed as "bias,w1,...", the form `--model` and LogisticModel::Parse
read. Several dumps (e.g. from successive rounds) are pooled.

Needs Debian's python3-numpy and python3-scipy (run with /usr/bin/python3).
"""
import sys

import numpy as np
from scipy.optimize import minimize


def load(paths):
    xs, ys, gs = [], [], []
    for n, path in enumerate(paths):
        d = np.loadtxt(path, delimiter="\t", skiprows=1, ndmin=2)
        if d.size == 0:
            continue
        gs.append(d[:, 0].astype(np.int64) + n * 10**8)
        ys.append(d[:, 1].astype(int))
        xs.append(d[:, 2:])
    with open(paths[0]) as f:
        names = f.readline().rstrip("\n").split("\t")[2:]
    x, y, g = np.vstack(xs), np.concatenate(ys), np.concatenate(gs)
    order = np.argsort(g, kind="stable")
    return names, x[order], y[order], g[order]


def fit(x, y, g, l2=0.5):
    _, start = np.unique(g, return_index=True)
    seg = np.repeat(np.arange(len(start)), np.diff(np.append(start, len(g))))
    has_pos = np.add.reduceat(y, start) > 0
    k = x.shape[1]
    mu, sd = x.mean(0), x.std(0) + 1e-9
    xs = (x - mu) / sd

    def nll(theta):
        w, b = theta[:k], theta[k]
        u = xs @ w
        m = np.maximum(np.maximum.reduceat(u, start), b)
        ex = np.exp(u - m[seg])
        total = np.add.reduceat(ex, start) + np.exp(b - m)
        pos = np.add.reduceat(ex * y, start)
        chosen = np.where(has_pos, m + np.log(np.maximum(pos, 1e-300)), b)
        ll = chosen - (m + np.log(total))
        p = ex / total[seg]
        p_new = np.exp(b - m) / total
        q = np.where((y == 1) & has_pos[seg], ex / np.maximum(pos[seg], 1e-300), 0)
        grad_w = xs.T @ (q - p) - l2 * w
        grad_b = (np.where(has_pos, 0, 1) - p_new).sum()
        return -(ll.sum() - 0.5 * l2 * w @ w), -np.append(grad_w, grad_b)

    theta = minimize(nll, np.zeros(k + 1), jac=True, method="L-BFGS-B").x
    w = theta[:k] / sd
    bias = -(theta[k] + (mu * w).sum())
    return bias, w


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    names, x, y, g = load(sys.argv[1:])
    bias, w = fit(x, y, g)
    print(f"articles {len(np.unique(g))}, candidate pairs {len(y)}, positive {int(y.sum())}",
          file=sys.stderr)
    for n, v in zip(names, w):
        print(f"  {n:14s} {v:+.4f}", file=sys.stderr)
    print(",".join(f"{v:.4f}" for v in [bias, *w]))


if __name__ == "__main__":
    main()
