// The dedup stage: finds, for each new article, the earlier article it reprints and the
// earlier articles it translates.
#ifndef STORYTRACE_DEDUP_LINK_FINDER_H_
#define STORYTRACE_DEDUP_LINK_FINDER_H_

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/article.h"
#include "dedup/lexicon.h"
#include "dedup/minhash.h"
#include "dedup/reprint_index.h"
#include "dedup/translation_detector.h"
#include "text/analyzed_text.h"

namespace storytrace {

struct ReprintLink {
  std::string original;  // the earliest article of the text family
  double score = 0;      // estimated containment of the smaller text in the larger
  // True when the new article is older than every stored copy (out-of-order stream): it is the
  // original, and `original` names the previous root, which now becomes its reprint.
  bool new_is_original = false;
};

struct FoundLinks {
  MinHashSignature signature;
  std::optional<ReprintLink> reprint;
  std::vector<TranslationMatch> translations;  // earlier articles this one translates (not
                                               // searched for reprints: see their original)
};

// Not thread-safe; one per pipeline. Deterministic for a given input order.
class LinkFinder {
 public:
  // `lexicons` (may be empty) must outlive the finder.
  explicit LinkFinder(const LexiconSet* lexicons, ReprintOptions reprint = {},
                      TranslationOptions translation = {})
      : lexicons_(lexicons), reprints_(reprint), translations_(lexicons, translation) {}

  // Lets words the lexicons lack in their stem be looked up by their roots in `spelling`'s
  // dictionaries (LemmaStems) when profiling articles for translation; `spelling` must outlive
  // the finder. Call before the first article.
  void UseDictionaryRoots(const SpellingDictionaries* spelling) {
    lemmas_ = std::make_unique<LemmaStems>(lexicons_, spelling);
  }

  // Finds the links of `article` (analysed from title + "\n\n" + text) and adds it to the
  // indexes. Articles whose body is too short for shingles get no reprint link.
  FoundLinks FindAndAdd(const Article& article, const AnalyzedText& analyzed);

  // Warm-up from the store: a stored signature (reprint index only).
  void AddStoredSignature(const std::string& id, const MinHashSignature& sig,
                          std::optional<int64_t> published, const std::string& duplicate_of);
  // Warm-up from the store: a recent article for translation candidates.
  void AddRecent(const Article& article, const AnalyzedText& analyzed);

  size_t indexed() const { return reprints_.size(); }
  size_t ReprintIndexBytes() const { return reprints_.MemoryBytes(); }

 private:
  uint32_t AddToReprintIndex(const std::string& id, const MinHashSignature& sig,
                             std::optional<int64_t> published);
  // The root (earliest article) of entry `e`'s text family.
  uint32_t Root(uint32_t e) const;

  const LexiconSet* lexicons_;
  std::unique_ptr<LemmaStems> lemmas_;  // null: stems only
  ReprintIndex reprints_;
  std::vector<std::optional<int64_t>> published_;  // per reprint-index entry
  std::vector<uint32_t> parent_;                   // per entry: its original's entry, or itself
  std::unordered_map<std::string, uint32_t> entry_of_;
  TranslationDetector translations_;
};

}  // namespace storytrace

#endif  // STORYTRACE_DEDUP_LINK_FINDER_H_
