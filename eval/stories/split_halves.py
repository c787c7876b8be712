#!/usr/bin/env python3
"""Splits a gold stream (JSONL with `published`) into its earlier and later half by time, to
check that a setting chosen on the whole stream holds on each half.

  python3 eval/stories/split_halves.py GOLD.jsonl FIRST.jsonl SECOND.jsonl

Ties keep their input order (the sort is stable). Prints where the split falls.
"""
import json
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    items.sort(key=lambda d: d["published"])
    mid = len(items) // 2
    for path, part in ((sys.argv[2], items[:mid]), (sys.argv[3], items[mid:])):
        with open(path, "w", encoding="utf-8") as out:
            for d in part:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(items[:mid])} articles before {items[mid]['published']}, "
          f"{len(items[mid:])} from it on")


if __name__ == "__main__":
    main()
