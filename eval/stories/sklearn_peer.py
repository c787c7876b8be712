#!/usr/bin/python3
# The scikit-learn peer for story clustering: TF-IDF over character n-grams and average-linkage
# agglomerative clustering per 3-day window (Debian python3-sklearn), scored like storytrace.
#
# Usage: sklearn_peer.py GOLD.jsonl [--threshold D ...]
# Prints BCubed P/R/F1, cross-lingual pair P/R and articles/s for each distance threshold.
import argparse, collections, datetime, json, time

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer


def bcubed(gold, pred):
    joint = collections.Counter(zip(gold, pred))
    gs, ps = collections.Counter(gold), collections.Counter(pred)
    p = sum(n * n / ps[k[1]] for k, n in joint.items()) / len(gold)
    r = sum(n * n / gs[k[0]] for k, n in joint.items()) / len(gold)
    return p, r, 2 * p * r / (p + r)


def cross_lingual(gold, pred, langs):
    pairs = lambda n: n * (n - 1) / 2
    def cross(keys):
        all_ = sum(pairs(n) for n in collections.Counter(keys).values())
        same = sum(pairs(n) for n in collections.Counter(zip(keys, langs)).values())
        return all_ - same
    tp = cross(list(zip(gold, pred)))
    pp, gp = cross(pred), cross(gold)
    return (tp / pp if pp else 1.0), (tp / gp if gp else 1.0)


def load(path):
    """The gold stream's records in time order (stable: ties keep the input order), each with
    its publication time in seconds as "t"."""
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    for r in rows:
        r["t"] = datetime.datetime.fromisoformat(r["published"].replace("Z", "+00:00")).timestamp()
    rows.sort(key=lambda r: r["t"])
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--threshold", type=float, action="append")
    ap.add_argument("--window-days", type=float, default=3)
    a = ap.parse_args()
    rows = load(a.gold)
    for th in a.threshold or [0.6, 0.7, 0.8, 0.9]:
        start = time.time()
        pred, offset, i = [None] * len(rows), 0, 0
        while i < len(rows):  # consecutive windows of `window_days`
            j = i
            while j < len(rows) and rows[j]["t"] - rows[i]["t"] < a.window_days * 86400:
                j += 1
            texts = [rows[k]["title"] for k in range(i, j)]
            if len(texts) == 1:
                labels = [0]
            else:
                x = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True).fit_transform(texts)
                labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                                 distance_threshold=th).fit_predict(x.toarray())
            for k, l in zip(range(i, j), labels):
                pred[k] = offset + int(l)
            offset += len(texts)
            i = j
        secs = time.time() - start
        gold = [r["story_id"] for r in rows]
        p, r, f = bcubed(gold, pred)
        xp, xr = cross_lingual(gold, pred, [r["lang"] for r in rows])
        print(f"threshold {th}: BCubed P {p:.4f} R {r:.4f} F1 {f:.4f}  cross-lingual P {xp:.4f} R {xr:.4f}  {len(rows)/secs:.0f} articles/s")


if __name__ == "__main__":
    main()
