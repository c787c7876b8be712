#!/usr/bin/env python3
# Scores article-body extraction on the article-extraction benchmark, storytrace beside its peers.
#
# Metric (reproduces the published figures: trafilatura 0.955, rs-trafilatura 0.967,
# readability.js 0.943, newspaper 0.949, justext 0.807): texts are split into \w+ tokens,
# 4-token shingles are counted, and per page tp = multiset overlap with the gold shingles,
# fp = predicted - tp, fn = gold - tp. Precision is averaged over the pages that have any
# output, recall over all pages, and F1 is computed from the two means.
import argparse, collections, json, os, re, sys

def shingles(text):
    toks = re.findall(r"\w+", text or "")
    return collections.Counter(tuple(toks[i:i + 4]) for i in range(len(toks) - 3))

def score(gold, pred):
    ps, rs, pages = [], [], {}
    for k, g in gold.items():
        gs, qs = shingles(g["articleBody"]), shingles(pred.get(k, ""))
        tp = sum((gs & qs).values())
        fp, fn = sum(qs.values()) - tp, sum(gs.values()) - tp
        p = tp / (tp + fp) if tp + fp else None
        r = tp / (tp + fn) if tp + fn else 1.0
        if p is not None:
            ps.append(p)
        rs.append(r)
        pages[k] = (p or 0.0, r)
    p, r = sum(ps) / max(len(ps), 1), sum(rs) / len(rs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), pages

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bench", default=os.path.join(here, "../../../shared/data/extraction-benchmark"))
    ap.add_argument("--storytrace", required=True, help="output of 'storytrace extract --format json'")
    ap.add_argument("--peer", action="append", default=[], help="NAME=PRED.json in the same format")
    ap.add_argument("--json", help="write the scores here")
    ap.add_argument("--worst", type=int, default=0, help="list storytrace's N worst pages")
    a = ap.parse_args()
    gold = json.load(open(os.path.join(a.bench, "ground-truth.json")))
    systems = {}
    ours = json.load(open(a.storytrace))
    systems["storytrace"] = {k: v.get("articleBody", "") for k, v in ours.items()}
    for extra in a.peer:
        name, path = extra.split("=", 1)
        systems[name] = {k: v.get("articleBody", "") for k, v in json.load(open(path)).items()}
    peer_dir = os.path.join(a.bench, "peers")
    for f in sorted(os.listdir(peer_dir)):
        out = json.load(open(os.path.join(peer_dir, f)))["output"]
        systems[f[:-5]] = {k: (v.get("articleBody") if isinstance(v, dict) else v) or "" for k, v in out.items()}
    rows = {name: score(gold, pred) for name, pred in systems.items()}
    print(f"{len(gold)} pages")
    print(f"{'system':18} {'P':>6} {'R':>6} {'F1':>6}")
    for name, (p, r, f, _) in sorted(rows.items(), key=lambda x: -x[1][2]):
        print(f"{name:18} {p:6.3f} {r:6.3f} {f:6.3f}")
    if a.worst:
        pages = rows["storytrace"][3]
        worst = sorted(pages.items(), key=lambda x: (2 * x[1][0] * x[1][1] / (x[1][0] + x[1][1]) if sum(x[1]) else 0))
        print(f"\nstorytrace: {a.worst} worst pages (P, R)")
        for k, (p, r) in worst[:a.worst]:
            print(f"  {k[:16]}  P {p:.3f}  R {r:.3f}  {gold[k].get('url', '')[:70]}")
    if a.json:
        json.dump({n: {"precision": p, "recall": r, "f1": f} for n, (p, r, f, _) in rows.items()},
                  open(a.json, "w"), indent=1)

if __name__ == "__main__":
    sys.exit(main())
