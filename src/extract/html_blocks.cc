// One walk over the tree: text is appended to the current block until a block element ends it.
#include "extract/html_blocks.h"

#include <unordered_map>

#include "extract/page_furniture.h"
#include "extract/text_rules.h"

namespace storytrace {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

bool IsCell(GumboTag tag) { return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH; }

// Appends `s` to `out` with white space folded into single spaces (none at the start).
void AppendFolded(std::string_view s, std::string& out) {
  for (char c : s) {
    if (!IsSpace(c)) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
}

void AppendSeparator(std::string& out) {
  if (!out.empty() && out.back() != ' ') out += ' ';
}

class BlockCollector {
 public:
  std::vector<Block> blocks;

  void Walk(const GumboNode* n, const GumboNode* container, bool in_link, int depth) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      AppendText(n->v.text.text, in_link, container);
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT || depth > kMaxTreeDepth || IsSkippedElement(n)) return;
    const GumboNode* outer_furniture = furniture_;
    if (FurnitureOf(n) != Furniture::kNone) furniture_ = n;
    GumboTag tag = n->v.element.tag;
    const GumboNode* outer_article = article_;
    const GumboNode* outer_list = list_;
    if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) list_ = n;
    if (tag == GUMBO_TAG_ARTICLE) {
      if (article_) ++nested_articles_[article_];
      article_ = n;
    }
    bool block = IsBlockTag(tag);
    if (block) {
      Flush();
      current_tag_ = tag;
    } else if (IsCell(tag)) {
      AppendSeparator(current_.text);
    }
    const GumboNode* inner = block && tag != GUMBO_TAG_BR && tag != GUMBO_TAG_HR ? n : container;
    bool link = in_link || tag == GUMBO_TAG_A;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      Walk(static_cast<const GumboNode*>(kids.data[i]), inner, link, depth + 1);
    }
    if (block) {
      Flush();
    } else if (IsCell(tag)) {
      AppendSeparator(current_.text);
    }
    furniture_ = outer_furniture;
    article_ = outer_article;
    list_ = outer_list;
  }

  // Marks the blocks inside articles that are one of several in their outer article.
  void MarkRelatedArticles() {
    for (Block& b : blocks) {
      const GumboNode* inner = nullptr;  // innermost <article> seen going up
      for (const GumboNode* n = b.container; n; n = n->parent) {
        if (!IsElement(n, GUMBO_TAG_ARTICLE)) continue;
        auto it = nested_articles_.find(n);
        if (inner && it != nested_articles_.end() && it->second >= 2) {
          b.related_article = inner;
          break;
        }
        inner = n;
      }
    }
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
      current_.list = list_;
    }
    size_t before = current_.text.size();
    AppendFolded(s, current_.text);
    if (in_link) current_.link_chars += current_.text.size() - before;
  }

  Block current_;
  GumboTag current_tag_ = GUMBO_TAG_P;
  const GumboNode* furniture_ = nullptr;
  const GumboNode* article_ = nullptr;                         // innermost <article> being walked
  const GumboNode* list_ = nullptr;                            // innermost <ul>/<ol> being walked
  std::unordered_map<const GumboNode*, int> nested_articles_;  // <article>s directly inside
};

void AppendNodeText(const GumboNode* n, std::string& out, int depth) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
      n->type == GUMBO_NODE_WHITESPACE) {
    AppendFolded(n->v.text.text, out);
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT || depth > kMaxTreeDepth) return;
  bool separate = IsBlockTag(n->v.element.tag) || IsCell(n->v.element.tag);
  if (separate) AppendSeparator(out);
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    AppendNodeText(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
  }
  if (separate) AppendSeparator(out);
}

}  // namespace

std::vector<Block> CollectBlocks(const GumboNode* root) {
  BlockCollector collector;
  collector.Walk(root, nullptr, false, 0);
  collector.Flush();
  collector.MarkRelatedArticles();
  return std::move(collector.blocks);
}

std::string NodeText(const GumboNode* n) {
  std::string out;
  AppendNodeText(n, out, 0);
  return Trim(out);
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  AppendFolded(s, out);
  return Trim(out);
}

}  // namespace storytrace
