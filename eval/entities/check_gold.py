#!/usr/bin/env python3
# Checks seeds_gold.json against the seed articles (or, with --bench, bench_quotes_gold.json against the
# article-extraction benchmark) and prints its counts.
"""Seed gold: every listed surface form must occur, as a whole word and with its case, in the article it is
listed for; every quote text must occur verbatim; 'variants' must be exactly the forms listed under
'mentions' and 'optional'; 'articles' must be the articles those name; no form may belong to two
groups once normalised as the scorer normalises it; each quote's speaker_variants must start with
its speaker. Exit 1 on any problem.

Bench gold (--bench, or a gold with "quotes_only": true): every quote and non-speech text must occur
verbatim in the articleBody of its article in the benchmark's ground-truth.json; every quote's article
must be listed under 'articles'; every typographic or straight double quotation mark of those articles
must border a listed quote or non-speech span (so no quotation was left out); speaker_variants must
start with the speaker, and kind must be full, split or partial.

Usage: check_gold.py [--gold seeds_gold.json] [--seeds DIR]
       check_gold.py --bench [--gold bench_quotes_gold.json] [--benchmark DIR]
DIR defaults to ../shared/samples/seeds and ../shared/data/extraction-benchmark beside the repository root."""
import argparse, json, os, re, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import fold, surface_key  # noqa: E402


def check_quote_fields(quotes, problems):
    for q in quotes:
        if q.get("speaker") and q.get("speaker_variants", [q["speaker"]])[0] != q["speaker"]:
            problems.append(f"speaker {q['speaker']!r} is not the first of its speaker_variants")
        if q.get("kind") not in ("full", "split", "partial"):
            problems.append(f"quote kind {q.get('kind')!r}")


def uncovered_marks(body, spans):
    """Double quotation marks of body that border none of the listed spans (each span found verbatim)."""
    covered = [False] * (len(body) + 1)
    for t in spans:
        for m in re.finditer(re.escape(t), body):
            covered[m.start():m.end()] = [True] * (m.end() - m.start())
    out = []
    for m in re.finditer(r'[“”"]', body):
        i = m.start()
        if not any(covered[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(body)):
            out.append(body[max(0, i - 30):i + 30].replace("\n", " "))
    return out


def check_bench(gold, benchmark):
    """The quotes-only gold against the benchmark's ground truth; returns the problems."""
    path = os.path.join(benchmark, "ground-truth.json")
    if not os.path.exists(path):
        sys.exit(f"check_gold: no {path} (pass --benchmark DIR)")
    truth = json.load(open(path, encoding="utf-8"))
    problems = []
    bodies = {}
    for aid in gold["articles"]:
        if aid not in truth:
            problems.append(f"article {aid} is not in the benchmark")
        else:
            bodies[aid] = truth[aid]["articleBody"]
    spans = defaultdict(list)
    for q in gold["quotes"] + gold.get("non_speech", []):
        spans[q["id"]].append(q["text"])
        if q["id"] not in bodies:
            problems.append(f"quote/span of an unlisted article {q['id']}: {q['text'][:60]!r}")
        elif q["text"] not in bodies[q["id"]] and fold(q["text"]) not in fold(bodies[q["id"]]):
            problems.append(f"quote/span not found verbatim in {q['id'][:8]}: {q['text'][:60]!r}")
    check_quote_fields(gold["quotes"], problems)
    for aid, body in bodies.items():
        for ctx in uncovered_marks(body, spans[aid]):
            problems.append(f"quotation mark in {aid[:8]} outside every listed span: …{ctx}…")

    kinds = Counter(q["kind"] for q in gold["quotes"])
    per = Counter(q["id"] for q in gold["quotes"])
    print(f"{len(gold['articles'])} articles; {len(gold['quotes'])} quotes "
          f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), "
          f"{len({(q['id'], q['speaker']) for q in gold['quotes'] if q['speaker']})} (article, speaker) pairs, "
          f"{sum(1 for q in gold['quotes'] if not q['speaker'])} quotes without a named speaker; "
          f"{len(gold.get('non_speech', []))} non-speech quoted spans; "
          f"quotes per article {min(per.values())} to {max(per.values())}")
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.path.normpath(os.path.join(here, "..", "..", "..", "shared"))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", help="default seeds_gold.json, with --bench bench_quotes_gold.json")
    ap.add_argument("--seeds", default=os.path.join(shared, "samples", "seeds"))
    ap.add_argument("--bench", action="store_true", help="check the quotes-only benchmark gold")
    ap.add_argument("--benchmark", default=os.path.join(shared, "data", "extraction-benchmark"),
                    help="the folder with the benchmark's ground-truth.json")
    a = ap.parse_args()
    gold_path = a.gold or os.path.join(here, "bench_quotes_gold.json" if a.bench else "seeds_gold.json")
    gold = json.load(open(gold_path, encoding="utf-8"))
    if a.bench or gold.get("quotes_only"):
        problems = check_bench(gold, a.benchmark)
        for p in problems:
            print("problem:", p)
        sys.exit(1 if problems else 0)
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
    check_quote_fields(gold["quotes"], problems)

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
