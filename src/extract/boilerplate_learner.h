// Corpus-level boilerplate: paragraphs that recur across the articles of one source (a
// donation appeal under every article of a site, an agency's standard footer).
#ifndef STORYTRACE_EXTRACT_BOILERPLATE_LEARNER_H_
#define STORYTRACE_EXTRACT_BOILERPLATE_LEARNER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/learned_boilerplate.h"

namespace storytrace {

// Counts, per source, in how many articles each paragraph occurs, and calls a paragraph
// boilerplate once it recurs often enough. Paragraphs are compared by KeyOf, so a changed year
// or spacing does not make a new paragraph. Line rules (text_rules.h) know boilerplate any site
// writes; the learner finds what one site writes again and again, and improves as more of its
// articles arrive. The pipeline keeps its state in the store (LearnedSource).
// Copyable; not thread-safe (one writer; const methods may run concurrently).
class BoilerplateLearner {
 public:
  struct Options {
    // A paragraph is boilerplate when it was seen in at least `min_articles` articles of the
    // source and in at least `min_share` of the source's articles since it first appeared
    // (not since the source's first article: an appeal added later counts from then on).
    int64_t min_articles = 3;
    double min_share = 0.5;
    // A paragraph still below `prune_share` that many articles after its first appearance is
    // article text; it is forgotten, so the table holds recurring lines and recent ones only.
    int64_t prune_after = 10;
    double prune_share = 0.2;
    // Strip removes at most this share of a body's bytes. An article whose text is mostly
    // "boilerplate" is another version of an earlier one (an update, a copy), not an article
    // that carries boilerplate.
    double max_stripped_share = 0.5;
  };

  BoilerplateLearner() = default;
  explicit BoilerplateLearner(Options options) : options_(options) {}

  // The key of a paragraph: XXH3-64 of its text with ASCII letters in lower case, each run of
  // digits as one '0' and each run of white space as one space, trimmed.
  static uint64_t KeyOf(std::string_view paragraph);

  // True when the learner holds state for `source` (loaded or observed).
  bool Knows(const std::string& source) const { return sources_.count(source) > 0; }

  // Takes the stored state of a source, replacing what the learner held for it.
  void Load(const LearnedSource& learned);

  // Counts one new article of `source`: each distinct paragraph of `body` (paragraphs are
  // separated by blank lines) once, then forgets paragraphs that stayed rare. An empty source
  // is ignored.
  void Observe(const std::string& source, std::string_view body);

  // True when `paragraph` is learned boilerplate of `source` (see Options).
  bool IsBoilerplate(const std::string& source, std::string_view paragraph) const;

  // `body` without the paragraphs learned as boilerplate of `source`, paragraphs joined by
  // blank lines as before. Returns `body` unchanged when nothing would go, or more than
  // Options::max_stripped_share of it.
  std::string Strip(const std::string& source, std::string_view body) const;

  // The state of each source observed since the last call (for the store), in no set order.
  std::vector<LearnedSource> TakeChanged();

 private:
  struct SourceState {
    int64_t articles = 0;
    std::unordered_map<uint64_t, LearnedLine> lines;
  };

  bool IsBoilerplateKey(const SourceState& state, uint64_t key) const;

  Options options_;
  std::unordered_map<std::string, SourceState> sources_;
  std::unordered_set<std::string> changed_;
};

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_BOILERPLATE_LEARNER_H_
