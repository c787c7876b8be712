// Turning input bytes into UTF-8 text: validation, legacy-encoding transcoding, binary rejection.
#ifndef STORYTRACE_INGEST_DECODE_H_
#define STORYTRACE_INGEST_DECODE_H_

#include <string>
#include <string_view>

#include "core/status.h"

namespace storytrace {

// How a text was decoded.
struct DecodedText {
  std::string text;      // valid UTF-8, without byte-order mark
  std::string encoding;  // "utf-8", "utf-16le", "windows-1252", or the declared charset used
};

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, no values > U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

// Decodes `bytes` to UTF-8. Order: BOM (UTF-8/UTF-16) → valid UTF-8 → `declared_charset`
// (e.g. from an HTML meta tag; ignored when empty or unknown to ICU) → windows-1252, a superset
// of Latin-1 and the most common legacy encoding of European news. Fails with InvalidArgument
// for empty or white-space-only input and for binary data (NUL bytes or many control
// characters), naming the reason.
Result<DecodedText> DecodeText(std::string_view bytes, std::string_view declared_charset = {});

// The value of `charset=` in `text` (a Content-Type header value or the head of an HTML page),
// lower-cased, or "" when there is none.
std::string CharsetIn(std::string_view text);

}  // namespace storytrace

#endif  // STORYTRACE_INGEST_DECODE_H_
