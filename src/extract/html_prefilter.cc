// Token-level HTML scanner that cuts scripts, styles, SVG and comments before the real parse.
//
// Most of a modern news page's bytes are inline scripts and styles (about 60 % of the
// extraction benchmark), and the parser spends most of its time on them, one character token
// at a time. The scanner follows the HTML5 tokenizer only as far as it must to find where
// those elements begin and end: tag names, quoted attribute values, comments and raw-text
// elements.
#include "extract/html_prefilter.h"

#include <cstring>
#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

namespace storytrace {
namespace {

constexpr size_t kNpos = std::string_view::npos;

bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

// True when `s` holds `word` (lower case) at `i`, ignoring ASCII case.
bool HasWordAt(std::string_view s, size_t i, std::string_view word) {
  if (s.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (AsciiLower(s[i + k]) != word[k]) return false;
  }
  return true;
}

// Attributes the extractor reads (page_furniture.cc, html_metadata.cc; a few also in
// content_root.cc and pointer_blocks.cc); the parser never sees the others
// (href, src, srcset, data-*, event handlers: a third of the markup). `type` stays because
// it decides whether a script is JSON-LD and, on <input>, how tables are built.
constexpr std::string_view kReadAttributes[] = {
    "class",    "id",   "itemprop", "role", "hidden",   "aria-hidden", "style",
    "property", "name", "content",  "rel",  "datetime", "type"};

bool IsReadAttribute(std::string_view name, std::string_view tag) {
  for (std::string_view a : kReadAttributes) {
    if (name.size() == a.size() && HasWordAt(name, 0, a)) return true;
  }
  // Links are not followed; only the canonical <link>'s target is metadata.
  return tag == "link" && name.size() == 4 && HasWordAt(name, 0, "href");
}

// One start or end tag as the tokenizer reads it.
struct Tag {
  char name[16] = {};   // lower case; empty when longer than 15 bytes (no tag we act on is)
  size_t name_end = 0;  // index just past the name
  size_t end = kNpos;   // index just past the closing '>', or npos when the input ends first
  bool self_closing = false;
  std::string_view type;  // value of the `type` attribute
  // Kept attributes: the span from name to end of value.
  struct Attribute {
    size_t begin, end;
  };
  Attribute kept[16];
  int kept_count = 0;
};

// Reads the tag whose name starts at `i` (just past "<" or "</").
Tag ReadTag(std::string_view s, size_t i) {
  Tag tag;
  size_t n = 0;
  while (i < s.size() && !IsTagSpace(s[i]) && s[i] != '/' && s[i] != '>') {
    if (n < sizeof(tag.name) - 1) tag.name[n] = AsciiLower(s[i]);
    ++n;
    ++i;
  }
  if (n >= sizeof(tag.name)) tag.name[0] = '\0';
  tag.name_end = i;
  while (i < s.size()) {
    char c = s[i];
    if (IsTagSpace(c)) {
      ++i;
      continue;
    }
    if (c == '>') {
      tag.end = i + 1;
      return tag;
    }
    if (c == '/') {
      tag.self_closing = i + 1 < s.size() && s[i + 1] == '>';
      ++i;
      continue;
    }
    // An attribute: its name (a leading '=' belongs to the name), then an optional value.
    size_t name_begin = i++;
    while (i < s.size() && !IsTagSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') ++i;
    std::string_view name = s.substr(name_begin, i - name_begin);
    size_t attribute_end = i, value_begin = i, value_end = i;
    while (i < s.size() && IsTagSpace(s[i])) ++i;
    if (i < s.size() && s[i] == '=') {
      ++i;
      while (i < s.size() && IsTagSpace(s[i])) ++i;
      if (i >= s.size()) break;
      if (s[i] == '"' || s[i] == '\'') {
        value_begin = i + 1;
        value_end = s.find(s[i], value_begin);
        if (value_end == kNpos) break;
        i = attribute_end = value_end + 1;
      } else if (s[i] != '>') {
        value_begin = i;
        while (i < s.size() && !IsTagSpace(s[i]) && s[i] != '>') ++i;
        value_end = attribute_end = i;
      }
    }
    if (IsReadAttribute(name, tag.name) && tag.kept_count < 16) {
      tag.kept[tag.kept_count++] = {name_begin, attribute_end};
      if (name.size() == 4 && HasWordAt(name, 0, "type")) {
        tag.type = s.substr(value_begin, value_end - value_begin);
      }
    }
  }
  tag.end = kNpos;
  return tag;
}

// Index of the end tag "</name" (then white space, '/' or '>') at or after `from`, or npos.
size_t FindEndTag(std::string_view s, size_t from, std::string_view name) {
  while (from < s.size()) {
    const void* p = std::memchr(s.data() + from, '<', s.size() - from);
    if (!p) return kNpos;
    size_t lt = static_cast<const char*>(p) - s.data();
    size_t after = lt + 2 + name.size();
    if (lt + 1 < s.size() && s[lt + 1] == '/' && HasWordAt(s, lt + 2, name) &&
        (after >= s.size() || IsTagSpace(s[after]) || s[after] == '/' || s[after] == '>')) {
      return lt;
    }
    from = lt + 1;
  }
  return kNpos;
}

// Index just past the end tag matching the element `name` that opened before `from`, counting
// nested elements of the same name; npos when it never comes.
size_t FindMatchingEnd(std::string_view s, size_t from, std::string_view name) {
  int depth = 1;
  while (from < s.size()) {
    const void* p = std::memchr(s.data() + from, '<', s.size() - from);
    if (!p) return kNpos;
    size_t lt = static_cast<const char*>(p) - s.data();
    bool end = lt + 1 < s.size() && s[lt + 1] == '/';
    size_t name_at = lt + (end ? 2 : 1);
    size_t after = name_at + name.size();
    if (!HasWordAt(s, name_at, name) ||
        !(after >= s.size() || IsTagSpace(s[after]) || s[after] == '/' || s[after] == '>')) {
      from = lt + 1;
      continue;
    }
    Tag tag = ReadTag(s, name_at);
    if (tag.end == kNpos) return kNpos;
    if (end) {
      if (--depth == 0) return tag.end;
    } else if (!tag.self_closing) {
      ++depth;
    }
    from = tag.end;
  }
  return kNpos;
}

// Index just past the comment that starts at `lt` ("<!--"), or npos when it runs to the end.
size_t CommentEnd(std::string_view s, size_t lt) {
  size_t i = lt + 4;
  if (i < s.size() && s[i] == '>') return i + 1;                         // <!-->
  if (i + 1 < s.size() && s[i] == '-' && s[i + 1] == '>') return i + 2;  // <!--->
  for (size_t dash = s.find("--", i); dash != kNpos; dash = s.find("--", dash + 1)) {
    if (dash + 2 < s.size() && s[dash + 2] == '>') return dash + 3;
    if (dash + 3 < s.size() && s[dash + 2] == '!' && s[dash + 3] == '>') return dash + 4;
  }
  return kNpos;
}

bool IsJsonLdType(std::string_view type) {
  while (!type.empty() && IsTagSpace(type.front())) type.remove_prefix(1);
  while (!type.empty() && IsTagSpace(type.back())) type.remove_suffix(1);
  return type.size() == 19 && HasWordAt(type, 0, "application/ld+json");
}

// Writes the start tag that begins at `lt` with only its kept attributes.
void AppendStartTag(std::string_view s, size_t lt, const Tag& tag, std::string& out) {
  out.append(s.data() + lt, tag.name_end - lt);
  for (int k = 0; k < tag.kept_count; ++k) {
    out += ' ';
    out.append(s.data() + tag.kept[k].begin, tag.kept[k].end - tag.kept[k].begin);
  }
  out += tag.self_closing ? "/>" : ">";
}

// Appends text, each run of white space cut to its first character: the extractor folds white
// space anyway (it keeps no <pre> layout), and the parser reads text one character at a time.
void AppendText(std::string_view text, std::string& out) {
  bool space = false;
  for (char c : text) {
    bool is_space = IsTagSpace(c);
    if (!(is_space && space)) out += c;
    space = is_space;
  }
}

// Elements cut with their content, nested ones included.
constexpr std::string_view kSearchedNames[] = {"svg", "math", "noscript", "template"};

// Index of `name` in kSearchedNames, or std::size(kSearchedNames) when it is not searched.
size_t SearchedIndex(std::string_view name) {
  for (size_t k = 0; k < std::size(kSearchedNames); ++k) {
    if (kSearchedNames[k] == name) return k;
  }
  return std::size(kSearchedNames);
}

// Bounds how deeply elements nest. gumbo checks its whole stack of open elements for each new
// tag, so a page of 200,000 unclosed <div>s takes it minutes; past kMaxOpen open elements the
// guard drops start tags (their content stays, one level up) and the end tags that close them.
// The stack is approximate: it tracks elements whose end tag is required, and an end tag
// closes the innermost open element of its name and everything opened after it.
class NestingGuard {
 public:
  static constexpr size_t kMaxOpen = 256;

  // Called for a start tag; false when the tag is to be dropped.
  bool Open(std::string_view name, bool self_closing) {
    if (name.empty() || self_closing || !IsTracked(name)) return true;
    if (open_.size() < kMaxOpen) {
      open_.emplace_back(name);
      return true;
    }
    ++dropped_[std::string(name)];
    return false;
  }

  // Called for an end tag; false when it closes a dropped start tag and is to be dropped.
  bool Close(std::string_view name) {
    if (name.empty() || !IsTracked(name)) return true;
    if (!dropped_.empty()) {
      auto it = dropped_.find(std::string(name));
      if (it != dropped_.end()) {
        if (--it->second == 0) dropped_.erase(it);
        return false;
      }
    }
    for (size_t k = open_.size(); k-- > 0;) {
      if (open_[k] == name) {
        open_.resize(k);
        break;
      }
    }
    return true;
  }

 private:
  // Void elements never open; elements whose end tag is optional (p, li, td ...) or that a
  // second one closes (a, button, form) do not nest without bound.
  static bool IsTracked(std::string_view name) {
    static constexpr std::string_view kUntracked[] = {
        "area",  "base",  "br",     "col",      "embed", "hr",       "img",     "input",   "link",
        "meta",  "param", "source", "track",    "wbr",   "keygen",   "frame",   "p",       "li",
        "dt",    "dd",    "option", "optgroup", "tr",    "td",       "th",      "thead",   "tbody",
        "tfoot", "rb",    "rt",     "rtc",      "rp",    "colgroup", "html",    "head",    "body",
        "a",     "nobr",  "button", "form",     "image", "basefont", "bgsound", "menuitem"};
    for (std::string_view u : kUntracked) {
      if (u == name) return false;
    }
    return true;
  }

  std::vector<std::string> open_;
  std::unordered_map<std::string, int> dropped_;
};

}  // namespace

PrefilteredHtml PrefilterHtml(std::string_view s) {
  PrefilteredHtml result;
  std::string& out = result.html;
  out.reserve(s.size() / 2);
  bool unmatched[std::size(kSearchedNames)] = {};  // the element's end tag never comes
  NestingGuard nesting;
  size_t i = 0;
  while (i < s.size()) {
    const void* p = std::memchr(s.data() + i, '<', s.size() - i);
    size_t lt = p ? static_cast<const char*>(p) - s.data() : s.size();
    AppendText(s.substr(i, lt - i), out);
    if (lt + 1 >= s.size()) {
      out.append(s.data() + lt, s.size() - lt);
      break;
    }
    char next = s[lt + 1];
    if (next == '!' && HasWordAt(s, lt + 2, "--")) {
      size_t end = CommentEnd(s, lt);
      i = end == kNpos ? s.size() : end;
      continue;
    }
    if (!IsAsciiAlpha(next)) {  // end tags, doctype, bogus comments, stray '<': as they are
      size_t end = lt + 1;
      bool keep = true;
      if (next == '/' && lt + 2 < s.size() && IsAsciiAlpha(s[lt + 2])) {
        Tag end_tag = ReadTag(s, lt + 2);
        if (end_tag.end != kNpos) {
          end = end_tag.end;
          keep = nesting.Close(end_tag.name);
        }
      }
      if (keep) out.append(s.data() + lt, end - lt);
      i = end;
      continue;
    }
    Tag tag = ReadTag(s, lt + 1);
    if (tag.end == kNpos) {  // the input ends inside the tag: the parser drops it too
      out.append(s.data() + lt, s.size() - lt);
      break;
    }
    std::string_view name = tag.name;
    if (name == "script" || name == "style") {
      size_t close = FindEndTag(s, tag.end, name);
      if (name == "script" && IsJsonLdType(tag.type)) {
        result.json_ld.emplace_back(
            s.substr(tag.end, (close == kNpos ? s.size() : close) - tag.end));
      }
      if (close == kNpos) break;  // the rest of the page is the element's raw text
      Tag end_tag = ReadTag(s, close + 2);
      i = end_tag.end == kNpos ? s.size() : end_tag.end;
      continue;
    }
    if (size_t searched = SearchedIndex(name); searched < std::size(kSearchedNames)) {
      // Once an element of a name has no end, later ones are kept without searching again:
      // repeated searches to the end of the input would make the scan quadratic.
      bool& searched_in_vain = unmatched[searched];
      size_t end = tag.self_closing   ? tag.end
                   : searched_in_vain ? kNpos
                                      : FindMatchingEnd(s, tag.end, name);
      if (end != kNpos) {
        i = end;
        continue;
      }
      searched_in_vain = true;
    } else if (name == "title" || name == "textarea" || name == "xmp" || name == "iframe" ||
               name == "noembed" || name == "noframes") {
      size_t close = FindEndTag(s, tag.end, name);
      if (close == kNpos) close = s.size();
      out.append(s.data() + lt, close - lt);
      i = close;
      continue;
    } else if (name == "plaintext") {
      out.append(s.data() + lt, s.size() - lt);
      break;
    }
    if (nesting.Open(name, tag.self_closing)) AppendStartTag(s, lt, tag, out);
    i = tag.end;
  }
  return result;
}

}  // namespace storytrace
