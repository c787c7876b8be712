#!/usr/bin/env python3
# Tests score.py on hand-made exports whose figures are worked out by hand below.
import contextlib, io, json, os, re, sys, tempfile, unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import score  # noqa: E402


def run(gold, export, *extra):
    """Writes gold and export to temporary files, runs score.main quietly, returns its figures."""
    with tempfile.TemporaryDirectory() as tmp:
        gp, ep = os.path.join(tmp, "gold.json"), os.path.join(tmp, "export.jsonl")
        if isinstance(gold, str):
            gp = gold
        else:
            json.dump(gold, open(gp, "w", encoding="utf-8"), ensure_ascii=False)
        with open(ep, "w", encoding="utf-8") as f:
            for rec in export:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            return score.main(["--gold", gp, "--export", ep, *extra])


def perfect_export(gold):
    """Every gold form of every article as a predicted entity under the group's canonical, every quote with its speaker."""
    recs = {aid: {"id": aid, "entities": [], "quotes": []} for aid in gold["articles"]}
    for e in gold["entities"]:
        for part in ("mentions", "optional"):
            for aid, forms in e.get(part, {}).items():
                recs[aid]["entities"] += [{"text": v, "canonical": e["canonical"], "type": e["type"]} for v in forms]
    for q in gold["quotes"]:
        recs[q["id"]]["quotes"].append({"text": "„" + q["text"] + "“,", "speaker": q["speaker"]})
    return list(recs.values())


SMALL = {
    "articles": {"a1": "de", "a2": "en"},
    "entities": [
        {"canonical": "Wladimir Putin", "type": "PER", "variants": ["Wladimir Putin", "Putin", "Vladimir Putin"],
         "mentions": {"a1": ["Wladimir Putin", "Putin"], "a2": ["Vladimir Putin"]}},
        {"canonical": "Sotschi", "type": "LOC", "variants": ["Sotschi", "Sochi"],
         "mentions": {"a1": ["Sotschi"], "a2": ["Sochi"]}},
        {"canonical": "Moskau", "type": "LOC", "variants": ["Moskau"], "mentions": {"a1": ["Moskau"]}},
        {"canonical": "Russisches Verteidigungsministerium", "type": "ORG",
         "variants": ["Verteidigungsministerium", "Russian Defense Ministry", "Ministerium"],
         "mentions": {"a1": ["Verteidigungsministerium"], "a2": ["Russian Defense Ministry"]},
         "optional": {"a1": ["Ministerium"]}},
    ],
    "quotes": [
        {"id": "a1", "text": "Wir reden intensiv darüber, in Syrien den Frieden zu bringen", "speaker": "Donald Trump",
         "speaker_variants": ["Donald Trump", "Trump"], "kind": "full"},
        {"id": "a1", "text": "legendären General", "speaker": "Russisches Verteidigungsministerium",
         "speaker_variants": ["Russisches Verteidigungsministerium", "Verteidigungsministerium"], "kind": "partial"},
        {"id": "a2", "text": "Both the parties expressed satisfaction with the phone call, which was practical and informative",
         "speaker": "Kremlin", "speaker_variants": ["Kremlin"], "kind": "full"},
        {"id": "a2", "text": "We are ready", "speaker": "", "speaker_variants": [], "kind": "full"},
    ],
    "non_speech": [], "ignore": [],
}


class Normalisation(unittest.TestCase):
    def test_surface_key(self):
        cases = {"das russische Verteidigungsministerium": "verteidigungsministerium",
                 "the White House": "white house", "al-Hassan’s": "al-hassan", "Al-Hassan": "al-hassan",
                 "Abu–Kamal": "abu-kamal", "von der Leyen": "von der leyen", "„Putin“": "putin",
                 "Bashar  al-Assad": "bashar al-assad"}
        for raw, want in cases.items():
            self.assertEqual(score.surface_key(raw), want, raw)

    def test_speaker_match(self):
        m = score.speaker_match
        self.assertTrue(m("Eibl", "Markus Eibl"))
        self.assertTrue(m("Markus Eibl", "Eibl"))
        self.assertTrue(m("Generalmajor Igor Konashenkov", "Igor Konashenkov"))
        self.assertTrue(m("Präsident Trump", "Donald Trump"))
        self.assertTrue(m("das Verteidigungsministerium", "Russisches Verteidigungsministerium"))
        self.assertTrue(m("Moskau", "Maria Sacharowa", ["Maria Sacharowa", "Moskau"]))
        self.assertTrue(m("", ""))
        self.assertTrue(m(None, ""))
        self.assertFalse(m("Trump", ""))
        self.assertFalse(m("", "Donald Trump"))
        self.assertFalse(m("Stefan", "Stefan Wimmer"))      # a first name is not a surname
        self.assertFalse(m("Putin", "Donald Trump"))
        self.assertFalse(m("Ministerium", "Russisches Verteidigungsministerium"))

    def test_lcs(self):
        self.assertEqual(score.lcs("a b c d".split(), "a x c d".split()), 3)
        self.assertEqual(score.lcs([], ["a"]), 0)


class SmallGold(unittest.TestCase):
    def test_perfect(self):
        m = run(SMALL, perfect_export(SMALL))
        q, e = m["quotes"], m
        self.assertEqual((q["matched"], q["predicted"], q["exact_spans"]), (4, 4, 4))
        self.assertEqual((q["f1"], q["attribution"]["of_matched"]), (1.0, 1.0))
        self.assertEqual((e["mentions"]["recall"], e["mentions"]["precision"], e["types"]["accuracy"]), (1.0, 1.0, 1.0))
        # PER: 3 forms, 3 pairs; LOC: Sotschi-Sochi (Moskau is another group); ORG: 3 forms with the optional one
        self.assertEqual((e["variants"]["pairs_gold_same"], e["variants"]["f1"]), (7, 1.0))

    def test_errors(self):
        export = [
            {"id": "a1",
             "entities": [
                 {"text": "Wladimir Putin", "canonical": "Putin", "type": "PER"},
                 {"text": "Putin", "canonical": "Putin", "type": "PER"},
                 {"text": "Putin", "canonical": "Putin", "type": "PER"},           # repeated mention: one unit
                 {"text": "Sotschi", "canonical": "Sochi", "type": "LOC"},
                 {"text": "Moskau", "canonical": "Sochi", "type": "LOC"},          # merged with Sochi
                 {"text": "das russische Verteidigungsministerium", "canonical": "MoD", "type": "ORG"},
                 {"text": "Miliz", "canonical": "Miliz", "type": "ORG"}],          # spurious
             "quotes": [
                 {"text": "„Wir reden intensiv darüber, in Syrien den Frieden zu bringen“,", "speaker": "Trump"},
                 {"text": "Das ist falsch", "speaker": "X"}]},                     # spurious
            {"id": "a2",
             "entities": [
                 {"text": "Vladimir Putin", "canonical": "Vladimir Putin", "type": "PER"},   # split from Putin
                 {"text": "Sochi", "canonical": "Sochi", "type": "ORG"}],                   # wrong type
             "quotes": [
                 {"text": "Both the parties expressed satisfaction with the phone call", "speaker": "Putin"},
                 {"text": "We are ready", "speaker": ""}]},
        ]
        m = run(SMALL, export)
        q = m["quotes"]
        # gold 4, predicted 4, matched 3 (the partial one is missed; 'Das ist falsch' is spurious)
        self.assertEqual((q["gold"], q["predicted"], q["matched"], q["exact_spans"]), (4, 4, 3, 2))
        self.assertAlmostEqual(q["precision"], 0.75)
        self.assertAlmostEqual(q["recall"], 0.75)
        self.assertAlmostEqual(q["f1"], 0.75)
        # without the partial quote: gold 3, all 3 matched, 4 predicted
        self.assertAlmostEqual(q["without_partial"]["recall"], 1.0)
        self.assertAlmostEqual(q["without_partial"]["precision"], 0.75)
        self.assertAlmostEqual(q["without_partial"]["f1"], 6 / 7)
        # speakers: Trump right (surname), Putin wrong, "" right
        self.assertEqual(q["attribution"]["right"], 2)
        self.assertAlmostEqual(q["attribution"]["of_matched"], 2 / 3)
        self.assertAlmostEqual(q["attribution"]["of_gold"], 0.5)

        mm = m["mentions"]
        # 8 required (article, form) units; 'Russian Defense Ministry' in a2 missed
        self.assertEqual((mm["gold"], mm["found"]), (8, 7))
        self.assertEqual((mm["entities_gold"], mm["entities_found"]), (7, 6))
        # 8 predicted (article, form) units, 'Miliz' wrong
        self.assertEqual(mm["predicted"], 8)
        self.assertAlmostEqual(mm["precision"], 7 / 8)
        self.assertEqual((m["types"]["checked"], m["types"]["right"]), (7, 6))
        # pairs: PER wladimir putin~putin TP, both ~vladimir putin FN (x2);
        # LOC sotschi~sochi TP, moskau~sotschi and moskau~sochi FP (x2)
        v = m["variants"]
        self.assertEqual((v["tp"], v["pairs_pred_same"], v["pairs_gold_same"]), (2, 4, 4))
        self.assertAlmostEqual(v["f1"], 0.5)
        self.assertAlmostEqual(v["by_type"]["PER"]["recall"], 1 / 3)
        self.assertAlmostEqual(v["by_type"]["LOC"]["precision"], 1 / 3)

    def test_quote_matching_threshold_and_one_to_one(self):
        gold = {**SMALL, "quotes": [
            {"id": "a1", "text": "eins zwei drei vier fünf", "speaker": "A", "kind": "split"},
            {"id": "a1", "text": "sechs sieben acht neun zehn", "speaker": "A", "kind": "split"}]}
        # one prediction spanning both halves of a split quote matches one of them only
        m = run(gold, [{"id": "a1", "quotes": [{"text": "eins zwei drei vier fünf, sagte A, sechs sieben acht neun zehn",
                                                 "speaker": "A"}]}])
        self.assertEqual((m["quotes"]["matched"], m["quotes"]["predicted"]), (1, 1))
        # 4 common tokens of 5 in the shorter text is 80 %: a match; 3 of 5 is not
        m = run(gold, [{"id": "a1", "quotes": [{"text": "eins zwei drei vier und so", "speaker": "A"},
                                                {"text": "sechs sieben acht und so", "speaker": "A"}]}])
        self.assertEqual(m["quotes"]["matched"], 1)
        # the shorter text may be the prediction: a truncated quote still matches, but not as an exact span
        m = run(gold, [{"id": "a1", "quotes": [{"text": "sechs sieben acht", "speaker": "A"}]}])
        self.assertEqual((m["quotes"]["matched"], m["quotes"]["exact_spans"]), (1, 0))
        # a quote of the right text in the wrong article does not match
        m = run(gold, [{"id": "a2", "quotes": [{"text": "eins zwei drei vier fünf", "speaker": "A"}]}])
        self.assertEqual(m["quotes"]["matched"], 0)

    def test_entity_id_key(self):
        export = perfect_export(SMALL)
        for rec in export:
            for e in rec["entities"]:
                e["entity_id"] = "id:" + e["text"]          # every form its own entity
        self.assertEqual(run(SMALL, export)["variants"]["tp"], 0)
        self.assertEqual(run(SMALL, export, "--key", "canonical")["variants"]["f1"], 1.0)


class SampleFormat(unittest.TestCase):
    GOLD = {"stories": {"s": ["x", "y"]}, "languages": {"x": "de", "y": "en"},
            "variants": [["Bishkek", "Bischkek"], ["Bakyt Toktogulov", "Bakyt Toktogulow"]],
            "quotes": [{"id": "x", "text": "Wir suchen noch", "speaker": "Bakyt Toktogulow"},
                       {"id": "y", "text": "Our teams reached all villages", "speaker": "Bakyt Toktogulov"}]}

    def test_sample(self):
        export = [
            {"id": "x", "title": "Beben bei Bischkek", "text": "Bakyt Toktogulow sagte in Bischkek: „Wir suchen noch“.",
             "entities": [{"text": "Bischkek", "canonical": "Bishkek", "type": "LOC"},
                          {"text": "Bakyt Toktogulow", "canonical": "Bakyt Toktogulov", "type": "PER"}],
             "quotes": [{"text": "Wir suchen noch", "speaker": "Toktogulov"}]},     # right through the variant group
            {"id": "y", "title": "", "text": "In Bishkek, Bakyt Toktogulov said: “Our teams reached all villages.”",
             "entities": [{"text": "Bishkek", "canonical": "Bishkek", "type": "LOC"}],
             "quotes": [{"text": "Our teams reached all villages.", "speaker": "Bishkek"}]},
        ]
        m = run(self.GOLD, export)
        self.assertEqual(m["format"], "sample")
        self.assertEqual((m["quotes"]["matched"], m["quotes"]["attribution"]["right"]), (2, 1))
        # units: Bischkek@x, Bakyt Toktogulow@x, Bishkek@y, Bakyt Toktogulov@y; the last is not predicted
        self.assertEqual((m["mentions"]["gold"], m["mentions"]["found"]), (4, 3))
        self.assertNotIn("precision", m["mentions"])
        # pairs among found units with different forms: Bischkek~Bishkek TP, Toktogulow~Bischkek, Toktogulow~Bishkek
        self.assertEqual((m["variants"]["tp"], m["variants"]["pairs_pred_same"], m["variants"]["pairs_gold_same"]), (1, 1, 1))


class QuotesOnly(unittest.TestCase):
    GOLD = {"about": "test", "quotes_only": True,
            "articles": {"b1": {"lang": "en"}, "b2": {"lang": "en"}, "b3": {"lang": "en"}},
            "quotes": [
                {"id": "b1", "text": "It was a difficult situation for us", "speaker": "Feliciano Lopez",
                 "speaker_variants": ["Feliciano Lopez", "Lopez"], "kind": "split"},
                {"id": "b1", "text": "Now we are in a good position to advance.", "speaker": "Feliciano Lopez",
                 "speaker_variants": ["Feliciano Lopez", "Lopez"], "kind": "split"},
                {"id": "b1", "text": "will not sit on our hands", "speaker": "Liu Xiaming",
                 "speaker_variants": ["Liu Xiaming", "Liu"], "kind": "partial"},
                {"id": "b2", "text": "Hands! Let me see your hands!", "speaker": "", "speaker_variants": [], "kind": "full"}],
            "non_speech": [{"id": "b2", "text": "We Got Her!", "why": "a title"}]}

    def test_quotes_only(self):
        export = [
            {"id": "b1", "entities": [{"text": "Lopez", "canonical": "Lopez", "type": "PER"}],
             "quotes": [{"text": "“It was a difficult situation for us,”", "speaker": "Lopez"},
                        {"text": "Now we are in a good position to advance.", "speaker": "Rafael Nadal"}]},
            {"id": "b2", "quotes": [{"text": "Hands! Let me see your hands!", "speaker": None},
                                    {"text": "We Got Her!", "speaker": "officer"}]},
            {"id": "b3", "quotes": [{"text": "A quote in an article without gold quotes", "speaker": "X"}]},
        ]
        m = run(self.GOLD, export)
        q = m["quotes"]
        self.assertEqual(m["format"], "quotes")
        self.assertEqual(m["articles"], 3)
        # gold 4, predicted 5 (b3 counts: it is a gold article), matched 3; the partial one missed
        self.assertEqual((q["gold"], q["predicted"], q["matched"]), (4, 5, 3))
        self.assertAlmostEqual(q["precision"], 3 / 5)
        self.assertAlmostEqual(q["recall"], 3 / 4)
        self.assertAlmostEqual(q["without_partial"]["recall"], 1.0)
        # Lopez right, Nadal wrong, no speaker right for the gold ""
        self.assertEqual(q["attribution"]["right"], 2)
        self.assertEqual(q["spurious_non_speech"], 1)
        # no entity figures at all, though the export has entities
        for k in ("mentions", "variants", "types"):
            self.assertNotIn(k, m)
        # the format can be forced; the error listing works without entity errors
        self.assertEqual(run(self.GOLD, export, "--gold-format", "quotes", "--show-errors", "5")["quotes"]["matched"], 3)

    def test_bench_gold_perfect(self):
        path = os.path.join(HERE, "bench_quotes_gold.json")
        gold = json.load(open(path, encoding="utf-8"))
        recs = {aid: {"id": aid, "quotes": []} for aid in gold["articles"]}
        for q in gold["quotes"]:
            recs[q["id"]]["quotes"].append({"text": "“" + q["text"] + "”", "speaker": q["speaker"] or None})
        m = run(path, list(recs.values()))
        self.assertEqual(m["format"], "quotes")
        self.assertEqual((m["quotes"]["f1"], m["quotes"]["attribution"]["of_matched"]), (1.0, 1.0))
        self.assertEqual(m["quotes"]["exact_spans"], len(gold["quotes"]))
        self.assertGreaterEqual(len(gold["quotes"]), 80)
        # each quote's variants are accepted: the last variant of every speaker is right too
        for rec in recs.values():
            for pq in rec["quotes"]:
                g = next(q for q in gold["quotes"] if "“" + q["text"] + "”" == pq["text"] and q["id"] == rec["id"])
                pq["speaker"] = g["speaker_variants"][-1] if g["speaker_variants"] else None
        self.assertEqual(run(path, list(recs.values()))["quotes"]["attribution"]["of_matched"], 1.0)

    def test_uncovered_marks(self):
        import check_gold
        body = 'He said "yes" and "no" to the “plan”.'
        self.assertEqual(len(check_gold.uncovered_marks(body, ["yes", "plan"])), 2)
        self.assertEqual(check_gold.uncovered_marks(body, ["yes", "no", "plan"]), [])


class RealGold(unittest.TestCase):
    def test_seeds_gold_perfect(self):
        gold = json.load(open(os.path.join(HERE, "seeds_gold.json"), encoding="utf-8"))
        m = run(os.path.join(HERE, "seeds_gold.json"), perfect_export(gold))
        self.assertEqual(m["quotes"]["f1"], 1.0)
        self.assertEqual(m["quotes"]["attribution"]["of_matched"], 1.0)
        self.assertEqual(m["quotes"]["exact_spans"], len(gold["quotes"]))
        self.assertEqual((m["mentions"]["recall"], m["mentions"]["precision"], m["types"]["accuracy"]), (1.0, 1.0, 1.0))
        self.assertEqual(m["variants"]["f1"], 1.0)

    def test_seeds_gold_one_key_per_form(self):
        gold = json.load(open(os.path.join(HERE, "seeds_gold.json"), encoding="utf-8"))
        export = perfect_export(gold)
        for rec in export:
            for e in rec["entities"]:
                e["canonical"] = score.surface_key(e["text"])    # no variant normalisation at all
        v = run(os.path.join(HERE, "seeds_gold.json"), export)["variants"]
        self.assertEqual((v["tp"], v["recall"]), (0, 0.0))

    def test_sample_gold_perfect(self):
        gold_path = os.path.join(ROOT, "examples", "gold.json")
        gold = json.load(open(gold_path, encoding="utf-8"))
        corpus = os.path.join(ROOT, "examples", "corpus")
        texts = {}
        for f in os.listdir(corpus):
            path = os.path.join(corpus, f)
            if f.endswith(".jsonl"):
                for line in open(path, encoding="utf-8"):
                    r = json.loads(line)
                    texts[r["id"]] = r["title"] + "\n" + r["text"]
            else:
                texts[f.rsplit(".", 1)[0]] = open(path, encoding="utf-8").read()
        export = []
        for aid in gold["languages"]:
            ents = [{"text": v, "canonical": g[0], "type": "LOC"} for g in gold["variants"] for v in g
                    if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", texts[aid])]
            quotes = [{"text": q["text"], "speaker": q["speaker"]} for q in gold["quotes"] if q["id"] == aid]
            export.append({"id": aid, "title": "", "text": texts[aid], "entities": ents, "quotes": quotes})
        m = run(gold_path, export)
        self.assertEqual((m["quotes"]["f1"], m["quotes"]["attribution"]["of_matched"]), (1.0, 1.0))
        self.assertEqual(m["mentions"]["recall"], 1.0)
        self.assertEqual(m["variants"]["f1"], 1.0)
        self.assertGreater(m["mentions"]["gold"], 30)


if __name__ == "__main__":
    unittest.main()
