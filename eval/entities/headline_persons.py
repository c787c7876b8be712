#!/usr/bin/env python3
"""Person mentions on headlines: how many PER mentions are persons, and how many persons are found.

The gold (og2021_persons.tsv) lists every surface form storytrace typed PER on the OG2021 dev
headlines on 2026-12-04, each with the person names it holds ("Judoka Takato" holds "Takato",
"Scola y Campazzo" holds "Scola" and "Campazzo", "Juegos Olímpicos" none), read by hand.

- precision: of the PER mentions whose surface the gold lists (as a surface or a person), the
  share whose surface is a person name;
- recall: the gold's person names are looked for in every headline of their language (longest
  first, whole words, not overlapping); the share of those occurrences that a PER mention covers
  exactly (same span);
- surfaces the gold does not list are counted and, with --show N, shown: label them and add them.

Usage: headline_persons.py GOLD.tsv EXPORT.jsonl [--show N] [--min-precision P] [--min-recall R]
Standard library only. Exits 1 below a given floor.
"""
import argparse
import collections
import json
import re
import sys


def load_gold(path):
    surfaces, persons = collections.defaultdict(set), collections.defaultdict(set)
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            lang, surface, held = line.rstrip("\n").split("\t")
            surfaces[lang].add(surface)
            if held != "-":
                persons[lang].update(held.split(";"))
    return surfaces, persons


def occurrences(text, names):
    """Spans of `names` in `text`: whole words, longest first, not overlapping."""
    taken, spans = [], []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            spans.append((m.start(), m.end()))
    return spans


def utf8_offsets(text):
    """Byte offset of each character of `text` (and of its end)."""
    out, b = [], 0
    for ch in text:
        out.append(b)
        b += len(ch.encode("utf-8"))
    out.append(b)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("export")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--min-precision", type=float, default=0)
    ap.add_argument("--min-recall", type=float, default=0)
    args = ap.parse_args()
    surfaces, persons = load_gold(args.gold)
    right = judged = found = wanted = 0
    unlisted = collections.Counter()
    with open(args.export, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            lang, text = d["lang"], d.get("text", "")
            per = [e for e in d.get("entities", []) if e["type"] == "PER"]
            for e in per:
                if e["text"] in persons[lang]:
                    right += 1
                    judged += 1
                elif e["text"] in surfaces[lang]:
                    judged += 1
                else:
                    unlisted[(lang, e["text"])] += 1
            offsets = utf8_offsets(text)
            spans = {(e["begin"], e["end"]) for e in per}
            for s, e in occurrences(text, persons[lang]):
                wanted += 1
                found += (offsets[s], offsets[e]) in spans
    precision = right / judged if judged else 0.0
    recall = found / wanted if wanted else 0.0
    print(f"PER mentions  precision {precision:.3f} ({right}/{judged})  "
          f"person recall {recall:.3f} ({found}/{wanted})  "
          f"unlisted {sum(unlisted.values())} mentions of {len(unlisted)} surfaces")
    for (lang, s), n in unlisted.most_common(args.show):
        print(f"  unlisted {n}\t{lang}\t{s}")
    if precision < args.min_precision or recall < args.min_recall:
        print(f"below the floors (precision {args.min_precision}, recall {args.min_recall})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
