// One input document as read, before extraction, and reading one from a JSON record.
#ifndef STORYTRACE_INGEST_RAW_DOCUMENT_H_
#define STORYTRACE_INGEST_RAW_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"

namespace storytrace {

// One decoded input document, before extraction.
struct RawDocument {
  std::string id;
  std::string origin;   // "path", "path:line" or "stdin:line"
  std::string input;    // the file (or "stdin") it was read from
  int64_t line = 0;     // its line (JSONL) or record number (JSON array); 0 for a whole file
  std::string format;   // "text" or "html"
  std::string content;  // UTF-8
  std::string encoding; // what it was decoded from
  // Metadata given by JSONL input; empty when absent.
  std::string title, url, source, lang;
  std::optional<int64_t> published;
  std::string published_text;  // 'published' as given when it is no timestamp (see warnings)
  std::vector<std::string> warnings;  // kept but noteworthy, e.g. an unparseable date
};

// Parses one JSONL line (already known to be UTF-8) into a document. `origin` names it in
// messages. Fails with InvalidArgument naming the problem (syntax, missing id or text).
Result<RawDocument> ParseJsonRecord(const std::string& line, const std::string& origin);

}  // namespace storytrace

#endif  // STORYTRACE_INGEST_RAW_DOCUMENT_H_
