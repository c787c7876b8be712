// Direct quotations and who said them.
#ifndef STORYTRACE_QUOTES_QUOTE_EXTRACTOR_H_
#define STORYTRACE_QUOTES_QUOTE_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "entities/mention_finder.h"
#include "text/analyzed_text.h"

namespace storytrace {

struct ExtractedQuote {
  uint32_t begin = 0, end = 0;  // byte span of the quoted words (without the marks)
  std::string text;
  std::string speaker;      // surface form of the speaker as best named in the article, or ""
  std::string speaker_key;  // NameKey of the speaker entity ("" when unknown)
};

// The direct quotations of `text` (analysed as `analyzed`, with `mentions` found in it) and who
// said them, in text order. Spans come from FindQuotedSpans (any marks, mixed marks, quotations
// running over paragraphs, split quotations as one entry per span). A span is speech unless it
// reads as a title or name (“Listen To The Music”), a term ("the term", "dubbed", a quoted
// modifier such as a “skinny” deal) or, when under four words, has no speech cue in its
// sentence. The speaker comes from the quotation's own attribution (ClauseReader: speech verb
// or source marker and its subject, listeners and appositions skipped), resolved through the
// article read so far (SpeakerTracker: pronouns, documents, spokespeople, institutions, roles);
// a span without one continues the quotation before it in its paragraph or the paragraph
// before, or takes a later attribution of its paragraph. A speaker is never taken from inside
// a quotation; "" means the article names nobody. Thread-safe, stateless.
std::vector<ExtractedQuote> ExtractQuotes(std::string_view text, const AnalyzedText& analyzed,
                                          const std::vector<Mention>& mentions);

}  // namespace storytrace

#endif  // STORYTRACE_QUOTES_QUOTE_EXTRACTOR_H_
