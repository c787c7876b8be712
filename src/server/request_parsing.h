// Turning the parts of an HTTP request into validated values: article names, Cache-Control
// lifetimes, query parameters and article documents.
#ifndef STORYTRACE_SERVER_REQUEST_PARSING_H_
#define STORYTRACE_SERVER_REQUEST_PARSING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "ingest/input_reader.h"

namespace storytrace {

// Longest accepted article name, in bytes.
constexpr size_t kMaxArticleNameBytes = 255;
// Longest accepted max-age: a hundred years.
constexpr int64_t kMaxAgeLimitSeconds = int64_t{100} * 366 * 24 * 3600;

// Checks an article name as used by PUT and DELETE /<name>: 1 to 255 bytes of valid UTF-8,
// no control characters, no '/' and no "..". Fails with InvalidArgument naming the problem.
Status ValidateArticleName(std::string_view name);

// The max-age directive of a Cache-Control header value ("public, max-age=86400"), in
// seconds. nullopt when the directive is absent or not an integer in [0, kMaxAgeLimitSeconds].
std::optional<int64_t> ParseMaxAge(std::string_view cache_control);

// A decimal integer in [min, max] (surrounding blanks not allowed); nullopt otherwise.
std::optional<int64_t> ParseInteger(std::string_view s, int64_t min, int64_t max);

// A decimal number in [min, max], e.g. "1.5"; nullopt otherwise.
std::optional<double> ParseNumber(std::string_view s, double min, double max);

// True for a language code as stored by the pipeline: 2 or 3 lower-case ASCII letters
// ("de", "und").
bool IsLanguageCode(std::string_view s);

// Turns a request body into a document with id `id`, as the file reader does for a file:
// decodes to UTF-8 (the charset of `content_type`, else a charset declared in the HTML head,
// else UTF-8 or Windows-1252), and sets format "html" when `content_type` names HTML or the
// body opens like an HTML page, else "text". Fails with InvalidArgument for empty or binary
// bodies.
Result<RawDocument> DocumentFromBody(std::string id, std::string_view body,
                                     std::string_view content_type);

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_REQUEST_PARSING_H_
