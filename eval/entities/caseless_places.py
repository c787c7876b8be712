#!/usr/bin/env python3
"""Places found in Arabic and Chinese text (scripts without capitals), scored on an export.

Reads `storytrace export --format jsonl` of the OG2021 dev headlines and a file of judged
(language, words as written, place) triples, one per line, tab-separated: `ok` for a right
reading, `wrong` for a wrong one. Prints how many Arabic and Chinese headlines name a place,
the precision of the mentions (a mention whose triple is not judged counts as wrong and is
listed, to be judged and added), and fails below the floors.

Usage: caseless_places.py JUDGED.tsv EXPORT.jsonl [--min-precision P] [--min-coverage C]
"""
import argparse
import collections
import json
import sys

LANGS = ("ar", "zh")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("judged")
    ap.add_argument("export")
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-coverage", type=float, default=0.0)
    args = ap.parse_args()
    judged = {}
    for line in open(args.judged, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        verdict, lang, text, place = line.rstrip("\n").split("\t")
        judged[(lang, text, place)] = verdict
    articles = collections.Counter()
    with_place = collections.Counter()
    mentions = collections.Counter()
    right = collections.Counter()
    unjudged = collections.Counter()
    for line in open(args.export, encoding="utf-8"):
        a = json.loads(line)
        lang = a.get("lang")
        if lang not in LANGS:
            continue
        articles[lang] += 1
        found = [e for e in a.get("entities", []) if e.get("type") == "LOC"]
        if found:
            with_place[lang] += 1
        for e in found:
            key = (lang, e["text"], e["canonical"])
            mentions[lang] += 1
            verdict = judged.get(key)
            if verdict == "ok":
                right[lang] += 1
            elif verdict is None:
                unjudged[key] += 1
    total = sum(articles.values())
    covered = sum(with_place.values())
    n = sum(mentions.values())
    ok = sum(right.values())
    coverage = covered / total if total else 0.0
    precision = ok / n if n else 0.0
    for lang in LANGS:
        print(f"{lang}: {with_place[lang]} of {articles[lang]} headlines name a place; "
              f"{right[lang]} of {mentions[lang]} mentions right")
    print(f"caseless places: coverage {coverage:.3f} ({covered}/{total}), "
          f"precision {precision:.3f} ({ok}/{n})")
    for (lang, text, place), k in unjudged.most_common():
        print(f"  not judged ({k}): {lang}\t{text}\t{place}")
    failed = precision < args.min_precision or coverage < args.min_coverage
    if failed:
        print(f"FAILED: floors precision {args.min_precision}, coverage {args.min_coverage}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
