#!/usr/bin/env python3
"""Scores storytrace's places on the map against a geotagging gold (geo_gold.json).

Usage: score.py --gold geo_gold.json --export EXPORT.jsonl [--json OUT] [--show-errors N]

Per article, the gold lists the distinct places it names (country, region, city, or other: rivers,
continents, streets...), each with a point, and its focus. A predicted place (the export's `places`)
matches a gold place of the same country when
  - both are countries;
  - both are regions within 500 km of each other (centres are computed differently);
  - both are cities within 50 km;
  - the gold place is `other` and the predicted one lies within 50 km (tolerated, never required);
  - they differ in kind but have the same name and lie within 500 km (one place in two
    taxonomies: Wales a country to the annotator and a first-level division to GeoNames, Hong
    Kong a city and a country code).
Recall counts the required gold countries, regions and cities some predicted place matches;
precision the predicted places that match any gold place, optional ones included. A predicted place
that matches nothing is a wrong namesake when its name is the name or a form of a gold place of the
article (Paris, Tennessee for Paris, France), else noise. Focus: the predicted focus matches the gold
focus, over the articles whose gold names one. Figures for all articles and per source (bench, wmt
German, wmt English). Python 3 standard library only.
"""
import argparse
import json
import math
import sys

KM_CITY = 50.0
KM_REGION = 500.0


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lng"], b["lat"], b["lng"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def matches(pred, gold):
    """Whether predicted place `pred` is gold place `gold` (rules in the module docstring)."""
    if pred.get("country", "") != gold["country"]:
        return False
    if (pred["kind"] != gold["kind"] and gold["kind"] != "other"
            and pred["name"].casefold() == gold["name"].casefold() and km(pred, gold) <= KM_REGION):
        return True
    kind = gold["kind"]
    if kind == "country":
        return pred["kind"] == "country"
    if kind == "region":
        return pred["kind"] == "region" and km(pred, gold) <= KM_REGION
    if kind == "city":
        return pred["kind"] == "city" and km(pred, gold) <= KM_CITY
    return km(pred, gold) <= KM_CITY  # other: tolerated nearby


def group_of(aid, info):
    if info.get("source") == "bench":
        return "bench"
    return "wmt " + info.get("lang", "")


def score(gold, export):
    """Figures per group ("all", "bench", "wmt de", "wmt en") and error lists."""
    pred_by_id = {}
    for a in export:
        pred_by_id[a["id"]] = a.get("places") or []
    groups = {}
    errors = {"missed": [], "wrong_namesake": [], "noise": [], "focus": []}

    def fig(name):
        return groups.setdefault(name, {"gold": 0, "found": 0, "predicted": 0, "right": 0,
                                        "wrong_namesake": 0, "noise": 0, "focus_gold": 0,
                                        "focus_right": 0, "articles": 0})

    for aid, info in gold["articles"].items():
        preds = pred_by_id.get(aid, [])
        places = info["places"]
        required = [g for g in places if not g.get("optional") and g["kind"] != "other"]
        names = set()
        for g in places:
            names.add(g["name"].casefold())
            names.update(f.casefold() for f in g.get("forms", []))
        for name in ("all", group_of(aid, info)):
            f = fig(name)
            f["articles"] += 1
            f["gold"] += len(required)
            f["predicted"] += len(preds)
        for g in required:
            hit = any(matches(p, g) for p in preds)
            for name in ("all", group_of(aid, info)):
                fig(name)["found"] += hit
            if not hit:
                errors["missed"].append((aid, g["name"], g["kind"], g["country"]))
        for p in preds:
            right = any(matches(p, g) for g in places)
            kind = "right" if right else ("wrong_namesake" if p["name"].casefold() in names else "noise")
            for name in ("all", group_of(aid, info)):
                fig(name)[kind] += 1
            if not right:
                errors[kind].append((aid, p["name"], p["kind"], p.get("country", ""),
                                     round(p["lat"], 2), round(p["lng"], 2)))
        focus = info.get("focus")
        if focus:
            target = next((g for g in places if g["name"] == focus), None)
            pf = next((p for p in preds if p.get("focus")), None)
            ok = target is not None and pf is not None and matches(pf, target)
            for name in ("all", group_of(aid, info)):
                fig(name)["focus_gold"] += 1
                fig(name)["focus_right"] += ok
            if not ok:
                errors["focus"].append((aid, focus, pf["name"] if pf else None))
    for f in groups.values():
        f["recall"] = f["found"] / f["gold"] if f["gold"] else 0.0
        f["precision"] = f["right"] / f["predicted"] if f["predicted"] else 0.0
        f["focus"] = f["focus_right"] / f["focus_gold"] if f["focus_gold"] else 0.0
    return groups, errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--export", required=True)
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N")
    args = ap.parse_args()
    gold = json.load(open(args.gold, encoding="utf-8"))
    with open(args.export, encoding="utf-8") as f:
        text = f.read().strip()
    export = json.loads(text) if text.startswith("[") else [json.loads(l) for l in text.splitlines() if l]
    missing = [a for a in gold["articles"] if a not in {x["id"] for x in export}]
    if missing:
        print(f"score.py: {len(missing)} gold articles are not in the export: {missing[:3]}", file=sys.stderr)
    groups, errors = score(gold, export)
    print("| articles | places R | P | wrong namesake | noise | focus |")
    print("|---|---|---|---|---|---|")
    for name in ("all", "bench", "wmt de", "wmt en"):
        if name not in groups:
            continue
        f = groups[name]
        print(f"| {name} ({f['articles']}) | {f['recall']:.3f} ({f['found']}/{f['gold']}) | "
              f"{f['precision']:.3f} ({f['right']}/{f['predicted']}) | {f['wrong_namesake']} | {f['noise']} | "
              f"{f['focus']:.3f} ({f['focus_right']}/{f['focus_gold']}) |")
    if args.show_errors:
        for kind, rows in errors.items():
            print(f"\n{kind} ({len(rows)}):")
            for r in rows[:args.show_errors]:
                print("  ", *r)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(groups, f, indent=1)


if __name__ == "__main__":
    main()
