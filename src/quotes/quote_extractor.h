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

// Finds quoted passages („…“ »…« «…» “…” "…"; at least four words, so scare quotes around a
// term are skipped) and attributes each: a speech verb next to the quote (sagte, erklärte, so,
// laut, zufolge, heißt es, said, told, added, according to, a déclaré, dijo …) with a person or
// organisation mention beside it; with a speech verb but no name (sagte sie, he said, dijo), the
// speaker is the last person mentioned before the quote; a quote without its own attribution
// continues the previous quote's speaker when it follows it in the same or the next sentence
// (split quotes). Thread-safe, stateless.
std::vector<ExtractedQuote> ExtractQuotes(std::string_view text, const AnalyzedText& analyzed,
                                          const std::vector<Mention>& mentions);

}  // namespace storytrace

#endif  // STORYTRACE_QUOTES_QUOTE_EXTRACTOR_H_
