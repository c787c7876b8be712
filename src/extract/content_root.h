// Where a page keeps its article: the element (or run of sibling elements) holding the content.
#ifndef STORYTRACE_EXTRACT_CONTENT_ROOT_H_
#define STORYTRACE_EXTRACT_CONTENT_ROOT_H_

#include <gumbo.h>

#include <vector>

#include "extract/html_blocks.h"

namespace storytrace {

// Chooses the elements whose blocks make the article, in document order, none inside another:
//  1. the elements marked itemprop=articleBody (outermost ones, repeats of the same text
//     dropped), when there is one;
//  2. else the element whose paragraphs carry the most text (readability-style votes: a
//     paragraph of 25+ bytes that is mostly not link text credits the element around it fully
//     and that element's parent half; wrappers around a single paragraph are looked through;
//     a paragraph inside an <article> never credits what holds the <article>, and related
//     articles (Block::related_article) do not vote), joined by the siblings that continue it:
//     same tag and class with two or more paragraphs of their own (the article split around
//     ads), and a one-paragraph lead just before it. When all that holds less than a quarter
//     of the page's text, the parent instead.
// Returns an empty vector when no block votes (the caller then keeps every block).
std::vector<const GumboNode*> FindContentRoots(const GumboNode* document,
                                               const std::vector<Block>& blocks);

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_CONTENT_ROOT_H_
