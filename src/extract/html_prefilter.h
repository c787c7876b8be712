// Cutting from a page, before parsing, the bytes extraction never reads (scripts, styles, SVG).
#ifndef STORYTRACE_EXTRACT_HTML_PREFILTER_H_
#define STORYTRACE_EXTRACT_HTML_PREFILTER_H_

#include <string>
#include <string_view>
#include <vector>

namespace storytrace {

// A page with its unread parts cut out, and what was kept aside from them.
struct PrefilteredHtml {
  std::string html;                  // what the HTML parser should see
  std::vector<std::string> json_ld;  // bodies of <script type="application/ld+json">, in order
};

// Scans `html` once at the level of HTML5 tokens (tags, attribute values, comments, raw-text
// elements; no tree) and drops what the extractor skips anyway, so the parser sees far less:
// <script> (JSON-LD bodies are returned in `json_ld`), <style>, <svg> and <math> (with nested
// ones), <noscript>, <template>, comments, and every attribute the extractor does not read
// (it keeps class, id, itemprop, role, hidden, aria-hidden, style, property, name, content,
// rel, datetime, type, and href on <link>; so links, image sources and data: URIs go). Text,
// end tags and other start tags are copied unchanged;
// <title>, <textarea>, <xmp>, <iframe>, <noembed>, <noframes> and <plaintext> content is copied
// as the tokenizer would read it (raw text, never scanned for tags). An element whose end tag
// never comes is cut to the end of the input when the parser would have made the rest its
// raw text (script, style, comment), and kept otherwise. Past 256 open elements (of those whose
// end tag is required) further start tags and their end tags are dropped, their content kept:
// the parser's cost grows with the depth of its open elements. Never fails.
PrefilteredHtml PrefilterHtml(std::string_view html);

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_HTML_PREFILTER_H_
