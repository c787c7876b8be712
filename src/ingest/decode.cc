// UTF-8 validation and ICU-based transcoding.
#include "ingest/decode.h"

#include <algorithm>
#include <cctype>

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <fmt/format.h>

#include <memory>

namespace storytrace {
namespace {

// Fraction of bytes that are C0 controls other than tab, newline, carriage return, form feed.
double ControlRatio(std::string_view s) {
  if (s.empty()) return 0;
  size_t n = 0;
  for (unsigned char c : s) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++n;
  }
  return static_cast<double>(n) / s.size();
}

bool AllSpace(std::string_view s) {
  for (unsigned char c : s) {
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) return false;
  }
  return true;
}

Result<std::string> Convert(std::string_view bytes, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset, &err), ucnv_close);
  if (U_FAILURE(err)) return InvalidArgument(fmt::format("unknown charset '{}'", charset));
  // Stop on bytes that have no mapping instead of silently substituting them.
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::u16string units(bytes.size() + 16, u'\0');
  int32_t n = ucnv_toUChars(conv.get(), units.data(), static_cast<int32_t>(units.size()),
                            bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) {
    return InvalidArgument(fmt::format("cannot decode as {}: {}", charset, u_errorName(err)));
  }
  std::string out(static_cast<size_t>(n) * 3 + 4, '\0');
  int32_t len = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &len, units.data(), n, &err);
  if (U_FAILURE(err)) return Internal(fmt::format("UTF-8 conversion: {}", u_errorName(err)));
  out.resize(len);
  return out;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (end - p < len) return false;
    for (int i = 1; i < len; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    p += len;
  }
  return true;
}

Result<DecodedText> DecodeText(std::string_view bytes, std::string_view declared_charset) {
  if (bytes.empty() || AllSpace(bytes)) return InvalidArgument("empty input");
  DecodedText out;
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    const char* cs = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    auto r = Convert(bytes.substr(2), cs);
    if (!r.ok()) return r.status();
    out.text = std::move(r).value();
    out.encoding = bytes[0] == '\xFF' ? "utf-16le" : "utf-16be";
  } else {
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (bytes.find('\0') != std::string_view::npos) {
      return InvalidArgument("binary data (contains NUL bytes)");
    }
    if (IsValidUtf8(bytes)) {
      out.text.assign(bytes);
      out.encoding = "utf-8";
    } else {
      bool done = false;
      if (!declared_charset.empty()) {
        std::string cs(declared_charset);
        auto r = Convert(bytes, cs.c_str());
        if (r.ok()) {
          out.text = std::move(r).value();
          out.encoding = cs;
          done = true;
        }
      }
      if (!done) {
        auto r = Convert(bytes, "windows-1252");
        if (!r.ok()) return InvalidArgument("not UTF-8 and " + r.status().message());
        out.text = std::move(r).value();
        out.encoding = "windows-1252";
      }
    }
  }
  if (ControlRatio(out.text) > 0.01) {
    return InvalidArgument("binary data (too many control characters)");
  }
  if (AllSpace(out.text)) return InvalidArgument("empty input");
  return out;
}

std::string CharsetIn(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  size_t p = lower.find("charset=");
  if (p == std::string::npos) return {};
  p += 8;
  while (p < lower.size() && (lower[p] == '"' || lower[p] == '\'' || lower[p] == ' ')) ++p;
  size_t e = p;
  while (e < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[e])) ||
                              lower[e] == '-' || lower[e] == '_')) {
    ++e;
  }
  return lower.substr(p, e - p);
}

}  // namespace storytrace
