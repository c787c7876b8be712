#!/usr/bin/env python3
"""Tests of score.py on hand-made golds and exports (Python 3 standard library only)."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402


def place(name, kind, country, lat, lng, optional=False, forms=None):
    return {"name": name, "kind": kind, "country": country, "lat": lat, "lng": lng,
            "optional": optional, "forms": forms or [name]}


def pred(name, kind, country, lat, lng, focus=False):
    return {"name": name, "kind": kind, "country": country, "lat": lat, "lng": lng, "focus": focus}


GOLD = {"articles": {
    "a": {"lang": "en", "source": "bench", "focus": "Paris", "places": [
        place("Paris", "city", "FR", 48.85, 2.35),
        place("United States", "country", "US", 39.8, -98.6),
        place("Wales", "country", "GB", 52.3, -3.7),
        place("Seine", "other", "FR", 48.86, 2.30),
        place("Texas", "region", "US", 31.0, -99.0, optional=True)]},
    "b": {"lang": "de", "source": "wmt", "focus": None, "places": [
        place("Kirchheim unter Teck", "city", "DE", 48.65, 9.45, forms=["Kirchheim"])]},
}}


class ScoreTest(unittest.TestCase):
    def test_perfect(self):
        export = [{"id": "a", "places": [pred("Paris", "city", "FR", 48.86, 2.34, True),
                                         pred("United States", "country", "US", 39.5, -98.0),
                                         pred("Wales", "country", "GB", 52.3, -3.7)]},
                  {"id": "b", "places": [pred("Kirchheim unter Teck", "city", "DE", 48.64, 9.45)]}]
        groups, _ = score.score(GOLD, export)
        self.assertEqual(groups["all"]["recall"], 1.0)
        self.assertEqual(groups["all"]["precision"], 1.0)
        self.assertEqual(groups["all"]["focus"], 1.0)

    def test_namesakes_kinds_and_noise(self):
        export = [{"id": "a", "places": [
            pred("Paris", "city", "US", 36.30, -88.33, True),  # Paris, Tennessee: a wrong namesake
            pred("United States", "country", "US", 39.5, -98.0),
            pred("Wales", "region", "GB", 52.2, -3.9),  # another kind, same name and point: right
            pred("Texas", "region", "US", 31.5, -99.3),  # optional: right, never required
            pred("Bridge", "city", "GB", 51.25, 1.13)]},  # named nowhere: noise
            {"id": "b", "places": [pred("Kirchheim", "city", "DE", 50.88, 11.02)]}]  # 250 km off
        groups, errors = score.score(GOLD, export)
        f = groups["all"]
        self.assertEqual((f["found"], f["gold"]), (2, 4))
        self.assertEqual((f["right"], f["predicted"]), (3, 6))
        self.assertEqual(f["wrong_namesake"], 2)  # Paris, Kirchheim
        self.assertEqual(f["noise"], 1)
        self.assertEqual((f["focus_right"], f["focus_gold"]), (0, 1))
        self.assertEqual(groups["wmt de"]["gold"], 1)
        self.assertEqual(len(errors["missed"]), 2)

    def test_other_places_are_tolerated_nearby(self):
        export = [{"id": "a", "places": [pred("Seine", "city", "FR", 48.80, 2.35)]}]
        groups, _ = score.score(GOLD, export)
        self.assertEqual(groups["all"]["right"], 1)


if __name__ == "__main__":
    unittest.main()
