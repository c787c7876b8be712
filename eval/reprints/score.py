#!/usr/bin/env python3
# Scores predicted reprint links against the gold text families of the reprint evaluation set.
"""Metric (README.md has the long form). A gold family is an original and every article derived from
it; its original is its earliest article. Predicted links (JSONL lines {"src", "dst", "kind",
"score"}; lines of another kind and self-links are ignored) are scored as unordered pairs, each
pair counted once:
  precision = predicted pairs inside one gold family / predicted pairs  (0 when nothing is predicted)
  recall    = gold reprints (family members other than the original) in at least one correct pair
              / gold reprints
  F1        = 2PR / (P + R)
  direction = correct pairs whose dst is the family's original / correct pairs
  exact     = gold reprints with the link src=reprint, dst=original / gold reprints
  complete  = families whose members the correct pairs connect into one / families
False positives are grouped by what the two texts are: a listed near-miss pair (same story,
different text; same event in the sample corpus; a translation) or unrelated."""
import argparse, json, sys
from collections import defaultdict


def load_links(path):
    """{frozenset(pair): (src, dst, score)}, first direction seen, highest score."""
    links = {}
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            print(f"warning: {path}:{n}: not JSON, skipped", file=sys.stderr)
            continue
        src, dst, score = str(rec.get("src")), str(rec.get("dst")), rec.get("score")
        if rec.get("kind", "reprint") != "reprint" or src == dst:
            continue
        key = frozenset((src, dst))
        if key in links:
            s, d, old = links[key]
            links[key] = (s, d, old if score is None else score if old is None else max(old, score))
        else:
            links[key] = (src, dst, score)
    return links


def connected(members, pairs):
    parent = {m: m for m in members}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    return len({find(m) for m in members}) == 1


def score(gold, links):
    arts = gold.get("articles", {})
    root = {m: fam[0] for fam in gold["families"] for m in fam}
    for r, o in gold["reprint_of"].items():
        assert root.get(r) == o, f"gold: {r} is not in the family of {o}"
    reprints = set(gold["reprint_of"])
    near = {frozenset(p) for p in gold["negatives"]}
    correct, false = [], []
    for key, (src, dst, s) in links.items():
        if src in root and root[src] == root.get(dst):
            correct.append((src, dst, s))
        else:
            a, b = root.get(src, src), root.get(dst, dst)
            if src not in arts or dst not in arts:
                kind = "unknown id"
            elif frozenset((a, b)) in near:
                roles = {arts[x]["role"] for x in (a, b)}
                kind = "same story, different text" if "same-story" in roles else "same event or translation (sample corpus)"
            else:
                kind = "unrelated"
            false.append((src, dst, s, kind))
    found = {x for src, dst, _ in correct for x in (src, dst)} & reprints
    exact = {src for src, dst, _ in correct if gold["reprint_of"].get(src) == dst}
    by_family = defaultdict(list)
    for src, dst, _ in correct:
        by_family[root[src]].append((src, dst))
    complete = sum(connected(fam, by_family[fam[0]]) for fam in gold["families"])
    p = len(correct) / len(links) if links else 0.0
    r = len(found) / len(reprints) if reprints else 0.0
    m = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
         "direction": sum(dst == root[dst] for _, dst, _ in correct) / len(correct) if correct else 0.0,
         "exact": len(exact) / len(reprints) if reprints else 0.0,
         "complete_families": complete / len(gold["families"]) if gold["families"] else 0.0,
         "predicted_pairs": len(links), "correct_pairs": len(correct), "false_pairs": len(false),
         "gold_reprints": len(reprints), "found_reprints": len(found), "families": len(gold["families"]),
         "false_by_kind": {}, "recall_by_transform": {}, "recall_by_lang": {}}
    for *_, kind in false:
        m["false_by_kind"][kind] = m["false_by_kind"].get(kind, 0) + 1
    for group, field in (("recall_by_transform", "transforms"), ("recall_by_lang", "lang")):
        tally = defaultdict(lambda: [0, 0])
        for x in reprints:
            values = arts.get(x, {}).get(field, [])
            for v in values if isinstance(values, list) else [values]:
                tally[v][0] += x in found
                tally[v][1] += 1
        m[group] = {k: {"found": f, "total": t} for k, (f, t) in sorted(tally.items())}
    scores = lambda xs: sorted(s for *_, s in xs if isinstance(s, (int, float)))
    m["scores"] = {"correct": scores(correct), "false": scores([x[:3] for x in false])}
    return m, correct, false, sorted(reprints - found)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, help="gold.json written by make_set.py")
    ap.add_argument("--links", required=True, help="output of `storytrace links --kind reprint --format jsonl`")
    ap.add_argument("--json", metavar="OUT", help="write the metrics here")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="list up to N false and N missed links")
    a = ap.parse_args()
    gold = json.load(open(a.gold, encoding="utf-8"))
    links = load_links(a.links)
    m, correct, false, missed = score(gold, links)
    arts = gold.get("articles", {})
    title = lambda x: arts.get(x, {}).get("title", "?")[:70]

    print(f"reprint links: P {m['precision']:.4f} R {m['recall']:.4f} F1 {m['f1']:.4f}  "
          f"direction {m['direction']:.4f} exact {m['exact']:.4f} complete families {m['complete_families']:.4f}")
    print(f"  {m['predicted_pairs']} predicted pairs: {m['correct_pairs']} correct, {m['false_pairs']} false"
          + "".join(f"; {k} {v}" for k, v in sorted(m["false_by_kind"].items())))
    print(f"  {m['found_reprints']} of {m['gold_reprints']} gold reprints found, in {m['families']} families")
    for group in ("recall_by_transform", "recall_by_lang"):
        print(f"  {group.replace('_', ' ')}: " + ", ".join(f"{k} {v['found']}/{v['total']}" for k, v in m[group].items()))
    sc, sf = m["scores"]["correct"], m["scores"]["false"]
    if sc or sf:
        print(f"  scores: correct {'min %.3f median %.3f' % (sc[0], sc[len(sc) // 2]) if sc else '-'}; "
              f"false {'min %.3f max %.3f' % (sf[0], sf[-1]) if sf else '-'}")
    if a.show_errors:
        for src, dst, s, kind in sorted(false, key=lambda x: -(x[2] or 0))[:a.show_errors]:
            print(f"FP {s} [{kind}] {src} “{title(src)}” -> {dst} “{title(dst)}”")
        reprint_of = gold["reprint_of"]
        for x in missed[:a.show_errors]:
            wrong = [d if s == x else s for s, d, *_ in false if x in (s, d)]
            print(f"FN {x} “{title(x)}” {arts.get(x, {}).get('transforms', [])} of {reprint_of[x]} “{title(reprint_of[x])}”"
                  + (f"; linked instead to {', '.join(wrong)}" if wrong else ""))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(m, f, indent=1)


if __name__ == "__main__":
    main()
