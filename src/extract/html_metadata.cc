// Metadata readers: one tree walk for head and body tags, nlohmann::json for JSON-LD.
#include "extract/html_metadata.h"

#include <nlohmann/json.hpp>

#include "core/time.h"
#include "extract/date_parser.h"
#include "extract/html_blocks.h"
#include "extract/outlet_suffix.h"
#include "extract/page_furniture.h"

namespace storytrace {
namespace {

// JSON-LD nests @graph and arrays a few levels deep; deeper input is not metadata.
constexpr int kMaxJsonLdDepth = 16;

// "NewsArticle", or the names of ["Article", "BlogPosting"] joined.
std::string TypeNames(const nlohmann::json& type) {
  if (type.is_string()) return type.get<std::string>();
  std::string names;
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string()) names += t.get<std::string>() + " ";
    }
  }
  return names;
}

void ReadJsonLdValue(const nlohmann::json& j, PageMetadata& m, int depth) {
  if (depth > kMaxJsonLdDepth) return;
  if (j.is_array()) {
    for (const auto& x : j) ReadJsonLdValue(x, m, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (auto g = j.find("@graph"); g != j.end()) ReadJsonLdValue(*g, m, depth + 1);
  auto type = j.find("@type");
  std::string types = type == j.end() ? "" : TypeNames(*type);
  if (types.find("Article") == std::string::npos && types.find("Posting") == std::string::npos &&
      types.find("Report") == std::string::npos) {
    return;
  }
  auto str = [&](const char* key) -> std::string {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : "";
  };
  if (m.ld_headline.empty()) m.ld_headline = str("headline");
  if (!m.ld_published) {
    std::string d = str("datePublished");
    if (!d.empty()) m.ld_published = ParseTimestamp(d);
  }
  if (auto p = j.find("publisher"); p != j.end() && m.ld_publisher.empty()) {
    if (p->is_object() && p->contains("name") && (*p)["name"].is_string()) {
      m.ld_publisher = (*p)["name"].get<std::string>();
    } else if (p->is_string()) {
      m.ld_publisher = p->get<std::string>();
    }
  }
}

bool IsMetaDateKey(const GumboNode* n, const char* attr) {
  for (const char* key : {"article:published_time", "datepublished", "date", "pubdate", "dc.date",
                          "dc.date.issued", "publishdate", "sailthru.date"}) {
    if (AttrIs(n, attr, key)) return true;
  }
  return false;
}

void ReadMeta(const GumboNode* n, PageMetadata& m) {
  const char* content = Attr(n, "content");
  if (!content) return;
  // The key is the first of property, name, itemprop that the tag has.
  const char* attr = Attr(n, "property") ? "property" : Attr(n, "name") ? "name" : "itemprop";
  if (m.og_title.empty() && AttrIs(n, attr, "og:title")) m.og_title = CollapseSpace(content);
  if (m.site_name.empty() && AttrIs(n, attr, "og:site_name")) {
    m.site_name = CollapseSpace(content);
  }
  if (m.url.empty() && AttrIs(n, attr, "og:url")) m.url = content;
  if (!m.meta_published && IsMetaDateKey(n, attr)) {
    m.meta_published = ParseTimestamp(content);
    if (!m.meta_published) m.meta_published = FindDate(content);
  }
}

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

void ReadElementMetadata(const GumboNode* n, PageMetadata& m, int depth) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > kMaxTreeDepth) return;
  GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_TITLE && m.title.empty()) {
    m.title = NodeText(n);
  } else if (tag == GUMBO_TAG_META) {
    ReadMeta(n, m);
  } else if (tag == GUMBO_TAG_LINK && m.url.empty() && AttrIs(n, "rel", "canonical")) {
    if (const char* href = Attr(n, "href")) m.url = href;
  } else if (tag == GUMBO_TAG_H1 && m.h1.empty()) {
    m.h1 = NodeText(n);
  } else if (tag == GUMBO_TAG_TIME && !m.time_published) {
    if (const char* dt = Attr(n, "datetime")) m.time_published = ParseIso8601(dt);
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    ReadElementMetadata(static_cast<const GumboNode*>(kids.data[i]), m, depth + 1);
  }
}

}  // namespace

void ReadJsonLd(std::string_view json, PageMetadata& m) {
  nlohmann::json j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!j.is_discarded()) ReadJsonLdValue(j, m, 0);
}

void ReadPageMetadata(const GumboNode* n, PageMetadata& m) { ReadElementMetadata(n, m, 0); }

std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    std::string_view ref = s.substr(i + 1, semi - i - 1);
    uint32_t cp = 0;
    bool ok = true;
    if (ref.size() >= 2 && ref[0] == '#') {
      bool hex = ref[1] == 'x' || ref[1] == 'X';
      std::string_view digits = ref.substr(hex ? 2 : 1);
      ok = !digits.empty();
      for (char c : digits) {
        int d = c >= '0' && c <= '9'                            ? c - '0'
                : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                : -1;
        ok = ok && d >= 0 && cp < 0x110000;
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
      }
    } else if (ref == "amp") {
      cp = '&';
    } else if (ref == "quot") {
      cp = '"';
    } else if (ref == "apos") {
      cp = '\'';
    } else if (ref == "lt") {
      cp = '<';
    } else if (ref == "gt") {
      cp = '>';
    } else if (ref == "nbsp") {
      cp = 0xA0;
    } else {
      ok = false;
    }
    if (!ok) {
      out += s[i];
      continue;
    }
    AppendUtf8(cp, out);
    i = semi;
  }
  return out;
}

std::string PageMetadata::Headline() const {
  const std::string& best = !ld_headline.empty() ? ld_headline
                            : !og_title.empty()  ? og_title
                            : !h1.empty()        ? h1
                                                 : title;
  return CollapseSpace(DecodeEntities(best));
}

std::optional<int64_t> PageMetadata::Published() const {
  return ld_published ? ld_published : meta_published ? meta_published : time_published;
}

std::string PageMetadata::Source() const {
  if (!ld_publisher.empty()) return ld_publisher;
  if (!site_name.empty()) return site_name;
  // "Storm hits coast - Daily Example": the outlet the page's <title> ends with.
  std::string t = CollapseSpace(DecodeEntities(title));
  auto suffix = FindOutletSuffix(t);
  return suffix ? suffix->outlet : std::string();
}

}  // namespace storytrace
