// A parsed page as a sequence of text blocks (paragraphs, headings, list items, table rows).
#ifndef STORYTRACE_EXTRACT_HTML_BLOCKS_H_
#define STORYTRACE_EXTRACT_HTML_BLOCKS_H_

#include <gumbo.h>

#include <string>
#include <vector>

namespace storytrace {

// Elements nested deeper than this are not read. The tree walks recurse, so this bounds their
// stack; real pages nest well under a hundred levels, malformed or hostile ones far deeper.
inline constexpr int kMaxTreeDepth = 400;

// A run of text that forms one paragraph, with the element that holds it.
struct Block {
  std::string text;                      // white space folded to single spaces, trimmed
  size_t link_chars = 0;                 // bytes of `text` inside links
  const GumboNode* container = nullptr;  // innermost block element around the text
  const GumboNode* furniture = nullptr;  // innermost furniture-named ancestor, if any
  GumboTag tag = GUMBO_TAG_P;            // tag of the innermost block element
  // The <article> around the text when it is one of several inside another <article>: by
  // HTML's definition a related item (a teaser, a comment), not the outer article's text.
  const GumboNode* related_article = nullptr;
  const GumboNode* list = nullptr;  // innermost <ul> or <ol> around the text, if any
};

// The page's text blocks in document order. Skipped elements (see IsSkippedElement) give no
// text; table cells of one row join into one block, separated by spaces. An <article> holding
// two or more <article> elements makes them related items (Block::related_article).
std::vector<Block> CollectBlocks(const GumboNode* root);

// The text of `n` and its descendants, white space folded; block elements and table cells
// separate their text from the text around them by a space.
std::string NodeText(const GumboNode* n);

// `s` with white space runs folded to one space, trimmed.
std::string CollapseSpace(std::string_view s);

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_HTML_BLOCKS_H_
