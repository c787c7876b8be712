#!/usr/bin/env python3
"""Writes a gold stream with every publication time moved by a random offset.

  python3 eval/stories/jitter_stream.py GOLD.jsonl MINUTES SEED OUT.jsonl

Each article's `published` moves by a uniform offset in [-MINUTES, +MINUTES] (seeded), so
articles published within minutes of each other arrive in another order; every other field is
kept. Articles without a time are kept unchanged. An online clusterer decides each article
when it arrives, so this measures how much its scores owe to one arrival order
(order_noise.sh runs it).
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    src, minutes, seed, out = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rng = random.Random(seed)
    with open(src, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    for d in items:
        offset = rng.uniform(-minutes, minutes)
        if not d.get("published"):
            continue
        t = datetime.fromisoformat(d["published"].replace("Z", "+00:00"))
        t = (t + timedelta(minutes=offset)).astimezone(timezone.utc)
        d["published"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    with open(out, "w", encoding="utf-8") as f:
        for d in items:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
