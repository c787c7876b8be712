// libFuzzer target: decoding and both extractors must survive any bytes without crashing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/extractor.h"
#include "ingest/decode.h"

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
  return 0;
}
