// Compiling FreeDict dictionaries into per-direction stem lexicons.
#ifndef STORYTRACE_DEDUP_LEXICON_BUILDER_H_
#define STORYTRACE_DEDUP_LEXICON_BUILDER_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "text/stopwords.h"

namespace storytrace {

struct LexiconBuildReport {
  std::string file;    // "de-en.lex"
  size_t entries = 0;  // source stems
  size_t pairs = 0;    // (source stem, target stem) pairs before the per-source cap
};

// Finds every "freedict-<xxx>-<yyy>.index" in `dictd_dir`, and writes to `out_dir` one lexicon
// per direction "<x>-<y>.lex" (ISO 639-1 codes), from the x→y dictionary plus the inverted y→x
// one. Words are folded and stemmed exactly as TextAnalyzer does; stopwords are dropped; a
// multi-word translation contributes each of its content words ("Aalbestand" → eel, stock).
// Fails when `dictd_dir` has no FreeDict dictionary or a file cannot be written.
Result<std::vector<LexiconBuildReport>> BuildLexicons(const std::string& dictd_dir,
                                                      const std::string& out_dir,
                                                      const Stopwords& stopwords);

}  // namespace storytrace

#endif  // STORYTRACE_DEDUP_LEXICON_BUILDER_H_
