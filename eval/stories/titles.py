#!/usr/bin/env python3
"""How well a story's headline names the story: the share of stories whose headline is the
headline of an article of the story's main gold story (the gold story most of its articles are
in). A story titled by one of its side events ("Osaka lights cauldron" heading the opening
ceremony) or by a stray article counts as a miss.

Reads a store that `storytrace ingest` filled from a gold stream, and the story listing
`storytrace stories --sort size --format json` prints for it (each story with its "title", the
stored one, and "headline", the summary's most central headline).

Usage: titles.py GOLD.jsonl STORE.db LISTING.json [--min-articles N ...] [--floor SHARE]
                 [--title-floor SHARE]
With --floor (--title-floor), exits 1 when the headline's (the stored title's) share for
stories of the first --min-articles size falls below SHARE.
"""
import argparse
import collections
import json
import sqlite3
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("db")
    ap.add_argument("listing")
    ap.add_argument("--min-articles", type=int, nargs="+", default=[2, 5, 20])
    ap.add_argument("--floor", type=float)
    ap.add_argument("--title-floor", type=float)
    args = ap.parse_args()

    gold = {}
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
                gold[str(g["id"])] = str(g["story_id"])
    # story -> [(gold story, title, title without its outlet)]: the summary shows a headline
    # without the outlet it ends with when that outlet is the article's source.
    members = collections.defaultdict(list)
    db = sqlite3.connect(args.db)
    for article, story, title, source in db.execute(
            "SELECT id, story_id, title, source FROM articles"):
        head = title
        if source and title.endswith(source):
            head = title[:-len(source)].rstrip()
            for mark in ("-", "|", "\u2013", "\u2014"):
                if head.endswith(" " + mark):
                    head = head[:-len(mark)].rstrip()
                    break
            else:
                head = title
        members[story].append((gold.get(article), title, head))
    with open(args.listing, encoding="utf-8") as f:
        listing = json.load(f)

    first_share = first_title_share = None
    for min_articles in args.min_articles:
        hits = collections.Counter()
        weighted = collections.Counter()
        stories = articles = 0
        for story in listing:
            m = members.get(story["id"], [])
            if len(m) < min_articles:
                continue
            main_story = collections.Counter(g for g, _, _ in m).most_common(1)[0][0]
            stories += 1
            articles += len(m)
            for field in ("title", "headline"):
                if any(g == main_story and story.get(field) in (t, h) for g, t, h in m):
                    hits[field] += 1
                    weighted[field] += len(m)
        if stories == 0:
            print(f"stories of {min_articles}+ articles: none")
            continue
        share = hits["headline"] / stories
        if first_share is None:
            first_share, first_title_share = share, hits["title"] / stories
        print(f"stories of {min_articles}+ articles ({stories}): headline {share:.3f} "
              f"(by articles {weighted['headline'] / articles:.3f}), stored title "
              f"{hits['title'] / stories:.3f} ({weighted['title'] / articles:.3f})")
    failed = False
    for name, share, floor in (("headline", first_share, args.floor),
                               ("stored title", first_title_share, args.title_floor)):
        if floor is None:
            continue
        ok = share is not None and share >= floor
        print(f"titles regression: {name} share {share} (floor {floor})", "ok" if ok else "FAILED")
        failed |= not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
