// HTML pages: gumbo parse, metadata from head and JSON-LD, main content by paragraph scoring.
#include <gumbo.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/time.h"
#include "extract/date_parser.h"
#include "extract/extractor.h"
#include "extract/html_prefilter.h"
#include "extract/parse_arena.h"
#include "extract/text_rules.h"

namespace storytrace {
namespace {

const char* Attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

std::string LowerStr(const char* s) {
  std::string out(s ? s : "");
  std::transform(out.begin(), out.end(), out.begin(), ::tolower);
  return out;
}

// Class/id words that mark page furniture, matched as whole tokens split at non-alphanumerics.
// Strong words skip an element whatever else its name says; weak words only when the name does
// not also look like content ("ArticlePage-content paywall" is the article, not a paywall).
bool HasToken(const std::string& names, const char* const* words, size_t n) {
  std::string tok;
  auto check = [&]() {
    bool hit = false;
    for (size_t i = 0; i < n && !tok.empty(); ++i) hit = hit || tok == words[i];
    tok.clear();
    return hit;
  };
  for (char c : names) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      tok += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (check()) {
      return true;
    }
  }
  return check();
}

bool IsBoilerplateName(const std::string& names) {
  static const char* const kStrong[] = {
      "nav", "navbar", "navigation", "menu", "footer", "share", "sharing", "social", "comment",
      "comments", "related", "promo", "cookie", "cookies", "newsletter", "subscribe", "sidebar",
      "breadcrumb", "breadcrumbs", "advert", "advertisement", "ad", "ads", "popup", "modal",
      "caption", "figcaption", "toolbar", "widget", "recommended", "outbrain", "taboola",
      "consent", "signup", "trending", "pagination", "disclaimer", "masthead"};
  static const char* const kWeak[] = {"banner", "credit", "credits", "teaser", "paywall", "skip",
                                      "tags", "byline", "author", "rail", "most"};
  if (HasToken(names, kStrong, std::size(kStrong))) return true;
  if (!HasToken(names, kWeak, std::size(kWeak))) return false;
  for (const char* positive : {"article", "content", "story", "body", "post", "entry", "main", "text"}) {
    if (names.find(positive) != std::string::npos) return false;
  }
  return true;
}

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEAD: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_HEADER: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_DL:
      return true;
    default:
      return false;
  }
}

bool IsHidden(const GumboNode* n) {
  if (Attr(n, "hidden")) return true;
  std::string aria = LowerStr(Attr(n, "aria-hidden"));
  if (aria == "true") return true;
  std::string style = LowerStr(Attr(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// Elements never read: scripts, styles, navigation and other structural furniture.
bool IsSkipped(const GumboNode* n) {
  if (IsSkippedTag(n->v.element.tag)) return true;
  std::string role = LowerStr(Attr(n, "role"));
  return role == "navigation" || role == "banner" || role == "contentinfo" ||
         role == "complementary";
}

// Elements whose class/id name marks furniture. Their text is dropped only when they sit inside
// the chosen content root: pages often wrap the whole article in such a node ("Page-ad-margins").
bool HasFurnitureName(const GumboNode* n) {
  GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) return false;
  if (LowerStr(Attr(n, "itemprop")) == "articlebody") return false;
  // Forms are furniture (search boxes, sign-ups) unless, as on some sites, one wraps the page;
  // so are hidden nodes (menus, dialogs), unless script reveals the whole article that way.
  if (tag == GUMBO_TAG_FORM || IsHidden(n)) return true;
  return IsBoilerplateName(LowerStr(Attr(n, "class")) + " " + LowerStr(Attr(n, "id")));
}

// A run of text that forms one paragraph, with the element that holds it.
struct Block {
  std::string text;
  size_t link_chars = 0;
  const GumboNode* container = nullptr;
  const GumboNode* furniture = nullptr;  // innermost furniture-named ancestor, if any
  GumboTag tag = GUMBO_TAG_P;
};

class BlockCollector {
 public:
  std::vector<Block> blocks;

  void Walk(const GumboNode* n, const GumboNode* container, bool in_link) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      AppendText(n->v.text.text, in_link, container);
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT) return;
    if (IsSkipped(n)) return;
    const GumboNode* outer_furniture = furniture_;
    if (HasFurnitureName(n)) furniture_ = n;
    GumboTag tag = n->v.element.tag;
    bool block = IsBlockTag(tag);
    if (block) Flush();
    const GumboNode* inner = block && tag != GUMBO_TAG_BR && tag != GUMBO_TAG_HR ? n : container;
    if (block) current_tag_ = tag;
    bool link = in_link || tag == GUMBO_TAG_A;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      Walk(static_cast<const GumboNode*>(kids.data[i]), inner, link);
    }
    if (block) Flush();
    furniture_ = outer_furniture;
  }

  void Flush() {
    std::string t = Trim(current_.text);
    if (!t.empty()) {
      current_.text = std::move(t);
      current_.tag = current_tag_;
      blocks.push_back(std::move(current_));
    }
    current_ = Block();
  }

 private:
  void AppendText(const char* s, bool in_link, const GumboNode* container) {
    if (!current_.container) {
      current_.container = container;
      current_.furniture = furniture_;
    }
    size_t before = current_.text.size();
    for (const char* p = s; *p; ++p) {
      char c = *p;
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (space) {
        if (!current_.text.empty() && current_.text.back() != ' ') current_.text += ' ';
      } else {
        current_.text += c;
      }
    }
    if (in_link) current_.link_chars += current_.text.size() - before;
  }

  Block current_;
  GumboTag current_tag_ = GUMBO_TAG_P;
  const GumboNode* furniture_ = nullptr;
};

std::string NodeText(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) return n->v.text.text;
  if (n->type != GUMBO_NODE_ELEMENT) return " ";
  std::string out;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) out += NodeText(static_cast<const GumboNode*>(kids.data[i]));
  return out;
}

std::string CollapseSpace(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return Trim(out);
}

struct Metadata {
  std::string title, og_title, h1, site_name, ld_headline, ld_publisher, url;
  // Publication time by where it was found; JSON-LD is read apart from the tree.
  std::optional<int64_t> ld_published, meta_published, time_published;
};

void ReadJsonLd(const nlohmann::json& j, Metadata& m) {
  if (j.is_array()) {
    for (const auto& x : j) ReadJsonLd(x, m);
    return;
  }
  if (!j.is_object()) return;
  if (auto g = j.find("@graph"); g != j.end()) ReadJsonLd(*g, m);
  auto type = j.find("@type");
  std::string types = type == j.end() ? "" : type->dump();
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
    if (!d.empty()) m.ld_published = ParseIso8601(d);
  }
  if (auto p = j.find("publisher"); p != j.end() && m.ld_publisher.empty()) {
    if (p->is_object() && p->contains("name") && (*p)["name"].is_string()) {
      m.ld_publisher = (*p)["name"].get<std::string>();
    } else if (p->is_string()) {
      m.ld_publisher = p->get<std::string>();
    }
  }
}

void ReadMetadata(const GumboNode* n, Metadata& m) {
  if (n->type != GUMBO_NODE_ELEMENT) return;
  GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_TITLE && m.title.empty()) {
    m.title = CollapseSpace(NodeText(n));
  } else if (tag == GUMBO_TAG_META) {
    std::string key = LowerStr(Attr(n, "property"));
    if (key.empty()) key = LowerStr(Attr(n, "name"));
    if (key.empty()) key = LowerStr(Attr(n, "itemprop"));
    const char* content = Attr(n, "content");
    if (content) {
      if (key == "og:title" && m.og_title.empty()) m.og_title = CollapseSpace(content);
      if (key == "og:site_name" && m.site_name.empty()) m.site_name = CollapseSpace(content);
      if (key == "og:url" && m.url.empty()) m.url = content;
      if (!m.meta_published && (key == "article:published_time" || key == "datepublished" ||
                           key == "date" || key == "pubdate" || key == "dc.date" ||
                           key == "dc.date.issued" || key == "publishdate" || key == "sailthru.date")) {
        m.meta_published = ParseIso8601(content);
        if (!m.meta_published) m.meta_published = FindDate(content);
      }
    }
  } else if (tag == GUMBO_TAG_LINK && m.url.empty() && LowerStr(Attr(n, "rel")) == "canonical") {
    if (const char* href = Attr(n, "href")) m.url = href;
  } else if (tag == GUMBO_TAG_H1 && m.h1.empty()) {
    m.h1 = CollapseSpace(NodeText(n));
  } else if (tag == GUMBO_TAG_TIME && !m.time_published) {
    if (const char* dt = Attr(n, "datetime")) m.time_published = ParseIso8601(dt);
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) ReadMetadata(static_cast<const GumboNode*>(kids.data[i]), m);
}

const GumboNode* FindArticleRoot(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (LowerStr(Attr(n, "itemprop")) == "articlebody") return n;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    if (auto r = FindArticleRoot(static_cast<const GumboNode*>(kids.data[i]))) return r;
  }
  return nullptr;
}

bool IsAncestor(const GumboNode* a, const GumboNode* n) {
  for (; n; n = n->parent) {
    if (n == a) return true;
  }
  return false;
}

// Picks the element whose paragraphs carry the most text (readability-style scoring: each
// paragraph credits its container fully and the container's parent half).
const GumboNode* BestContainer(const std::vector<Block>& blocks) {
  // Text below each element, to tell small furniture (a share bar, a comment list) from a
  // furniture-named wrapper around most of the page.
  std::unordered_map<const GumboNode*, size_t> chars_under;
  size_t total = 0;
  for (const auto& b : blocks) {
    total += b.text.size();
    for (const GumboNode* n = b.container; n; n = n->parent) chars_under[n] += b.text.size();
  }
  auto IsSmallFurniture = [&](const GumboNode* f) { return chars_under[f] * 10 < total * 3; };
  std::unordered_map<const GumboNode*, double> score;
  for (const auto& b : blocks) {
    if (!b.container || b.text.size() < 25) continue;
    // Furniture text does not vote, unless its furniture node wraps the whole page.
    if (b.furniture && IsSmallFurniture(b.furniture)) continue;
    double link_density = static_cast<double>(b.link_chars) / b.text.size();
    if (link_density > 0.5) continue;
    double s = 1 + std::count(b.text.begin(), b.text.end(), ',') +
               std::min<double>(b.text.size() / 100.0, 3.0);
    s *= 1 - link_density;
    const GumboNode* c = b.container;
    // Credit the paragraph's block-level parent chain: the paragraph itself is a container.
    const GumboNode* parent = c->parent;
    if (parent && parent->type == GUMBO_NODE_ELEMENT) score[parent] += s;
    if (parent && parent->parent && parent->parent->type == GUMBO_NODE_ELEMENT) {
      score[parent->parent] += s / 2;
    }
  }
  const GumboNode* best = nullptr;
  double best_score = 0;
  for (const auto& [node, s] : score) {
    if (s > best_score || (s == best_score && best && node < best)) {
      best = node;
      best_score = s;
    }
  }
  return best;
}

}  // namespace

ExtractedArticle ExtractFromHtml(std::string_view html) {
  ExtractedArticle out;
  PrefilteredHtml page = PrefilterHtml(html);
  ParseArena arena;  // owns the whole tree: no gumbo_destroy_output
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &ParseArena::GumboAllocate;
  options.deallocator = &ParseArena::GumboRelease;
  options.userdata = &arena;
  options.max_errors = 0;  // parse errors are not used; recording them costs time
  const GumboOutput* doc = gumbo_parse_with_options(&options, page.html.data(), page.html.size());
  if (!doc || !doc->root) return out;

  Metadata meta;
  for (const std::string& json : page.json_ld) {
    try {
      ReadJsonLd(nlohmann::json::parse(json), meta);
    } catch (const std::exception&) {
      // Malformed JSON-LD is common; the page's other metadata still counts.
    }
  }
  ReadMetadata(doc->root, meta);

  BlockCollector collector;
  collector.Walk(doc->root, nullptr, false);
  collector.Flush();

  const GumboNode* root = FindArticleRoot(doc->root);
  if (!root) root = BestContainer(collector.blocks);
  // Widen to the container's parent when the article's text is split over siblings.
  std::vector<const Block*> chosen;
  size_t chosen_chars = 0, total_chars = 0;
  for (const auto& b : collector.blocks) total_chars += b.text.size();
  for (const auto& b : collector.blocks) {
    if (root && !IsAncestor(root, b.container)) continue;
    chosen.push_back(&b);
    chosen_chars += b.text.size();
  }
  if (root && chosen_chars < total_chars / 4 && root->parent &&
      root->parent->type == GUMBO_NODE_ELEMENT && root->parent->v.element.tag != GUMBO_TAG_BODY &&
      root->parent->v.element.tag != GUMBO_TAG_HTML) {
    root = root->parent;
    chosen.clear();
    for (const auto& b : collector.blocks) {
      if (IsAncestor(root, b.container)) chosen.push_back(&b);
    }
  }

  std::string title = !meta.ld_headline.empty() ? meta.ld_headline
                      : !meta.og_title.empty()  ? meta.og_title
                      : !meta.h1.empty()        ? meta.h1
                                                : meta.title;
  out.title = CollapseSpace(title);
  for (const Block* b : chosen) {
    if (b->furniture && root && b->furniture != root && IsAncestor(root, b->furniture)) continue;
    if (b->text.size() && static_cast<double>(b->link_chars) / b->text.size() > 0.6) continue;
    if (IsBoilerplateLine(b->text)) continue;
    if (b->tag == GUMBO_TAG_H1 && b->text == out.title) continue;
    if (auto dl = ParseDateline(b->text); dl && out.dateline.empty()) {
      out.dateline = dl->dateline;
      if (out.source.empty()) out.source = dl->agency;
      if (dl->whole_line) continue;
    }
    if (!out.body.empty()) out.body += "\n\n";
    out.body += b->text;
  }
  out.published = meta.ld_published     ? meta.ld_published
                  : meta.meta_published ? meta.meta_published
                                        : meta.time_published;
  if (!meta.ld_publisher.empty()) {
    out.source = meta.ld_publisher;
  } else if (!meta.site_name.empty()) {
    out.source = meta.site_name;
  }
  out.url = meta.url;
  return out;
}

}  // namespace storytrace
