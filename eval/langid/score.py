#!/usr/bin/env python3
"""Scores language-ID predictions on the UDHR samples: accuracy per snippet kind, per system, on each
system's own languages and on the common set (languages both "cld2" and "fasttext" support).

  python3 score.py samples.jsonl cld2=cld2.jsonl fasttext=ft.jsonl franc=franc.jsonl storytrace=st.jsonl \
      --supported cld2=cld2_labels.txt --supported fasttext=fasttext_labels.txt \
      --supported franc=franc_labels.txt [--json scores.json] [--worst 10] [--merge-hbs] [--ignore-scripts]

A prediction file has one {"i": sample index (0-based line number), "pred": label} per line; missing
indices count as wrong. A support file has one "label [Script,Script...]" per line (# starts a comment);
when scripts are given, only samples in those scripts count as supported (e.g. CLD2 has Malay only in
Latin, so the Jawi declaration is not held against it). A system without --supported is scored on all
samples (its "own" column) and, like the others, on the common set.
"""
import argparse
import collections
import json
import re

# Labels that differ only by convention between systems: old/alternative codes -> our label.
# Script and region subtags are dropped first (zh-Hant -> zh, ms-Arab -> ms, sr-Latn -> sr).
ALIASES = {
    "iw": "he", "jw": "jv", "in": "id", "ji": "yi", "mo": "ro", "fil": "tl",
    "no": "nb", "nor": "nb",  # CLD2 and fastText say "no" for Bokmal; Nynorsk "nn" stays separate
    "un": "und", "xx": "und", "zxx": "und", "": "und",
}
# --merge-hbs: Serbo-Croatian macrolanguage. Strict by default (hr, sr, bs distinct; fastText's
# "sh" is then always wrong); with the flag hr/sr/bs/cnr/sh are one label.
HBS = {"hr", "sr", "bs", "cnr", "sh", "hbs"}
KINDS = ["paragraph", "200", "50"]


def canon(label, merge_hbs=False):
    label = re.split(r"[-_]", str(label or "").strip())[0].lower()
    label = ALIASES.get(label, label)
    return "sh" if merge_hbs and label in HBS else label


def read_support(path, merge_hbs):
    support = {}
    for line in open(path, encoding="utf-8"):
        parts = line.split("#")[0].split()
        if parts:
            scripts = set(parts[1].split(",")) if len(parts) > 1 and parts[1] != "*" else None
            label = canon(parts[0], merge_hbs)
            prev = support.get(label, set())
            support[label] = None if scripts is None or prev is None else prev | scripts
    return support


def supports(support, sample, ignore_scripts):
    if support is None:
        return True
    if sample["label"] not in support:
        return False
    scripts = support[sample["label"]]
    return ignore_scripts or scripts is None or sample.get("script") in scripts


def stats(samples, preds):
    n = len(samples)
    ok = sum(preds.get(s["i"]) == s["label"] for s in samples)
    return {"acc": ok / n if n else None, "correct": ok, "n": n, "langs": len({s["label"] for s in samples})}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("samples")
    ap.add_argument("systems", nargs="+", metavar="name=path")
    ap.add_argument("--supported", action="append", default=[], metavar="name=path")
    ap.add_argument("--json", metavar="OUT")
    ap.add_argument("--worst", type=int, default=0, metavar="N", help="list each system's N worst labels")
    ap.add_argument("--merge-hbs", action="store_true", help="count hr/sr/bs/sh as one language")
    ap.add_argument("--ignore-scripts", action="store_true", help="support by language only")
    ap.add_argument("--with-nonstandard", action="store_true",
                    help='also score samples marked "nonstandard" (dialects, historical scripts)')
    a = ap.parse_args()

    samples = []
    for i, line in enumerate(open(a.samples, encoding="utf-8")):
        s = json.loads(line)
        s["i"], s["label"] = i, canon(s["lang"], a.merge_hbs)
        if a.with_nonstandard or not s.get("nonstandard"):
            samples.append(s)
    systems = dict(x.split("=", 1) for x in a.systems)
    preds = {}
    for name, path in systems.items():
        preds[name] = {}
        for line in open(path, encoding="utf-8"):
            if line.strip():
                p = json.loads(line)
                preds[name][int(p["i"])] = canon(p["pred"], a.merge_hbs)
    support = {name: None for name in systems}
    for x in a.supported:
        name, path = x.split("=", 1)
        support[name] = read_support(path, a.merge_hbs)

    have_common = support.get("cld2") is not None and support.get("fasttext") is not None
    common = [s for s in samples if supports(support.get("cld2"), s, a.ignore_scripts)
              and supports(support.get("fasttext"), s, a.ignore_scripts)] if have_common else []
    if not have_common:
        print("note: no --supported for both cld2 and fasttext, so no common set\n")

    result = {"options": {"merge_hbs": a.merge_hbs, "ignore_scripts": a.ignore_scripts,
                          "with_nonstandard": a.with_nonstandard},
              "common_labels": sorted({s["label"] for s in common}), "kinds": {}}
    print(f"{'kind':<10} {'system':<12} {'common acc':>10} {'n':>6} {'langs':>5}   {'own acc':>8} {'n':>6} {'langs':>5}")
    for kind in KINDS:
        k_all = [s for s in samples if s["kind"] == kind]
        k_common = [s for s in common if s["kind"] == kind]
        result["kinds"][kind] = {}
        for name in systems:
            own = [s for s in k_all if supports(support[name], s, a.ignore_scripts)]
            r = {"common": stats(k_common, preds[name]) if have_common else None, "own": stats(own, preds[name])}
            result["kinds"][kind][name] = r
            c = r["common"] or {"acc": None, "n": 0, "langs": 0}
            fmt = lambda v: f"{100 * v:9.2f}%" if v is not None else f"{'-':>10}"
            print(f"{kind:<10} {name:<12} {fmt(c['acc'])} {c['n']:>6} {c['langs']:>5}   "
                  f"{fmt(r['own']['acc'])[1:]} {r['own']['n']:>6} {r['own']['langs']:>5}")
        print()

    if a.worst:
        for name in systems:
            pool = common if have_common else [s for s in samples if supports(support[name], s, a.ignore_scripts)]
            errs = collections.defaultdict(collections.Counter)
            for s in pool:
                if preds[name].get(s["i"]) != s["label"]:
                    errs[(s["label"], s.get("script"))][preds[name].get(s["i"], "missing")] += 1
            where = "common set" if have_common else "own languages"
            print(f"{name}: worst labels on the {where} (errors over all kinds -> most frequent predictions)")
            for (label, script), c in sorted(errs.items(), key=lambda kv: -sum(kv[1].values()))[:a.worst]:
                print(f"  {label:<5} {script or '?':<5} {sum(c.values()):>4}  " +
                      " ".join(f"{p}:{n}" for p, n in c.most_common(4)))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
