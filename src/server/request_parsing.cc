// Request validation for the HTTP API.
#include "server/request_parsing.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "ingest/decode.h"

namespace storytrace {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

Status ValidateArticleName(std::string_view name) {
  if (name.empty()) return InvalidArgument("missing article name");
  if (name.size() > kMaxArticleNameBytes) {
    return InvalidArgument("article name longer than 255 bytes");
  }
  if (!IsValidUtf8(name)) return InvalidArgument("article name is not valid UTF-8");
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7f) return InvalidArgument("article name contains a control character");
  }
  if (name.find('/') != std::string_view::npos) {
    return InvalidArgument("article name contains '/'");
  }
  if (name.find("..") != std::string_view::npos) {
    return InvalidArgument("article name contains '..'");
  }
  return Status::Ok();
}

std::optional<int64_t> ParseMaxAge(std::string_view cache_control) {
  while (!cache_control.empty()) {
    size_t comma = cache_control.find(',');
    std::string_view directive = Trim(cache_control.substr(0, comma));
    cache_control =
        comma == std::string_view::npos ? std::string_view() : cache_control.substr(comma + 1);
    size_t eq = directive.find('=');
    if (eq == std::string_view::npos || Lower(Trim(directive.substr(0, eq))) != "max-age") continue;
    std::string_view value = Trim(directive.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    return ParseInteger(value, 0, kMaxAgeLimitSeconds);
  }
  return std::nullopt;
}

std::optional<int64_t> ParseInteger(std::string_view s, int64_t min, int64_t max) {
  int64_t v = 0;
  if (s.empty()) return std::nullopt;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < min || v > max) return std::nullopt;
  return v;
}

std::optional<double> ParseNumber(std::string_view s, double min, double max) {
  double v = 0;
  if (s.empty()) return std::nullopt;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v) || v < min || v > max) {
    return std::nullopt;
  }
  return v;
}

bool IsLanguageCode(std::string_view s) {
  return (s.size() == 2 || s.size() == 3) &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

Result<RawDocument> DocumentFromBody(std::string id, std::string_view body,
                                     std::string_view content_type) {
  std::string type = Lower(content_type);
  std::string head = Lower(body.substr(0, std::min<size_t>(body.size(), 4096)));
  bool html;
  if (type.find("html") != std::string::npos) {
    html = true;
  } else if (type.find("text/plain") != std::string::npos) {
    html = false;
  } else {
    // Sniff as the file reader does: markup that opens like a page is HTML.
    std::string_view start = std::string_view(head).substr(0, 1024);
    html = start.find("<html") != std::string_view::npos ||
           start.find("<!doctype html") != std::string_view::npos ||
           start.find("<body") != std::string_view::npos;
  }
  std::string charset = CharsetIn(content_type);
  if (charset.empty() && html) charset = CharsetIn(head);
  auto decoded = DecodeText(body, charset);
  if (!decoded.ok()) return decoded.status();
  RawDocument doc;
  doc.id = std::move(id);
  doc.format = html ? "html" : "text";
  doc.encoding = decoded.value().encoding;
  doc.content = std::move(decoded.value().text);
  return doc;
}

}  // namespace storytrace
