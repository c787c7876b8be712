// What in a parsed page is furniture rather than article: tags, roles, class/id names, hiding.
#ifndef STORYTRACE_EXTRACT_PAGE_FURNITURE_H_
#define STORYTRACE_EXTRACT_PAGE_FURNITURE_H_

#include <gumbo.h>

#include <string_view>

namespace storytrace {

// The value of attribute `name` of `n`, or nullptr when `n` is not an element or lacks it.
const char* Attr(const GumboNode* n, const char* name);

// True when attribute `name` of `n` equals `value` (given in lower case), ignoring ASCII case
// and surrounding white space.
bool AttrIs(const GumboNode* n, const char* name, std::string_view value);

// True for `n` an element with tag `tag`.
bool IsElement(const GumboNode* n, GumboTag tag);

// True when `a` is `n` itself or one of its ancestors (following `parent` links). False when
// either is null.
bool IsAncestor(const GumboNode* a, const GumboNode* n);

// Elements that end the paragraph before them and start a new one (p, headings, div, li,
// table rows, br ...). Table cells are not: a row reads as one line.
bool IsBlockTag(GumboTag tag);

// Elements whose text is never read: scripts and styles, navigation, header/footer furniture
// (nav, footer, aside, role=navigation/banner/contentinfo/complementary), form controls,
// embedded objects and figure captions.
bool IsSkippedElement(const GumboNode* n);

// How an element's class/id names or its visibility mark it as page furniture.
//  kStrong: names such as nav, menu, share, comments, related, cookie, newsletter, caption;
//           forms (search boxes, sign-ups) and hidden elements (menus, dialogs);
//  kWeak:   names such as teaser, paywall, byline, credit, tags, unless the names also say
//           content ("article", "story", "body", ...): "ArticlePage-content paywall" is the
//           article;
//  kNone:   anything else, and always body, article, main and itemprop=articleBody.
enum class Furniture { kNone, kWeak, kStrong };
Furniture FurnitureOf(const GumboNode* n);

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_PAGE_FURNITURE_H_
