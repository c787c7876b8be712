// Furniture by tag, role, class/id words and hiding; class names are matched as whole words.
#include "extract/page_furniture.h"

namespace storytrace {
namespace {

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Class/id words that mark page furniture. Strong words mark an element whatever else its names
// say; weak words only when the names do not also look like content.
constexpr std::string_view kStrongWords[] = {
    "nav", "navbar", "navigation", "menu", "footer", "share", "sharing", "social", "comment",
    "comments", "related", "promo", "cookie", "cookies", "newsletter", "subscribe", "sidebar",
    "breadcrumb", "breadcrumbs", "advert", "advertisement", "ad", "ads", "popup", "modal",
    "caption", "figcaption", "toolbar", "widget", "recommended", "outbrain", "taboola", "consent",
    "signup", "trending", "pagination", "disclaimer", "masthead", "recirc", "recirculation",
    "sponsored", "promoted",
    // German page furniture
    "werbung", "anzeige", "kommentare", "teilen", "empfehlungen", "bildunterschrift",
    "bildnachweis"};
constexpr std::string_view kWeakWords[] = {
    "banner", "credit", "credits", "teaser", "paywall",     "skip",  "tags",     "byline",
    "author", "rail",   "most",    "bio",    "contributor", "print", "keywords", "schlagworte"};
constexpr std::string_view kContentWords[] = {"article", "content", "story", "body",
                                              "post",    "entry",   "main",  "text"};

// Calls `on_word` with each lower-cased run of ASCII letters and digits of `names` until it
// returns true; words longer than 31 bytes are skipped (no listed word is that long).
template <typename Fn>
bool AnyWord(const char* names, Fn on_word) {
  if (!names) return false;
  char word[32];
  size_t n = 0;
  for (const char* p = names;; ++p) {
    if (*p && IsAsciiAlnum(*p)) {
      if (n < sizeof(word)) word[n] = AsciiLower(*p);
      ++n;
      continue;
    }
    if (n > 0 && n < sizeof(word) && on_word(std::string_view(word, n))) return true;
    n = 0;
    if (!*p) return false;
  }
}

template <size_t N>
bool HasListedWord(const char* names, const std::string_view (&list)[N]) {
  return AnyWord(names, [&](std::string_view w) {
    for (std::string_view listed : list) {
      if (w == listed) return true;
    }
    return false;
  });
}

// True when `names` contains `word` (lower case) anywhere, ignoring ASCII case.
bool ContainsNoCase(const char* names, std::string_view word) {
  if (!names) return false;
  for (const char* p = names; *p; ++p) {
    size_t k = 0;
    while (k < word.size() && p[k] && AsciiLower(p[k]) == word[k]) ++k;
    if (k == word.size()) return true;
  }
  return false;
}

// True when `text` contains `pattern` (lower case, no spaces) once its spaces are ignored.
bool ContainsIgnoringSpaces(const char* text, std::string_view pattern) {
  for (const char* start = text; *start; ++start) {
    const char* p = start;
    size_t k = 0;
    while (k < pattern.size() && *p) {
      if (*p == ' ') {
        ++p;
      } else if (AsciiLower(*p) == pattern[k]) {
        ++p;
        ++k;
      } else {
        break;
      }
    }
    if (k == pattern.size()) return true;
  }
  return false;
}

bool IsHidden(const GumboNode* n) {
  if (Attr(n, "hidden") || AttrIs(n, "aria-hidden", "true")) return true;
  const char* style = Attr(n, "style");
  return style && (ContainsIgnoringSpaces(style, "display:none") ||
                   ContainsIgnoringSpaces(style, "visibility:hidden"));
}

}  // namespace

const char* Attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool AttrIs(const GumboNode* n, const char* name, std::string_view value) {
  const char* v = Attr(n, name);
  if (!v) return false;
  while (*v == ' ' || *v == '\t' || *v == '\n') ++v;
  for (char c : value) {
    if (AsciiLower(*v++) != c) return false;
  }
  while (*v == ' ' || *v == '\t' || *v == '\n') ++v;
  return *v == '\0';
}

bool IsElement(const GumboNode* n, GumboTag tag) {
  return n && n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag;
}

bool IsAncestor(const GumboNode* a, const GumboNode* n) {
  for (; n; n = n->parent) {
    if (n == a) return true;
  }
  return false;
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

bool IsSkippedElement(const GumboNode* n) {
  switch (n->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_MENU:
      return true;
    default:
      break;
  }
  return AttrIs(n, "role", "navigation") || AttrIs(n, "role", "banner") ||
         AttrIs(n, "role", "contentinfo") || AttrIs(n, "role", "complementary");
}

Furniture FurnitureOf(const GumboNode* n) {
  GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) {
    return Furniture::kNone;
  }
  if (AttrIs(n, "itemprop", "articlebody")) return Furniture::kNone;
  // Forms are furniture (search boxes, sign-ups) unless, as on some sites, one wraps the page;
  // so are hidden nodes (menus, dialogs), unless script reveals the whole article that way.
  if (tag == GUMBO_TAG_FORM || IsHidden(n)) return Furniture::kStrong;
  const char* cls = Attr(n, "class");
  const char* id = Attr(n, "id");
  if (!cls && !id) return Furniture::kNone;
  if (HasListedWord(cls, kStrongWords) || HasListedWord(id, kStrongWords)) {
    return Furniture::kStrong;
  }
  if (!HasListedWord(cls, kWeakWords) && !HasListedWord(id, kWeakWords)) return Furniture::kNone;
  for (std::string_view positive : kContentWords) {
    if (ContainsNoCase(cls, positive) || ContainsNoCase(id, positive)) return Furniture::kNone;
  }
  return Furniture::kWeak;
}

}  // namespace storytrace
