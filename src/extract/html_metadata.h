// Page metadata: titles, publication time, publisher and canonical URL from head, JSON-LD, <time>.
#ifndef STORYTRACE_EXTRACT_HTML_METADATA_H_
#define STORYTRACE_EXTRACT_HTML_METADATA_H_

#include <gumbo.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storytrace {

// What a page says about itself. Empty strings mean "not stated"; the first statement of each
// kind wins.
struct PageMetadata {
  std::string title;         // <title>
  std::string og_title;      // og:title
  std::string h1;            // first <h1>
  std::string ld_headline;   // JSON-LD Article headline
  std::string site_name;     // og:site_name
  std::string ld_publisher;  // JSON-LD publisher name
  std::string url;           // og:url or <link rel=canonical>
  // Publication time by where it was stated.
  std::optional<int64_t> ld_published, meta_published, time_published;

  // The article's headline: JSON-LD headline, else og:title, else <h1>, else <title>; white
  // space folded and HTML entities that survived double escaping ("&amp;#163;") decoded.
  std::string Headline() const;
  // JSON-LD datePublished (it usually states the zone), else a meta tag, else a <time>.
  std::optional<int64_t> Published() const;
  // The JSON-LD publisher, else og:site_name, else the outlet <title> ends with ("… - Daily
  // Example", extract/outlet_suffix.h).
  std::string Source() const;
};

// Reads one JSON-LD block into `m` (Article, Posting and Report types, also inside @graph and
// arrays). Malformed JSON is ignored: the page's other metadata still counts.
void ReadJsonLd(std::string_view json, PageMetadata& m);

// Reads <title>, <meta> (OpenGraph, article:published_time, Dublin Core ...), the canonical
// <link>, the first <h1> and <time datetime> from the tree under `root` into `m`.
void ReadPageMetadata(const GumboNode* root, PageMetadata& m);

// `s` with character references decoded: numeric ones and &amp; &quot; &apos; &lt; &gt;
// &nbsp;. Others stay as they are.
std::string DecodeEntities(std::string_view s);

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_HTML_METADATA_H_
