#!/usr/bin/env python3
# Scores article-body extraction on the article-extraction benchmark: storytrace beside its peers.
"""Metric (the benchmark's own, reproduces its published figures to 3 decimals): each text is split
into \\w+ tokens (case kept), shingled into 4-token windows (a text of 1-3 tokens is one shorter
shingle) counted as a multiset; per page tp = overlap of predicted and gold shingles, fp = predicted
- tp, fn = gold - tp, divided by their sum. Precision is averaged over the pages with tp + fp > 0
(an empty prediction scores no precision but recall 0), recall over the pages with tp + fn > 0;
a page where both are empty scores 1. F1 = 2PR / (P + R) of the two means."""
import argparse, json, os, re, sys
from collections import Counter

WORD = re.compile(r"\w+")


def shingles(text, n=4):
    toks = WORD.findall(text or "")
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks)


def page_score(gold, pred):
    """(precision or None, recall or None) of one page, as in the benchmark's evaluate.py."""
    g, q = shingles(gold), shingles(pred)
    tp = sum((g & q).values())
    fp, fn = sum(q.values()) - tp, sum(g.values()) - tp
    if fp == fn == 0:
        return 1.0, 1.0
    return (tp / (tp + fp) if tp + fp else None), (tp / (tp + fn) if tp + fn else None)


def score(gold, pred):
    pages = {k: page_score(g, pred.get(k, "")) for k, g in gold.items()}
    ps = [p for p, _ in pages.values() if p is not None]
    rs = [r for _, r in pages.values() if r is not None]
    p, r = sum(ps) / max(len(ps), 1), sum(rs) / max(len(rs), 1)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "pages_with_output": sum(1 for k in gold if WORD.search(pred.get(k) or ""))}, pages


def bodies(path):
    """{id: articleBody} from `storytrace extract --format json` or a benchmark peer file."""
    data = json.load(open(path, encoding="utf-8"))
    data = data.get("output", data) if isinstance(data.get("output"), dict) else data
    return {k: (v.get("articleBody") if isinstance(v, dict) else v) or "" for k, v in data.items()}


def f1(p, r):
    return 2 * p * r / (p + r) if p and r else 0.0


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", default=os.path.normpath(os.path.join(root, "..", "shared", "data", "extraction-benchmark")),
                    help="benchmark folder (default: ../shared/data/extraction-benchmark from the repository root)")
    ap.add_argument("--storytrace", required=True, help="output of `storytrace extract --format json`")
    ap.add_argument("--peer", action="append", default=[], metavar="NAME=PRED.json",
                    help="another system's output in the same format (repeatable), e.g. readability-lxml")
    ap.add_argument("--json", metavar="OUT", help="write all scores (and storytrace's per-page scores) here")
    ap.add_argument("--worst", type=int, default=0, metavar="N", help="list storytrace's N worst pages by F1")
    a = ap.parse_args()

    truth = json.load(open(os.path.join(a.bench, "ground-truth.json"), encoding="utf-8"))
    gold, urls = {k: v.get("articleBody", "") for k, v in truth.items()}, {k: v.get("url", "") for k, v in truth.items()}
    systems = {"storytrace": bodies(a.storytrace)}
    missing = sorted(set(gold) - set(systems["storytrace"]))
    if missing:
        print(f"warning: storytrace has no entry for {len(missing)} page(s), scored as empty: {', '.join(m[:12] for m in missing[:5])}",
              file=sys.stderr)
    for spec in a.peer:
        name, path = spec.split("=", 1)
        systems[name] = bodies(path)
    peers = os.path.join(a.bench, "peers")
    for f in sorted(os.listdir(peers)):
        if f.endswith(".json"):
            systems[f[:-5].replace("_js", ".js").replace("_", "-")] = bodies(os.path.join(peers, f))

    results = {name: score(gold, pred) for name, pred in systems.items()}
    print(f"article extraction, {len(gold)} pages (4-token shingles, P and R averaged over pages)")
    print(f"  {'system':18} {'P':>6} {'R':>6} {'F1':>6}  pages with output")
    for name, (m, _) in sorted(results.items(), key=lambda x: -x[1][0]["f1"]):
        mark = "*" if name == "storytrace" else " "
        print(f"{mark} {name:18} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}  {m['pages_with_output']}")

    ours = results["storytrace"][1]
    if a.worst:
        print(f"\nstorytrace's {a.worst} worst pages (P '-' = empty output):")
        rows = sorted(ours.items(), key=lambda x: (f1(*x[1]), x[0]))[:a.worst]
        for k, (p, r) in rows:
            ps = "  -  " if p is None else f"{p:.3f}"
            print(f"  {k[:12]}  F1 {f1(p, r):.3f}  P {ps}  R {r or 0:.3f}  {urls[k][:80]}")
    if a.json:
        out = {name: m for name, (m, _) in results.items()}
        out["pages"] = len(gold)
        out["storytrace_pages"] = {k: {"precision": p, "recall": r, "f1": f1(p, r)} for k, (p, r) in ours.items()}
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1)


if __name__ == "__main__":
    main()
