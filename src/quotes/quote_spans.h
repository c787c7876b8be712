// Finding the spans between quotation marks, whatever marks the page uses.
#ifndef STORYTRACE_QUOTES_QUOTE_SPANS_H_
#define STORYTRACE_QUOTES_QUOTE_SPANS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace storytrace {

struct QuotedSpan {
  uint32_t open = 0;   // position of the opening mark (== begin when the page lost it)
  uint32_t begin = 0;  // the quoted words, without the marks and the spaces inside them
  uint32_t end = 0;
  uint32_t close = 0;      // byte after the closing mark (== end when the paragraph ends open)
  uint32_t paragraph = 0;  // index of the paragraph (lines) the span lies in
  bool lost_open = false;  // no opening mark: the span runs from the paragraph start
  bool runs_on = false;    // the paragraph ends inside the quotation, which goes on in the next
  bool continues = false;  // this span goes on with the quotation left open in the paragraph before
  bool ends_sentence = false;  // the quoted words end in . (so the reporter's sentence ends too)
};

// The double-quoted spans of `text` in text order: „…“ „…” »…« «…» “…” "…" ‚…‘, with marks
// mixed within one quotation (“…" "…”), spaces inside the marks, and nested single quotes kept
// inside. Whether a mark opens or closes is read from its neighbours (a mark after a space and
// before a word opens; after a word and before a space or punctuation it closes), so an
// unpaired mark does not pair the rest of the paragraph wrongly. A quotation never crosses a line
// break; one that is left open at the end of its paragraph is kept when the next paragraph opens
// a quotation again (the news convention for quotes running over paragraphs). A closing mark
// with no opening one in its paragraph gives a `lost_open` span from the paragraph start.
std::vector<QuotedSpan> FindQuotedSpans(std::string_view text);

// Whether `s` holds a double quotation mark of any kind (" “ ” „ « »).
bool HasQuotationMark(std::string_view s);

}  // namespace storytrace

#endif  // STORYTRACE_QUOTES_QUOTE_SPANS_H_
