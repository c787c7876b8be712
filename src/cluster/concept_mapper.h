// Language-independent concepts for words: a word's translations into one pivot language.
#ifndef STORYTRACE_CLUSTER_CONCEPT_MAPPER_H_
#define STORYTRACE_CLUSTER_CONCEPT_MAPPER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dedup/lexicon.h"

namespace storytrace {

// Maps a stem of any language to "concepts": the LexiconKeys of its translations into the pivot
// language (English by default), so that "ceremonia", "cerimônia", "Zeremonie" and "ceremony"
// meet in one dimension. A word of the pivot language is its own concept. Where no direct
// lexicon exists or it lacks the word, one intermediate language is tried (es → de → en).
// Thread-safe (read-only after construction); the lexicons must outlive the mapper.
class ConceptMapper {
 public:
  // `max_concepts` bounds the translations taken per word (dictionaries list the main sense
  // first; a long tail of senses only adds noise).
  explicit ConceptMapper(const LexiconSet* lexicons, std::string pivot = "en",
                         size_t max_concepts = 4);

  // Appends the concepts of `stem` (a Snowball stem of language `lang`) to `out`; returns how
  // many were appended (0 when the word has no known translation).
  size_t Concepts(std::string_view lang, std::string_view stem, std::vector<uint64_t>* out) const;

  // For a word of a compounding language (German, Dutch, the Scandinavian languages) that
  // Concepts() does not know: the concepts of its parts, split at hyphens or else at the first
  // place where both sides are known words (a linking "s" allowed: Eröffnungs|feier →
  // opening, ceremony). `folded` is the folded surface word. Returns how many were appended.
  size_t CompoundConcepts(std::string_view lang, std::string_view folded,
                          std::vector<uint64_t>* out) const;

  // Whether words of `lang` can be mapped at all (the pivot itself, or a lexicon path exists).
  bool Covers(std::string_view lang) const;

  const std::string& pivot() const { return pivot_; }

 private:
  struct Route {
    std::string lang;
    const Lexicon* direct = nullptr;             // lang → pivot
    std::vector<std::pair<const Lexicon*, const Lexicon*>> via;  // lang → x, x → pivot
  };
  const Route* RouteFor(std::string_view lang) const;

  std::string pivot_;
  size_t max_concepts_;
  std::vector<Route> routes_;
};

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_CONCEPT_MAPPER_H_
