// Link lists and teaser cards, found from the blocks' list and ancestor elements.
#include "extract/pointer_blocks.h"

#include <cstring>
#include <unordered_map>

#include "extract/page_furniture.h"
#include "extract/text_rules.h"

namespace storytrace {
namespace {

// Marks the short heading that introduces the run of blocks starting at `first`.
void MarkHeadingBefore(const std::vector<Block>& blocks, size_t first, std::vector<bool>& dropped) {
  if (first == 0) return;
  const Block& heading = blocks[first - 1];
  if (!heading.list && CountWords(heading.text) <= 8 && !EndsSentence(heading.text)) {
    dropped[first - 1] = true;
  }
}

// Blocks of link lists: a list of three or more items that all hold a link and that is at
// least 40 % link text ("More stories: …", "Mehr zum Thema"), and the short heading just before
// it.
void MarkLinkLists(const std::vector<Block>& blocks, std::vector<bool>& dropped) {
  struct ListTally {
    size_t first = 0, items = 0, chars = 0, link_chars = 0;
    bool all_linked = true;
  };
  std::unordered_map<const GumboNode*, ListTally> lists;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (!b.list) continue;
    auto [it, added] = lists.try_emplace(b.list);
    ListTally& t = it->second;
    if (added) t.first = i;
    ++t.items;
    t.chars += b.text.size();
    t.link_chars += b.link_chars;
    t.all_linked = t.all_linked && b.link_chars > 0;
  }
  for (const auto& [list, t] : lists) {
    if (t.items < 3 || !t.all_linked || t.link_chars * 5 < t.chars * 2) continue;
    for (size_t i = t.first; i < blocks.size(); ++i) {
      if (blocks[i].list == list) dropped[i] = true;
    }
    MarkHeadingBefore(blocks, t.first, dropped);
  }
}

// True when `n` is one of three or more element siblings of the same tag and class.
bool IsRepeatedItem(const GumboNode* n, std::unordered_map<const GumboNode*, bool>& cache) {
  if (n->type != GUMBO_NODE_ELEMENT || !n->parent || n->parent->type != GUMBO_NODE_ELEMENT) {
    return false;
  }
  auto [it, added] = cache.try_emplace(n, false);
  if (!added) return it->second;
  const char* cls = Attr(n, "class");
  if (!cls || !*cls) return false;
  int same = 0;
  const GumboVector& kids = n->parent->v.element.children;
  for (unsigned i = 0; i < kids.length && same < 3; ++i) {
    auto* kid = static_cast<const GumboNode*>(kids.data[i]);
    if (kid->type != GUMBO_NODE_ELEMENT || kid->v.element.tag != n->v.element.tag) continue;
    const char* kid_cls = Attr(kid, "class");
    if (kid_cls && std::strcmp(kid_cls, cls) == 0) ++same;
  }
  return it->second = same >= 3;
}

// Blocks of teaser cards (see PointerBlocks).
void MarkTeaserCards(const std::vector<Block>& blocks, std::vector<bool>& dropped) {
  constexpr int kItemLevels = 4;  // a card's text sits a few levels inside the card
  constexpr size_t kMaxCardChars = 400;
  constexpr size_t kMaxTitleChars = 150;
  struct Card {
    size_t first = 0, chars = 0;
    bool linked_title = false;
  };
  std::unordered_map<const GumboNode*, bool> repeated;
  std::unordered_map<const GumboNode*, Card> cards;
  std::vector<const GumboNode*> card_of(blocks.size(), nullptr);
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    const GumboNode* n = b.container;
    for (int level = 0; n && level < kItemLevels; ++level, n = n->parent) {
      if (IsRepeatedItem(n, repeated)) break;
    }
    if (!n || !IsRepeatedItem(n, repeated)) continue;
    auto [it, added] = cards.try_emplace(n);
    Card& card = it->second;
    if (added) card.first = i;
    card.chars += b.text.size();
    bool linked = b.link_chars * 10 >= b.text.size() * 9;
    card.linked_title = card.linked_title || (linked && b.text.size() <= kMaxTitleChars);
    card_of[i] = n;
  }
  // Cards per grid (the cards' parent).
  std::unordered_map<const GumboNode*, int> teasers;
  for (const auto& [node, card] : cards) {
    if (card.linked_title && card.chars <= kMaxCardChars) ++teasers[node->parent];
  }
  std::unordered_map<const GumboNode*, bool> heading_done;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const GumboNode* card = card_of[i];
    if (!card || teasers[card->parent] < 3) continue;
    const Card& c = cards[card];
    if (!c.linked_title || c.chars > kMaxCardChars) continue;
    dropped[i] = true;
    if (!heading_done[card->parent]) {
      heading_done[card->parent] = true;
      MarkHeadingBefore(blocks, i, dropped);
    }
  }
}

}  // namespace

std::vector<bool> PointerBlocks(const std::vector<Block>& blocks) {
  std::vector<bool> dropped(blocks.size(), false);
  MarkLinkLists(blocks, dropped);
  MarkTeaserCards(blocks, dropped);
  return dropped;
}

}  // namespace storytrace
