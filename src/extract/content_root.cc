// Content root by paragraph votes, then joined by the siblings that continue the article.
#include "extract/content_root.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

#include "extract/page_furniture.h"
#include "extract/text_rules.h"

namespace storytrace {
namespace {

// What the blocks under one element add up to.
struct Tally {
  size_t chars = 0;       // block text
  size_t link_chars = 0;  // of which inside links
  double votes = 0;       // votes of the blocks (see Vote)
  int blocks = 0;         // all blocks
  int voting_blocks = 0;  // blocks with a vote
};

bool IsPageLevel(const GumboNode* n) {
  return !n || n->type != GUMBO_NODE_ELEMENT || n->v.element.tag == GUMBO_TAG_BODY ||
         n->v.element.tag == GUMBO_TAG_HTML;
}

class ContentScorer {
 public:
  explicit ContentScorer(const std::vector<Block>& blocks) : blocks_(blocks) {
    for (const Block& b : blocks) {
      total_chars_ += b.text.size();
      for (const GumboNode* n = b.container; n; n = n->parent) {
        Tally& t = tally_[n];
        t.chars += b.text.size();
        t.link_chars += b.link_chars;
        ++t.blocks;
      }
    }
    // Votes need the final chars of every node (Vote reads the furniture's), so a second pass.
    votes_.reserve(blocks.size());
    for (const Block& b : blocks) {
      double v = Vote(b);
      votes_.push_back(v);
      if (v <= 0) continue;
      for (const GumboNode* n = b.container; n; n = n->parent) {
        tally_[n].votes += v;
        ++tally_[n].voting_blocks;
      }
    }
  }

  const Tally& Of(const GumboNode* n) const {
    static const Tally kNone;
    auto it = tally_.find(n);
    return it == tally_.end() ? kNone : it->second;
  }
  size_t total_chars() const { return total_chars_; }

  // How much a block says "article paragraph": 0 for short, link-heavy or furniture text
  // (unless the furniture-named node wraps most of the page: "Page-ad-margins") and for
  // related articles, else more for commas and length, less for links.
  double Vote(const Block& b) const {
    if (!b.container || b.text.size() < 25 || b.related_article) return 0;
    if (b.furniture && Of(b.furniture).chars * 10 < total_chars_ * 3) return 0;
    double link_density = static_cast<double>(b.link_chars) / b.text.size();
    if (link_density > 0.5) return 0;
    double s = 1 + std::count(b.text.begin(), b.text.end(), ',') +
               std::min<double>(b.text.size() / 100.0, 3.0);
    return s * (1 - link_density);
  }

  // Climbs from `n` through ancestors that hold no other block text.
  const GumboNode* LookThroughWrappers(const GumboNode* n) const {
    while (!IsElement(n, GUMBO_TAG_ARTICLE) && !IsPageLevel(n->parent) &&
           Of(n->parent).chars == Of(n).chars) {
      n = n->parent;
    }
    return n;
  }

  // The element with the highest credit from the paragraphs; the first in document order on
  // a tie. Null when no block votes.
  const GumboNode* BestContainer() const {
    std::unordered_map<const GumboNode*, size_t> index;
    std::vector<std::pair<const GumboNode*, double>> score;
    auto credit = [&](const GumboNode* n, double s) {
      auto [it, added] = index.emplace(n, score.size());
      if (added) score.emplace_back(n, 0.0);
      score[it->second].second += s;
    };
    for (size_t i = 0; i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      double v = votes_[i];
      if (v <= 0) continue;
      const GumboNode* c = LookThroughWrappers(b.container);
      if (IsElement(c, GUMBO_TAG_ARTICLE)) {  // an article of one paragraph
        credit(c, v);
        continue;
      }
      const GumboNode* parent = c->parent;
      if (!parent || parent->type != GUMBO_NODE_ELEMENT) continue;
      credit(parent, v);
      const GumboNode* grandparent = parent->parent;
      if (!IsElement(parent, GUMBO_TAG_ARTICLE) && grandparent &&
          grandparent->type == GUMBO_NODE_ELEMENT) {
        credit(grandparent, v / 2);
      }
    }
    const GumboNode* best = nullptr;
    double best_score = 0;
    for (const auto& [node, s] : score) {
      if (s > best_score) {
        best = node;
        best_score = s;
      }
    }
    return best;
  }

 private:
  const std::vector<Block>& blocks_;
  std::unordered_map<const GumboNode*, Tally> tally_;
  size_t total_chars_ = 0;
  std::vector<double> votes_;  // Vote of each block, in the order of `blocks_`
};

// True when `sibling` continues the article of `top` as a second part: an element of the same
// tag and class with at least two paragraphs of its own (one paragraph in the same dress is
// usually an "about us" or disclaimer box).
bool IsContinuation(const GumboNode* sibling, const GumboNode* top, const Tally& t) {
  if (sibling->v.element.tag != top->v.element.tag || t.voting_blocks < 2) return false;
  const char* a = Attr(sibling, "class");
  const char* b = Attr(top, "class");
  return a && b && std::strcmp(a, b) == 0;
}

bool HoldsMedia(const GumboNode* n, int depth = 0) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > kMaxTreeDepth) return false;
  switch (n->v.element.tag) {
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_VIDEO:
      return true;
    default:
      break;
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    if (HoldsMedia(static_cast<const GumboNode*>(kids.data[i]), depth + 1)) return true;
  }
  return false;
}

// True when `sibling`, just before the article's element, is its lead: a single paragraph of
// 80+ bytes ending a sentence, few links, not a heading, not around an image (a caption).
bool IsLead(const GumboNode* sibling, const Tally& t, const std::vector<Block>& blocks) {
  if (t.blocks != 1 || t.voting_blocks != 1 || t.chars < 80 || t.link_chars * 4 >= t.chars) {
    return false;
  }
  for (const Block& b : blocks) {
    if (IsAncestor(sibling, b.container)) {  // the one block
      bool heading = b.tag >= GUMBO_TAG_H1 && b.tag <= GUMBO_TAG_H6;
      return !heading && EndsSentence(b.text) && !HoldsMedia(sibling);
    }
  }
  return false;
}

// `best` and the siblings of `top` (`best` or a wrapper around it) that continue its article,
// in document order.
std::vector<const GumboNode*> WithSiblings(const GumboNode* best, const GumboNode* top,
                                           const ContentScorer& scorer,
                                           const std::vector<Block>& blocks) {
  const GumboNode* parent = top->parent;
  if (!parent || parent->type != GUMBO_NODE_ELEMENT) return {best};
  std::vector<const GumboNode*> roots;
  const GumboNode* previous = nullptr;  // the element just before, when it may be a lead
  const GumboVector& kids = parent->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* kid = static_cast<const GumboNode*>(kids.data[i]);
    if (kid == top) {
      if (previous && IsLead(previous, scorer.Of(previous), blocks)) roots.push_back(previous);
      roots.push_back(best);
      previous = nullptr;
      continue;
    }
    if (kid->type != GUMBO_NODE_ELEMENT) continue;
    bool furniture = IsSkippedElement(kid) || FurnitureOf(kid) != Furniture::kNone;
    previous = furniture ? nullptr : kid;
    if (!furniture && IsContinuation(kid, top, scorer.Of(kid))) roots.push_back(kid);
  }
  return roots;
}

void FindMarkedBodies(const GumboNode* n, std::vector<const GumboNode*>& out, int depth = 0) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > kMaxTreeDepth) return;
  if (AttrIs(n, "itemprop", "articlebody")) {
    out.push_back(n);
    return;
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    FindMarkedBodies(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
  }
}

// The marked bodies without repeats: pages may carry the article twice (for another layout).
std::vector<const GumboNode*> DistinctBodies(const std::vector<const GumboNode*>& bodies,
                                             const std::vector<Block>& blocks) {
  std::vector<const GumboNode*> distinct;
  std::vector<std::string> texts;
  for (const GumboNode* body : bodies) {
    std::string text;
    for (const Block& b : blocks) {
      if (IsAncestor(body, b.container)) {
        text += b.text;
        text += '\n';
      }
    }
    if (std::find(texts.begin(), texts.end(), text) != texts.end()) continue;
    texts.push_back(std::move(text));
    distinct.push_back(body);
  }
  return distinct;
}

}  // namespace

std::vector<const GumboNode*> FindContentRoots(const GumboNode* document,
                                               const std::vector<Block>& blocks) {
  std::vector<const GumboNode*> roots;
  FindMarkedBodies(document, roots);
  if (!roots.empty()) return roots.size() == 1 ? roots : DistinctBodies(roots, blocks);
  ContentScorer scorer(blocks);
  const GumboNode* best = scorer.BestContainer();
  if (!best) return {};
  const GumboNode* top = scorer.LookThroughWrappers(best);
  roots = WithSiblings(best, top, scorer, blocks);
  // Still a small part of the page: the article's text is split in a way the siblings did not
  // show; take the parent.
  size_t chosen = 0;
  for (const GumboNode* r : roots) chosen += scorer.Of(r).chars;
  if (chosen < scorer.total_chars() / 4 && !IsPageLevel(top->parent)) return {top->parent};
  return roots;
}

}  // namespace storytrace
