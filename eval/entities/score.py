#!/usr/bin/env python3
# Scores entities (mentions, types, variant grouping) and quotations (spans, speakers) in `storytrace export` output.
"""Metrics (README.md has the long form):

quotes       a predicted quote matches a gold quote of the same article when the longest common
             subsequence of their word tokens (\\w+, NFKC, case-folded, so quotation marks and
             punctuation do not count) covers >= 80 % of the shorter of the two; matching is one to
             one, best overlap first. P = matched / predicted, R = matched / gold.
attribution  matched quotes whose predicted speaker equals the gold speaker or one of its listed
             variants after normalisation, or where one is a word suffix of the other ("Eibl" /
             "Markus Eibl"); leading titles and determiners are ignored. A gold speaker "" is
             right only when the prediction has no speaker either.
mentions     recall of (article, gold surface form) pairs: the form occurs as a predicted entity
             text in that article (case-insensitive; dashes, apostrophes, a possessive 's and
             leading determiners or lower-case modifiers such as "das russische" are normalised
             away). Seed gold only: precision of predicted (article, text) pairs and type accuracy.
variants     over pairs of found gold mentions of the same type with different surface forms:
             "same entity" by the gold groups against "same key" in the prediction; pairwise
             P, R, F1.

A quotes-only gold ("quotes_only": true, or --gold-format quotes) lists its articles, quotes and
non-speech spans but no names: only the quote and attribution figures are computed and printed.
"""
import argparse, json, os, re, sys, unicodedata
from collections import Counter, defaultdict

WORD = re.compile(r"\w+")
FOLD = {**dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-"),
        **dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u0060\u00b4"), "'")}
EDGE = " \t\n\"'«»„“”‚‹›.,;:!?()[]{}"
DETERMINERS = {"the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines",
               "le", "la", "les", "l", "un", "une", "el", "los", "las", "lo", "uno", "una"}
# lower-case name particles a name may start with: never dropped as modifiers
PARTICLES = {"al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "bin", "ibn", "ben", "bint", "abu", "von",
             "van", "de", "di", "da", "du", "del", "della", "dos", "do", "ter", "ten", "zu", "le", "la"}
TITLES = {"präsident", "präsidentin", "president", "président", "présidente", "presidente", "general",
          "generalmajor", "generalleutnant", "major", "minister", "ministerin", "außenminister",
          "sprecher", "sprecherin", "spokesman", "spokeswoman", "herr", "frau", "mr", "mrs", "ms", "m",
          "mme", "dr", "prof", "sr", "sra", "don", "doña"}
TYPES = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
         "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC"}


def fold(s):
    """NFKC, one kind of dash and apostrophe, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", s or "").translate(FOLD).split())


def _drop_modifiers(tokens, drop_titles=False):
    """Drops leading determiners, lower-case modifiers ("russische") and, for speakers, titles."""
    while len(tokens) > 1:
        t, low = tokens[0], tokens[0].casefold()
        if low in DETERMINERS or (drop_titles and low in TITLES) or \
                (t.isalpha() and t.islower() and low not in PARTICLES):
            tokens = tokens[1:]
        else:
            break
    return tokens


def surface_key(s):
    """The form under which an entity surface is compared: 'das russische Verteidigungsministerium'
    and 'Verteidigungsministerium' agree, so do 'al-Hassan’s' and 'Al-Hassan'."""
    s = fold(s).strip(EDGE)
    s = re.sub(r"'s$", "", s).strip(EDGE)
    return " ".join(_drop_modifiers(s.split(" "))).casefold()


def quote_tokens(s):
    return WORD.findall(fold(s).casefold())


def speaker_tokens(s):
    return [t.casefold() for t in _drop_modifiers(WORD.findall(fold(s)), drop_titles=True)]


def entity_key(s):
    return fold(s).casefold()


def lcs(a, b):
    """Length of the longest common subsequence of two token lists."""
    if len(a) < len(b):
        a, b = b, a
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def speaker_match(pred, gold, variants=()):
    p = speaker_tokens(pred or "")
    if not fold(gold):
        return not p
    if not p:
        return False
    for cand in [gold, *variants]:
        c = speaker_tokens(cand)
        if not c:
            continue
        short, long_ = (p, c) if len(p) <= len(c) else (c, p)
        if long_[len(long_) - len(short):] == short:
            return True
    return False


def short(aid):
    """'000_3e26478349579299' -> '000' and a 64-digit hash id -> its first 8 digits in error lists;
    other ids stay whole."""
    if re.fullmatch(r"[0-9a-f]{64}", aid):
        return aid[:8]
    return aid.split("_")[0] if re.fullmatch(r"\d+_[0-9a-f]{8,}", aid) else aid


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------- reading

def read_export(path):
    """{id: record} from `storytrace export --format jsonl` (or a JSON array / {"articles": [...]})."""
    text = open(path, encoding="utf-8").read()
    stripped = text.lstrip()
    if stripped.startswith("["):
        records = json.loads(stripped)
    elif stripped.startswith("{") and "\n{" not in stripped.strip() and "articles" in json.loads(stripped):
        records = json.loads(stripped)["articles"]
    else:
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
    return {r["id"]: r for r in records if isinstance(r, dict) and "id" in r}


def load_gold(path, fmt):
    """Normalised gold: {"articles": [ids], "groups": [...], "quotes": [...], ...} for any format."""
    data = json.load(open(path, encoding="utf-8"))
    if fmt == "auto":
        fmt = "seeds" if "entities" in data else "quotes" if data.get("quotes_only") else "sample"
    if fmt == "quotes":
        ids = set(data.get("articles", {})) | {q["id"] for q in data["quotes"]}
        quotes = [{"id": q["id"], "text": q["text"], "speaker": q.get("speaker", ""),
                   "speaker_variants": q.get("speaker_variants", []), "kind": q.get("kind", "full")}
                  for q in data["quotes"]]
        return {"format": "quotes", "articles": sorted(ids), "groups": [], "quotes": quotes,
                "non_speech": data.get("non_speech", []), "ignore": defaultdict(set), "exhaustive": True}
    if fmt == "seeds":
        groups = []
        for e in data["entities"]:
            groups.append({"canonical": e["canonical"], "type": e.get("type"), "variants": e["variants"],
                           "mentions": e.get("mentions", {}), "optional": e.get("optional", {})})
        ids = set(data.get("articles", {}))
        ids |= {q["id"] for q in data["quotes"]}
        for g in groups:
            ids |= set(g["mentions"]) | set(g["optional"])
        quotes = [{"id": q["id"], "text": q["text"], "speaker": q.get("speaker", ""),
                   "speaker_variants": q.get("speaker_variants", []), "kind": q.get("kind", "full")}
                  for q in data["quotes"]]
        ignore = defaultdict(set)
        for x in data.get("ignore", []):
            ignore[x["id"]].add(surface_key(x["text"]))
        return {"format": "seeds", "articles": sorted(ids), "groups": groups, "quotes": quotes,
                "non_speech": data.get("non_speech", []), "ignore": ignore, "exhaustive": True}
    groups = [{"canonical": v[0], "type": None, "variants": v, "mentions": None, "optional": {}}
              for v in data.get("variants", [])]
    ids = set(data.get("languages", {})) | {q["id"] for q in data.get("quotes", [])}
    for members in data.get("stories", {}).values():
        ids |= set(members)
    quotes = []
    for q in data.get("quotes", []):
        sk = speaker_tokens(q["speaker"])
        variants = [v for g in groups if any(speaker_tokens(x) == sk for x in g["variants"]) for v in g["variants"]]
        quotes.append({"id": q["id"], "text": q["text"], "speaker": q["speaker"], "speaker_variants": variants,
                       "kind": q.get("kind", "full")})
    return {"format": "sample", "articles": sorted(ids), "groups": groups, "quotes": quotes,
            "non_speech": data.get("non_speech", []), "ignore": defaultdict(set), "exhaustive": False}


def find_mentions(gold, export):
    """Sample gold: the (article, form) pairs are where a listed spelling occurs, as a whole word and
    with its case, in the exported title or text."""
    missing_text = 0
    for g in gold["groups"]:
        g["mentions"] = {}
    for aid in gold["articles"]:
        rec = export.get(aid)
        if rec is None:
            continue
        if rec.get("text") is None:
            missing_text += 1
            continue
        body = fold((rec.get("title") or "") + "\n" + rec["text"])
        for g in gold["groups"]:
            for v in g["variants"]:
                if re.search(r"(?<!\w)" + re.escape(fold(v)) + r"(?!\w)", body):
                    g["mentions"].setdefault(aid, []).append(v)
    if missing_text:
        print(f"warning: {missing_text} exported article(s) have no 'text'; their mentions are not counted",
              file=sys.stderr)


# ---------------------------------------------------------------- scoring

def score_quotes(gold, export):
    by_article = defaultdict(list)
    for i, q in enumerate(gold["quotes"]):
        by_article[q["id"]].append(i)
    matches, spurious = [], []   # (gold index, predicted quote), (article, predicted quote)
    n_pred = 0
    for aid in gold["articles"]:
        preds = [p for p in (export.get(aid, {}).get("quotes") or []) if quote_tokens(p.get("text", ""))]
        n_pred += len(preds)
        cands = []
        for gi in by_article.get(aid, []):
            gt = quote_tokens(gold["quotes"][gi]["text"])
            for pi, p in enumerate(preds):
                pt = quote_tokens(p["text"])
                common = lcs(gt, pt)
                overlap = common / min(len(gt), len(pt))
                if overlap >= 0.8:
                    cands.append((-overlap, -common, abs(len(gt) - len(pt)), gi, pi))
        used_g, used_p = set(), set()
        for _, _, _, gi, pi in sorted(cands):
            if gi not in used_g and pi not in used_p:
                used_g.add(gi), used_p.add(pi)
                matches.append((gi, preds[pi]))
        spurious += [(aid, p) for pi, p in enumerate(preds) if pi not in used_p]
    matched = {gi for gi, _ in matches}
    right = [(gi, p) for gi, p in matches
             if speaker_match(p.get("speaker"), gold["quotes"][gi]["speaker"], gold["quotes"][gi]["speaker_variants"])]
    exact = sum(1 for gi, p in matches if quote_tokens(p["text"]) == quote_tokens(gold["quotes"][gi]["text"]))
    n_gold = len(gold["quotes"])
    p, r, f = prf(len(matches), n_pred, n_gold)
    partial = {gi for gi, q in enumerate(gold["quotes"]) if q["kind"] == "partial"}
    tp_full = sum(1 for gi, _ in matches if gi not in partial)
    fp_, fr_, ff_ = prf(tp_full, n_pred - (len(matches) - tp_full), n_gold - len(partial))
    non_speech = 0
    for aid, pq in spurious:
        pt = quote_tokens(pq["text"])
        for ns in gold["non_speech"]:
            nt = quote_tokens(ns["text"])
            if ns["id"] == aid and nt and lcs(nt, pt) / min(len(nt), len(pt)) >= 0.8:
                non_speech += 1
                break
    right_set = {gi for gi, _ in right}
    return {
        "gold": n_gold, "predicted": n_pred, "matched": len(matches), "precision": p, "recall": r, "f1": f,
        "exact_spans": exact,
        "without_partial": {"gold": n_gold - len(partial), "matched": tp_full, "precision": fp_, "recall": fr_, "f1": ff_},
        "attribution": {"right": len(right), "of_matched": len(right) / len(matches) if matches else 0.0,
                        "of_gold": len(right) / n_gold if n_gold else 0.0},
        "spurious_non_speech": non_speech,
        "_errors": {
            "missed": [gold["quotes"][gi] for gi in range(n_gold) if gi not in matched],
            "spurious": [{"id": aid, **pq} for aid, pq in spurious],
            "wrong_speaker": [{**gold["quotes"][gi], "predicted_speaker": pq.get("speaker")}
                              for gi, pq in matches if gi not in right_set],
        },
    }


def predicted_entities(export, ids, key_field):
    """{article: {surface key: {"key": entity key, "type": type, "texts": [...]}}}, majority vote per surface."""
    out = {}
    for aid in ids:
        acc = defaultdict(lambda: {"keys": Counter(), "types": Counter(), "texts": Counter()})
        for e in export.get(aid, {}).get("entities") or []:
            sk = surface_key(e.get("text", ""))
            if not sk:
                continue
            field = key_field
            if field == "auto":
                field = "entity_id" if e.get("entity_id") else "canonical"
            acc[sk]["keys"][entity_key(e.get(field) or e.get("canonical") or e.get("text", ""))] += 1
            acc[sk]["types"][TYPES.get((e.get("type") or "").upper(), (e.get("type") or "").upper())] += 1
            acc[sk]["texts"][e.get("text", "")] += 1
        out[aid] = {sk: {"key": v["keys"].most_common(1)[0][0], "type": v["types"].most_common(1)[0][0],
                         "texts": list(v["texts"])} for sk, v in acc.items()}
    return out


def score_entities(gold, export, key_field):
    groups = gold["groups"]
    owner = {}
    for gi, g in enumerate(groups):
        for v in g["variants"]:
            k = surface_key(v)
            if owner.get(k, gi) != gi:
                print(f"warning: gold form {v!r} is in two groups ({groups[owner[k]]['canonical']!r}, "
                      f"{g['canonical']!r}); the first wins", file=sys.stderr)
            owner.setdefault(k, gi)
    required, optional = {}, {}          # (article, surface key) -> group index
    for gi, g in enumerate(groups):
        for aid, forms in (g["mentions"] or {}).items():
            for v in forms:
                required.setdefault((aid, surface_key(v)), gi)
        for aid, forms in (g["optional"] or {}).items():
            for v in forms:
                optional.setdefault((aid, surface_key(v)), gi)
    optional = {u: gi for u, gi in optional.items() if u not in required}
    pred = predicted_entities(export, gold["articles"], key_field)

    found = [u for u in required if u[1] in pred.get(u[0], {})]
    typed = [u for u in found if groups[required[u]]["type"]]
    type_right = [u for u in typed if pred[u[0]][u[1]]["type"] == groups[required[u]]["type"]]
    entity_units = {(aid, gi) for (aid, _), gi in required.items()}
    entity_found = {(aid, gi) for (aid, sk), gi in {**required, **optional}.items()
                    if (aid, gi) in entity_units and sk in pred.get(aid, {})}
    res = {"mentions": {"gold": len(required), "found": len(found),
                        "recall": len(found) / len(required) if required else 0.0,
                        "entity_recall": len(entity_found) / len(entity_units) if entity_units else 0.0,
                        "entities_gold": len(entity_units), "entities_found": len(entity_found)}}
    errors = {"missed": sorted({(aid, v, groups[gi]["canonical"]) for gi, g in enumerate(groups)
                                for aid, forms in (g["mentions"] or {}).items() for v in forms
                                if surface_key(v) not in pred.get(aid, {})})}
    if gold["exhaustive"]:
        n_pred = sum(len(p) for p in pred.values())
        ok = [(aid, sk) for aid, p in pred.items() for sk in p
              if (aid, sk) in required or (aid, sk) in optional or sk in gold["ignore"].get(aid, ())]
        res["mentions"].update(predicted=n_pred, precision=len(ok) / n_pred if n_pred else 0.0)
        okset = set(ok)
        errors["spurious"] = [(aid, p[sk]["texts"][0], p[sk]["type"], p[sk]["key"])
                              for aid, p in sorted(pred.items()) for sk in sorted(p) if (aid, sk) not in okset]
        res["types"] = {"checked": len(typed), "right": len(type_right),
                        "accuracy": len(type_right) / len(typed) if typed else 0.0}
        errors["wrong_type"] = [(u[0], pred[u[0]][u[1]]["texts"][0], pred[u[0]][u[1]]["type"],
                                 groups[required[u]]["type"]) for u in typed if u not in set(type_right)]

    # variant grouping over found gold mentions (required and optional)
    units = [(aid, sk, gi, pred[aid][sk]["key"]) for (aid, sk), gi in sorted({**optional, **required}.items())
             if sk in pred.get(aid, {})]
    tp = fp = fn = 0
    by_type = defaultdict(lambda: [0, 0, 0])
    for i in range(len(units)):
        for j in range(i + 1, len(units)):
            a, b = units[i], units[j]
            if a[1] == b[1] or groups[a[2]]["type"] != groups[b[2]]["type"]:
                continue
            gs, ps = a[2] == b[2], a[3] == b[3]
            t = groups[a[2]]["type"] or "all"
            if gs and ps:
                tp += 1; by_type[t][0] += 1
            elif ps:
                fp += 1; by_type[t][1] += 1
            elif gs:
                fn += 1; by_type[t][2] += 1
    p, r, f = prf(tp, tp + fp, tp + fn)
    res["variants"] = {"pairs_gold_same": tp + fn, "pairs_pred_same": tp + fp, "tp": tp, "precision": p, "recall": r,
                       "f1": f, "by_type": {t: dict(zip(("precision", "recall", "f1"), prf(c[0], c[0] + c[1], c[0] + c[2])),
                                                    pairs_gold_same=c[0] + c[2]) for t, c in sorted(by_type.items())}}
    split, merged = [], []
    keys_of = defaultdict(lambda: defaultdict(list))
    groups_of = defaultdict(lambda: defaultdict(list))
    for aid, sk, gi, k in units:
        keys_of[gi][k].append(f"{sk}@{short(aid)}")
        groups_of[k][gi].append(f"{sk}@{short(aid)}")
    for gi, ks in keys_of.items():
        if len(ks) > 1:
            split.append((groups[gi]["canonical"], {k: v for k, v in ks.items()}))
    for k, gs in groups_of.items():
        if len(gs) > 1:
            merged.append((k, {groups[gi]["canonical"]: v for gi, v in gs.items()}))
    errors["split"], errors["merged"] = split, merged
    res["_errors"] = errors
    return res


def report(name, gold, q, e, show):
    qa, wp = q["attribution"], q["without_partial"]
    print(f"{name}: {len(gold['articles'])} articles, {q['gold']} gold quotes, "
          + (f"{sum(1 for g in gold['groups'] if g['mentions'])} entity groups" if e else "quotes only"))
    print(f"  quotes        P {q['precision']:.3f}  R {q['recall']:.3f}  F1 {q['f1']:.3f}   "
          f"({q['matched']} matched of {q['gold']} gold, {q['predicted']} predicted; {q['exact_spans']} exact spans)")
    if wp["gold"] != q["gold"]:
        print(f"  - no partial  P {wp['precision']:.3f}  R {wp['recall']:.3f}  F1 {wp['f1']:.3f}   "
              f"({wp['matched']} of {wp['gold']} gold)")
    print(f"  attribution   {qa['of_matched']:.3f} of matched ({qa['right']}/{q['matched']}), "
          f"{qa['of_gold']:.3f} of gold")
    if e is None:                        # quotes-only gold: no entity figures
        e = {"mentions": None, "variants": None, "_errors": {"missed": [], "split": [], "merged": []}}
    m = e["mentions"]
    if m is not None:
        line = f"  mentions      R {m['recall']:.3f} ({m['found']}/{m['gold']})  entity R {m['entity_recall']:.3f} " \
               f"({m['entities_found']}/{m['entities_gold']})"
        if "precision" in m:
            line += f"  P {m['precision']:.3f} ({m['predicted']} predicted)"
        print(line)
    if "types" in e:
        print(f"  types         {e['types']['accuracy']:.3f} ({e['types']['right']}/{e['types']['checked']})")
    v = e["variants"]
    if v is not None:
        print(f"  variant pairs P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}   "
              f"({v['pairs_gold_same']} gold-same, {v['pairs_pred_same']} predicted-same pairs)"
              + "".join(f"; {t} F1 {x['f1']:.3f}/{x['pairs_gold_same']}" for t, x in v["by_type"].items() if t != "all"))
    if q["spurious_non_speech"]:
        print(f"  note: {q['spurious_non_speech']} predicted quote(s) are quoted names or nicknames, not speech")
    if show:
        qe, ee = q["_errors"], e["_errors"]
        def section(title, rows):
            if rows:
                print(f"  {title} ({len(rows)}):")
                for r in rows[:show]:
                    print("    " + r)
        cut = lambda s, n=70: s if len(s) <= n else s[:n - 1] + "…"
        section("missed quotes", [f"{short(x['id'])} [{x['kind']}] {cut(x['text'])!r} — {x['speaker']}" for x in qe["missed"]])
        section("spurious quotes", [f"{short(x['id'])} {cut(x.get('text', ''))!r} — {x.get('speaker')!r}" for x in qe["spurious"]])
        section("wrong speakers", [f"{short(x['id'])} {cut(x['text'], 50)!r}: predicted {x['predicted_speaker']!r}, gold {x['speaker']!r}"
                                   for x in qe["wrong_speaker"]])
        section("missed mentions", [f"{short(a)} {s!r} ({c})" for a, s, c in ee["missed"]])
        section("spurious mentions", [f"{short(a)} {s!r} {t} -> {k}" for a, s, t, k in ee.get("spurious", [])])
        section("wrong types", [f"{short(a)} {s!r}: predicted {p}, gold {g}" for a, s, p, g in ee.get("wrong_type", [])])
        section("split entities (one gold group, several predicted keys)",
                [f"{c}: " + "; ".join(f"{k} = {', '.join(v)}" for k, v in ks.items()) for c, ks in ee["split"]])
        section("merged entities (one predicted key, several gold groups)",
                [f"{k}: " + "; ".join(f"{c} = {', '.join(v)}" for c, v in gs.items()) for k, gs in ee["merged"]])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, help="seeds_gold.json, or the sample corpus gold (examples/gold.json)")
    ap.add_argument("--gold-format", choices=("auto", "seeds", "sample", "quotes"), default="auto",
                    help="auto: 'seeds' when the file has an 'entities' list, 'quotes' (quotes only, no entity "
                         "figures) when it has \"quotes_only\": true, else 'sample'")
    ap.add_argument("--export", required=True, help="output of `storytrace export --format jsonl` (json also read)")
    ap.add_argument("--key", choices=("auto", "canonical", "entity_id"), default="auto",
                    help="the predicted entity key for variant grouping (auto: entity_id when present, else canonical)")
    ap.add_argument("--name", help="label printed above the figures (default: the gold file name)")
    ap.add_argument("--json", metavar="OUT", help="write the figures here")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="list up to N errors of each kind")
    a = ap.parse_args(argv)

    gold = load_gold(a.gold, a.gold_format)
    export = read_export(a.export)
    missing = [i for i in gold["articles"] if i not in export]
    if missing:
        print(f"warning: {len(missing)} gold article(s) not in the export, scored as empty: {', '.join(missing[:5])}",
              file=sys.stderr)
    if gold["format"] == "sample":
        find_mentions(gold, export)
    q = score_quotes(gold, export)
    e = None if gold["format"] == "quotes" else score_entities(gold, export, a.key)
    report(a.name or os.path.basename(a.gold), gold, q, e, a.show_errors)
    out = {"gold": a.gold, "format": gold["format"], "articles": len(gold["articles"]),
           "quotes": {k: v for k, v in q.items() if not k.startswith("_")},
           **{k: v for k, v in (e or {}).items() if not k.startswith("_")}}
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
    return out


if __name__ == "__main__":
    main()
