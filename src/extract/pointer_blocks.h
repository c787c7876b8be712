// Blocks that point to other pages rather than tell the article: link lists and teaser cards.
#ifndef STORYTRACE_EXTRACT_POINTER_BLOCKS_H_
#define STORYTRACE_EXTRACT_POINTER_BLOCKS_H_

#include <vector>

#include "extract/html_blocks.h"

namespace storytrace {

// One flag per block of `blocks`, true for the blocks of
//  - link lists: a <ul>/<ol> of three or more items that all hold a link, 40 % link text
//    ("More stories", "Mehr zum Thema");
//  - teaser cards: three or more sibling elements of the same tag and class, each a short
//    (under 400 bytes) teaser whose title is a link: a grid of "most popular" stories;
// and for the short heading just before either.
std::vector<bool> PointerBlocks(const std::vector<Block>& blocks);

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_POINTER_BLOCKS_H_
