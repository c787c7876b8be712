#!/usr/bin/python3
# Runs readability-lxml over the benchmark on one core, times it and writes its bodies as storytrace JSON.
"""Usage: readability_peer.py [--bench DIR] OUT.json
Needs Debian's python3-readability (apt-get install -y python3-readability), hence /usr/bin/python3."""
import argparse, gzip, json, os, re, sys, time

try:
    import lxml.html
    from readability import Document
except ImportError:
    sys.exit("readability_peer.py: needs python3-readability (apt-get install -y python3-readability), run with /usr/bin/python3")

BLOCKS = ("p", "div", "section", "article", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
          "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "header", "footer", "aside", "br", "hr")


def to_text(summary_html):
    """Readability's HTML summary as text: one paragraph per block element, separated by blank lines."""
    root = lxml.html.fromstring(summary_html)
    for el in root.iter(*BLOCKS):
        el.text = "\n\n" + (el.text or "")
        el.tail = "\n\n" + (el.tail or "")
    paras = (" ".join(p.split()) for p in re.split(r"\n\s*\n", root.text_content()))
    return "\n\n".join(p for p in paras if p)


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bench", default=os.path.normpath(os.path.join(root, "..", "shared", "data", "extraction-benchmark")))
    ap.add_argument("out", help="where to write {id: {title, articleBody}}")
    a = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    html = os.path.join(a.bench, "html")
    names = sorted(n for n in os.listdir(html) if n.endswith(".html.gz"))
    result, size, failed = {}, 0, 0
    cpu, wall = time.process_time(), time.perf_counter()
    for name in names:  # timed: gunzip, decode, readability parse + extraction, HTML -> text
        with gzip.open(os.path.join(html, name), "rb") as f:
            raw = f.read()
        size += len(raw)
        try:
            doc = Document(raw.decode("utf-8", "replace"))
            result[name[:-len(".html.gz")]] = {"title": doc.short_title(), "articleBody": to_text(doc.summary(html_partial=True))}
        except Exception as e:  # readability gives up on a few malformed pages
            failed += 1
            result[name[:-len(".html.gz")]] = {"title": "", "articleBody": ""}
            print(f"readability failed on {name}: {e}", file=sys.stderr)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    n, mb = len(names), size / 1e6
    print(f"readability-lxml: {n} pages ({failed} failed), {mb:.1f} MB of HTML in {wall:.2f} s wall ({cpu:.2f} s CPU, one core): "
          f"{n / wall:.1f} pages/s, {mb / wall:.2f} MB/s wall; {n / cpu:.1f} pages/s per CPU second")
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
