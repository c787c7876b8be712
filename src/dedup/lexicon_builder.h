// Compiling FreeDict dictionaries into per-direction stem lexicons.
#ifndef STORYTRACE_DEDUP_LEXICON_BUILDER_H_
#define STORYTRACE_DEDUP_LEXICON_BUILDER_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "dedup/freedict.h"
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
// multi-word translation contributes each of its content words ("Aalbestand" → eel, stock);
// one of more than three words is an explanation and is left out, a trailing stopword not
// counted ("have the right to": a verb's complement).
// `pairs_dir`, when not empty, holds further word pairs (scripts/apertium_pairs.sh writes
// them from Apertium's translators): files "<x>-<y>.tsv" (ISO 639-1 codes) of lines
// "word<TAB>translation", read like an x→y dictionary (so also inverted into y→x).
// Fails when `dictd_dir` has no FreeDict dictionary, a pairs file cannot be read or a lexicon
// cannot be written.
Result<std::vector<LexiconBuildReport>> BuildLexicons(const std::string& dictd_dir,
                                                      const std::string& out_dir,
                                                      const Stopwords& stopwords,
                                                      const std::string& pairs_dir = "");

// Reads a word-pair file of lines "word<TAB>translation" (blank lines and lines without a tab
// are skipped). Fails with NotFound when it cannot be opened.
Result<std::vector<DictPair>> ReadWordPairs(const std::string& path);

}  // namespace storytrace

#endif  // STORYTRACE_DEDUP_LEXICON_BUILDER_H_
