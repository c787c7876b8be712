// Article extraction: the clean body and metadata of a scraped page or scraped text.
#ifndef STORYTRACE_EXTRACT_EXTRACTOR_H_
#define STORYTRACE_EXTRACT_EXTRACTOR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storytrace {

// What extraction finds in one input. Empty strings mean "not found".
struct ExtractedArticle {
  std::string title;
  std::string body;                  // paragraphs separated by "\n\n"
  std::optional<int64_t> published;  // seconds since epoch, UTC
  std::string source;                // outlet or agency named by the page or text
  std::string dateline;              // e.g. "Moskau, 4. Dezember 2024 (AFP)"
  std::string url;                   // canonical URL when the page states one
};

// Extracts the main content and metadata from an HTML page: structure (article/main,
// itemprop=articleBody, paragraphs), text and link density, boilerplate class/id names, and
// metadata (<title>, OpenGraph, JSON-LD, <time>). Never fails: an empty body means nothing
// article-like was found.
ExtractedArticle ExtractFromHtml(std::string_view html);

// Extracts title, body and metadata from scraped plain text by classifying its lines
// (headline, date header, source line, dateline, UI/boilerplate phrase, CSS, body).
// With `find_title` false (the input states its title) every body line stays in the body.
ExtractedArticle ExtractFromText(std::string_view text, bool find_title = true);

// Dispatches on `format` ("html" or "text"); `find_title` as for ExtractFromText.
ExtractedArticle Extract(std::string_view content, std::string_view format, bool find_title = true);

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_EXTRACTOR_H_
