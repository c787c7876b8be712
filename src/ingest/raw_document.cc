// Reading a document from a JSON record (a JSONL line, an element of a JSON array, a POST body).
#include "ingest/raw_document.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

#include "core/time.h"

namespace storytrace {
namespace {

// The string field `key` of `j`, or "" when it is absent or null; throws when it is not a string.
std::string OptionalString(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_string()) throw std::invalid_argument(fmt::format("field '{}' must be a string", key));
  return it->get<std::string>();
}

}  // namespace

Result<RawDocument> ParseJsonRecord(const std::string& line, const std::string& origin) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    return InvalidArgument(fmt::format("invalid JSON: {}", e.what()));
  }
  if (!j.is_object()) return InvalidArgument("JSON record must be an object");
  RawDocument doc;
  doc.origin = origin;
  try {
    auto id = j.find("id");
    if (id == j.end() || id->is_null()) return InvalidArgument("missing required field 'id'");
    if (id->is_string()) {
      doc.id = id->get<std::string>();
    } else if (id->is_number_integer()) {
      doc.id = id->dump();
    } else {
      return InvalidArgument("field 'id' must be a string");
    }
    if (doc.id.empty()) return InvalidArgument("field 'id' is empty");
    std::string text = OptionalString(j, "text");
    std::string html = OptionalString(j, "html");
    if (!html.empty()) {
      doc.format = "html";
      doc.content = std::move(html);
    } else {
      doc.format = "text";
      doc.content = std::move(text);
    }
    if (doc.content.find_first_not_of(" \t\r\n") == std::string::npos) {
      return InvalidArgument("record has no 'text' or 'html'");
    }
    doc.title = OptionalString(j, "title");
    doc.url = OptionalString(j, "url");
    doc.source = OptionalString(j, "source");
    doc.lang = OptionalString(j, "lang");
    // A date is never a reason to lose a record: one not read is a warning.
    auto when = j.find("published");
    if (when != j.end() && when->is_number()) {  // seconds (or milliseconds) since the epoch
      double v = when->get<double>();
      doc.published = static_cast<int64_t>(v >= 1e11 ? v / 1000 : v);
    } else if (when != j.end() && when->is_string() && !when->get<std::string>().empty()) {
      std::string published = when->get<std::string>();
      doc.published = ParseTimestamp(published);
      if (!doc.published) {
        doc.warnings.push_back(fmt::format(
            "'published' is not ISO 8601, RFC 2822 or epoch seconds (read as a date in text, "
            "if it is one): '{}'", published));
        doc.published_text = std::move(published);
      }
    } else if (when != j.end() && !when->is_null()) {
      doc.warnings.push_back("'published' is neither a string nor a number");
    }
    // 1970-01-01T00:00:00Z is what a scraper writes for a date it did not find.
    if (doc.published && *doc.published == 0) {
      doc.warnings.push_back("'published' is the epoch (1970-01-01T00:00:00Z), a placeholder; "
                             "read as undated");
      doc.published.reset();
    }
    // A time in the future would move the stream's clock past every story live now.
    if (doc.published && !CrediblePublicationTime(*doc.published, NowSeconds())) {
      doc.warnings.push_back(fmt::format(
          "'published' is in the future ({}); read as undated", FormatIso8601(*doc.published)));
      doc.published.reset();
    }
  } catch (const std::exception& e) {
    return InvalidArgument(e.what());
  }
  return doc;
}

}  // namespace storytrace
