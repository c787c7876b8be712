#!/usr/bin/python3
# Runs readability-lxml (Debian python3-readability) over the benchmark pages on one core, times
# it and writes its bodies in the `storytrace extract` JSON format, so both are scored alike.
# Usage: readability_peer.py BENCH_DIR OUT.json
import gzip, json, os, sys, time

import lxml.html
from readability import Document


def body_text(summary_html):
    root = lxml.html.fromstring(summary_html)
    paras = [p.text_content().strip() for p in root.iter("p", "li", "h1", "h2", "h3", "h4", "blockquote", "pre")]
    paras = [p for p in paras if p]
    return "\n\n".join(paras) if paras else root.text_content().strip()


def main():
    bench, out = sys.argv[1], sys.argv[2]
    pages = {}
    for name in sorted(os.listdir(os.path.join(bench, "html"))):
        with gzip.open(os.path.join(bench, "html", name), "rb") as f:
            pages[name[: -len(".html.gz")]] = f.read()
    start = time.process_time()
    result = {}
    for key, raw in pages.items():
        try:
            doc = Document(raw)
            result[key] = {"title": doc.short_title(), "articleBody": body_text(doc.summary())}
        except Exception as e:  # readability raises on some malformed pages
            result[key] = {"title": "", "articleBody": ""}
    secs = time.process_time() - start
    mb = sum(len(r) for r in pages.values()) / 1e6
    print(f"readability-lxml: {len(pages)} pages, {mb:.1f} MB in {secs:.2f} s CPU: "
          f"{len(pages)/secs:.0f} pages/s, {mb/secs:.1f} MB/s (one core, parse + extraction)")
    json.dump(result, open(out, "w"), ensure_ascii=False)


if __name__ == "__main__":
    main()
