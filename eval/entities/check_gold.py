#!/usr/bin/env python3
# Checks seeds_gold.json against the seed articles and prints its counts.
"""Every listed surface form must occur, as a whole word and with its case, in the article it is
listed for; every quote text must occur verbatim; 'variants' must be exactly the forms listed under
'mentions' and 'optional'; 'articles' must be the articles those name; no form may belong to two
groups once normalised as the scorer normalises it; each quote's speaker_variants must start with
its speaker. Exit 1 on any problem.

Usage: check_gold.py [--gold seeds_gold.json] [--seeds DIR]
DIR defaults to ../shared/samples/seeds beside the repository root."""
import argparse, json, os, re, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import fold, surface_key  # noqa: E402


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=os.path.join(here, "seeds_gold.json"))
    ap.add_argument("--seeds", default=os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "samples", "seeds")))
    a = ap.parse_args()
    gold = json.load(open(a.gold, encoding="utf-8"))
    texts = {}
    for aid in gold["articles"]:
        path = os.path.join(a.seeds, aid + ".txt")
        if not os.path.exists(path):
            sys.exit(f"check_gold: no seed file {path} (pass --seeds DIR)")
        texts[aid] = fold(open(path, encoding="utf-8", errors="replace").read())
    problems = []
    owner = {}
    for e in gold["entities"]:
        forms, arts = [], []
        for part in ("mentions", "optional"):
            for aid, vs in e.get(part, {}).items():
                if aid not in texts:
                    problems.append(f"{e['canonical']}: unknown article {aid}")
                    continue
                arts.append(aid)
                for v in vs:
                    forms.append(v)
                    if not re.search(r"(?<!\w)" + re.escape(fold(v)) + r"(?!\w)", texts[aid]):
                        problems.append(f"{e['canonical']}: {v!r} not found in {aid}")
        if sorted(set(forms)) != sorted(set(e["variants"])):
            problems.append(f"{e['canonical']}: variants {sorted(set(e['variants']))} != listed forms {sorted(set(forms))}")
        if sorted(set(arts)) != sorted(set(e["articles"])):
            problems.append(f"{e['canonical']}: articles {e['articles']} != {sorted(set(arts))}")
        if e["type"] not in ("PER", "ORG", "LOC"):
            problems.append(f"{e['canonical']}: type {e['type']!r}")
        for v in e["variants"]:
            k = surface_key(v)
            if owner.setdefault(k, e["canonical"]) != e["canonical"]:
                problems.append(f"{v!r} normalises to {k!r}, also a form of {owner[k]!r}")
    for q in gold["quotes"] + gold.get("non_speech", []) + gold.get("ignore", []):
        if q["id"] not in texts or fold(q["text"]) not in texts[q["id"]]:
            problems.append(f"quote/name not found verbatim in {q['id']}: {q['text'][:60]!r}")
    for q in gold["quotes"]:
        if q.get("speaker") and q.get("speaker_variants", [q["speaker"]])[0] != q["speaker"]:
            problems.append(f"speaker {q['speaker']!r} is not the first of its speaker_variants")
        if q.get("kind") not in ("full", "split", "partial"):
            problems.append(f"quote kind {q.get('kind')!r}")

    ents = gold["entities"]
    types = Counter(e["type"] for e in ents)
    req = [(aid, surface_key(v)) for e in ents for aid, vs in e.get("mentions", {}).items() for v in vs]
    opt = [(aid, surface_key(v)) for e in ents for aid, vs in e.get("optional", {}).items() for v in vs]
    kinds = Counter(q["kind"] for q in gold["quotes"])
    multi = [e for e in ents if len({surface_key(v) for v in e["variants"]}) > 1]
    print(f"{len(gold['articles'])} articles; {len(ents)} entity groups "
          f"({', '.join(f'{n} {t}' for t, n in sorted(types.items()))}), "
          f"{sum(1 for e in ents if e.get('mentions'))} with required mentions, {len(multi)} with several forms; "
          f"{len({surface_key(v) for e in ents for v in e['variants']})} distinct forms; "
          f"{len(set(req))} required (article, form) mentions, {len(set(opt) - set(req))} optional; "
          f"{len(gold['quotes'])} quotes ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), "
          f"{len({q['speaker'] for q in gold['quotes']})} speakers; {len(gold.get('non_speech', []))} non-speech quoted spans")
    for p in problems:
        print("problem:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
