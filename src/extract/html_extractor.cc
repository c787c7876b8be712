// HTML pages: prefilter, gumbo parse, metadata, content root, then the root's blocks filtered.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/content_root.h"
#include "extract/extractor.h"
#include "extract/html_blocks.h"
#include "extract/html_metadata.h"
#include "extract/html_prefilter.h"
#include "extract/page_furniture.h"
#include "extract/parse_arena.h"
#include "extract/pointer_blocks.h"
#include "extract/metadata_lines.h"
#include "extract/text_rules.h"

namespace storytrace {
namespace {

// The root that holds `b`, or null.
const GumboNode* RootOf(const Block& b, const std::vector<const GumboNode*>& roots) {
  for (const GumboNode* r : roots) {
    if (IsAncestor(r, b.container)) return r;
  }
  return nullptr;
}

// Bytes of block text under a node, counted over the page's blocks the first time the node is
// asked about and remembered for the page.
class CharsUnder {
 public:
  explicit CharsUnder(const std::vector<Block>& blocks) : blocks_(blocks) {}

  size_t operator()(const GumboNode* n) {
    auto [it, added] = chars_.try_emplace(n, 0);
    if (added) {
      for (const Block& b : blocks_) {
        if (IsAncestor(n, b.container)) it->second += b.text.size();
      }
    }
    return it->second;
  }

 private:
  const std::vector<Block>& blocks_;
  std::unordered_map<const GumboNode*, size_t> chars_;
};

// True when `b` is furniture inside its root: a share bar, a caption, a teaser block. A node
// with a weak furniture name that holds a third of the root's text is the article, not
// furniture (a "paywall" div around the rest of the story).
bool IsFurnitureInRoot(const Block& b, const GumboNode* root, CharsUnder& chars_under) {
  if (!b.furniture || !root || b.furniture == root || !IsAncestor(root, b.furniture)) {
    return false;
  }
  if (FurnitureOf(b.furniture) == Furniture::kStrong) return true;
  return chars_under(b.furniture) * 3 < chars_under(root);
}

// `s` reduced to lower-case letters and digits (bytes of other scripts kept), to compare
// headlines whatever their punctuation and spacing.
std::string HeadlineKey(std::string_view s) {
  std::string key;
  for (unsigned char c : s) {
    if (std::isalnum(c)) {
      key += static_cast<char>(std::tolower(c));
    } else if (c >= 0x80) {
      key += static_cast<char>(c);
    }
  }
  return key;
}

// Keys of the ways the page states its headline: JSON-LD, OpenGraph, <h1>, and <title> with
// and without the site name after a separator ("Flood | The Daily").
std::vector<std::string> HeadlineKeys(const PageMetadata& meta) {
  std::vector<std::string> keys;
  auto add = [&](std::string_view s) {
    std::string key = HeadlineKey(DecodeEntities(s));
    if (key.size() >= 8) keys.push_back(std::move(key));
  };
  for (const std::string* s : {&meta.ld_headline, &meta.og_title, &meta.h1, &meta.title}) {
    add(*s);
  }
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: ", " « ", " » "}) {
    size_t at = meta.title.rfind(sep);
    if (at != std::string::npos) add(std::string_view(meta.title).substr(0, at));
  }
  return keys;
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

  PageMetadata meta;
  for (const std::string& json : page.json_ld) ReadJsonLd(json, meta);
  ReadPageMetadata(doc->root, meta);
  out.title = meta.Headline();

  std::vector<Block> blocks = CollectBlocks(doc->root);
  std::vector<const GumboNode*> roots = FindContentRoots(doc->root, blocks);
  std::vector<std::string> headlines = HeadlineKeys(meta);
  std::vector<bool> pointers = PointerBlocks(blocks);
  CharsUnder chars_under(blocks);
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    const GumboNode* root = roots.empty() ? nullptr : RootOf(b, roots);
    if (!roots.empty() && !root) continue;
    if (IsFurnitureInRoot(b, root, chars_under)) continue;
    if (b.related_article && !IsAncestor(b.related_article, root)) continue;
    if (static_cast<double>(b.link_chars) / b.text.size() > 0.6 || pointers[i]) continue;
    if (IsBoilerplateLine(b.text)) continue;
    if (b.text.size() < 400 &&
        std::find(headlines.begin(), headlines.end(), HeadlineKey(b.text)) != headlines.end()) {
      continue;  // the headline, repeated in the content
    }
    // Subheadings may hold dates ("Großdemo am 3. Oktober 2024"); bylines are not headings.
    bool heading = b.tag >= GUMBO_TAG_H1 && b.tag <= GUMBO_TAG_H6;
    if (!heading && IsBylineOrDateLine(b.text)) continue;
    if (auto dl = ParseDateline(b.text); dl && out.dateline.empty()) {
      out.dateline = dl->dateline;
      if (out.source.empty()) out.source = dl->agency;
      if (dl->whole_line) continue;
    }
    if (!out.body.empty()) out.body += "\n\n";
    out.body += b.text;
  }
  out.published = meta.Published();
  if (std::string source = meta.Source(); !source.empty()) out.source = source;
  out.url = meta.url;
  return out;
}

}  // namespace storytrace
