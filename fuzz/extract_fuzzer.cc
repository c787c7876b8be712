// libFuzzer target: decoding and both extractors must survive any bytes without crashing, and
// what they return must be usable: not much longer than the input, valid UTF-8 when the input
// decoded, a publication date that formats and parses back to itself.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/time.h"
#include "extract/extractor.h"
#include "ingest/decode.h"

namespace {

void Check(const storytrace::ExtractedArticle& a, bool utf8) {
  if (a.published) {
    auto back = storytrace::ParseIso8601(storytrace::FormatIso8601(*a.published));
    if (!back || *back != *a.published) __builtin_trap();
  }
  if (!utf8) return;
  for (std::string_view field : {std::string_view(a.title), std::string_view(a.body),
                                 std::string_view(a.source), std::string_view(a.dateline)}) {
    if (!storytrace::IsValidUtf8(field)) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto decoded = storytrace::DecodeText(bytes, size > 0 && data[0] % 2 ? "koi8-r" : "");
  std::string_view text = decoded.ok() ? std::string_view(decoded.value().text) : bytes;
  auto html = storytrace::ExtractFromHtml(text);
  auto plain = storytrace::ExtractFromText(text);
  // Extraction removes and rejoins (a line break may become a paragraph break, entities expand
  // at most to a few bytes): it never produces much more text than it was given.
  if (plain.body.size() > text.size() * 2 + 16 || html.body.size() > text.size() * 4 + 16) {
    __builtin_trap();
  }
  Check(html, decoded.ok());
  Check(plain, decoded.ok());
  return 0;
}
