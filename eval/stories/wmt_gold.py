#!/usr/bin/env python3
"""Writes a story gold stream (JSONL: id, lang, published, title, text, story_id) for the
WMT23 de-en dev documents: each German document and its English translation are one story,
every other document a story of its own. Full-length local news, two languages: the
full-text, cross-lingual counterpart of the OG2021 headlines for `storytrace eval stories`.

Usage: wmt_gold.py DIR > GOLD.jsonl   (DIR holds articles.jsonl and translation_pairs.json)
"""
import json
import os
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    with open(os.path.join(folder, "translation_pairs.json")) as f:
        pairs = json.load(f)
    story = {}
    for n, pair in enumerate(pairs):
        for article_id in pair:
            story[article_id] = f"pair-{n}"
    with open(os.path.join(folder, "articles.jsonl")) as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            record["story_id"] = story.get(record["id"], record["id"])
            print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
