#!/usr/bin/env python3
"""Writes English-Russian word pairs from the Mueller dictionary (Debian mueller7-dict, GPL-2,
dictd format) as lines "word<TAB>translation" for the lexicon builder, which reads them like a
FreeDict en->ru dictionary (and inverted ru->en) for the words FreeDict's small English-Russian
dictionary lacks.

An entry reads "[transcription] _n. 1) обряд 2) церемония; to stand on ceremony церемониться;
...": in each numbered sense, the Russian words before the first example (a part with Latin
letters) are its translations ("обряд", "церемония"); labels (_n., _разг.), parentheses and
cross-references (см.) are left out. At most MAX_SENSES senses and MAX_PER_WORD translations
per headword, first senses first.

Writes OUT_DIR/en-ru.tsv (each English word's translations in sense order) and
OUT_DIR/ru-en.tsv (each Russian word's English words, those whose entry names it soonest first).

Usage: scripts/mueller_pairs.py DICTD_BASE OUT_DIR   (DICTD_BASE: /usr/share/dictd/mueller7)
"""
import gzip
import re
import sys

MAX_SENSES = 4
MAX_PER_WORD = 6
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

LABEL = re.compile(r"_[^\s.;,)]+\.?")
TRANSCRIPTION = re.compile(r"\[[^\]]*\]")
PARENS = re.compile(r"\([^()]*\)")
SENSE = re.compile(r"(?:^|\s)(?:\d+\.|\d+\)|[а-я]\))\s")
LATIN = re.compile(r"[A-Za-z]")
RUSSIAN_WORDS = re.compile(r"^[а-яё]+(?:-[а-яё]+)?(?: [а-яё]+(?:-[а-яё]+)?)?$")


def decode(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def translations(body):
    text = " ".join(line.strip() for line in body.splitlines()[1:])
    text = TRANSCRIPTION.sub(" ", text)
    text = LABEL.sub(" ", text)
    for _ in range(2):
        text = PARENS.sub(" ", text)
    senses = [s for s in SENSE.split(" " + text) if s.strip()]
    out = []
    for sense in senses[:MAX_SENSES]:
        for part in sense.split(";"):
            if LATIN.search(part) or "см." in part or "=" in part:
                break  # an example, or a reference to another entry
            for item in part.split(","):
                item = " ".join(item.split()).lower().strip(" .:!?")
                if RUSSIAN_WORDS.match(item) and item not in out:
                    out.append(item)
    return out[:MAX_PER_WORD]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: mueller_pairs.py DICTD_BASE OUT_DIR")
    base, out_dir = sys.argv[1], sys.argv[2]
    data = gzip.open(base + ".dict.dz").read()
    forward = []  # (English word, Russian translations in sense order)
    with open(base + ".index", encoding="utf-8") as index:
        for line in index:
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3:
                continue
            word = fields[0]
            if not re.fullmatch(r"[a-z][a-z-]*", word):
                continue  # names, abbreviations, phrases, the database's own entries
            offset, length = decode(fields[1]), decode(fields[2])
            ts = translations(data[offset:offset + length].decode("utf-8", "replace"))
            if ts:
                forward.append((word, ts))
    # Russian to English: the English words whose entry gives the Russian word soonest first
    # ("медаль" is the first translation of *medal*, a later one of *badge*), so that the first
    # senses a reader takes are the main ones, not the alphabetically first.
    backward = {}
    for word, ts in forward:
        for rank, t in enumerate(ts):
            backward.setdefault(t, []).append((rank, len(ts), word))
    with open(f"{out_dir}/en-ru.tsv", "w", encoding="utf-8") as out:
        for word, ts in forward:
            for t in ts:
                out.write(f"{word}\t{t}\n")
    with open(f"{out_dir}/ru-en.tsv", "w", encoding="utf-8") as out:
        for t, sources in sorted(backward.items()):
            for _, _, word in sorted(sources):
                out.write(f"{t}\t{word}\n")
    print(f"Mueller pairs: {len(forward)} English words, {len(backward)} Russian ones -> "
          f"{out_dir}/en-ru.tsv, ru-en.tsv", file=sys.stderr)


if __name__ == "__main__":
    main()
