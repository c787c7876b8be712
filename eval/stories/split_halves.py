#!/usr/bin/env python3
"""Splits a gold stream (JSONL with `published` and `story_id`) into two halves.

  python3 eval/stories/split_halves.py GOLD.jsonl FIRST.jsonl SECOND.jsonl
  python3 eval/stories/split_halves.py --by-story SEED GOLD.jsonl FIRST.jsonl SECOND.jsonl

By default the earlier and the later half by time, to check that a setting chosen on the whole
stream holds on each half (ties keep their input order: the sort is stable). With --by-story,
the stories are shuffled with SEED and each half takes every article of half of them, in the
input's order: two streams of the same period, as a held-back half of the stories would be.
Prints where the split falls.
"""
import json
import random
import sys


def main():
    args = sys.argv[1:]
    seed = None
    if args[:1] == ["--by-story"] and len(args) == 5:
        seed, args = int(args[1]), args[2:]
    if len(args) != 3:
        sys.exit(__doc__)
    with open(args[0], encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    if seed is None:
        items.sort(key=lambda d: d["published"])
        mid = len(items) // 2
        parts = items[:mid], items[mid:]
        where = f"before {items[mid]['published']}, {len(parts[1])} from it on"
    else:
        stories = sorted({d["story_id"] for d in items})
        random.Random(seed).shuffle(stories)
        first = set(stories[: len(stories) // 2])
        parts = ([d for d in items if d["story_id"] in first],
                 [d for d in items if d["story_id"] not in first])
        where = (f"of {len(first)} stories, {len(parts[1])} of the other "
                 f"{len(stories) - len(first)} (seed {seed})")
    for path, part in zip(args[1:], parts):
        with open(path, "w", encoding="utf-8") as out:
            for d in part:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(parts[0])} articles {where}")


if __name__ == "__main__":
    main()
