// Translation detection: is a new article a translation of an earlier one in another language?
#ifndef STORYTRACE_DEDUP_TRANSLATION_DETECTOR_H_
#define STORYTRACE_DEDUP_TRANSLATION_DETECTOR_H_

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/article.h"
#include "dedup/lemma_stems.h"
#include "dedup/lexicon.h"
#include "text/analyzed_text.h"

namespace storytrace {

struct TranslationOptions {
  double threshold = 0.44;              // minimum score to record a link (see eval/translations)
  double min_coverage = 0.35;           // pairs below this coverage are not aligned (cheap filter)
  int64_t window_seconds = 7 * 86400;   // translations are looked for this far back
  size_t max_candidates = 12;           // best candidates (by shared names/numbers) scored
  size_t min_shared_keys = 3;           // a candidate shares at least this many names/numbers
  double min_key_share = 0.15;          // ...and this share of the smaller set of them,
  size_t min_shared_rare_words = 4;     // or this many of its rarest words are translations
                                        // of the new article's words (texts without names)
  size_t rare_words = 48;               // words per article indexed for that
  double position_band = 0.15;          // a word's translation must sit within this relative
                                        // distance of its position (translations keep order)
};

// What the detector keeps of an article: its content words in order, with relative positions.
struct TranslationProfile {
  std::string lang;
  std::optional<int64_t> time;
  size_t chars = 0;      // body length, TextLength()
  size_t sentences = 0;
  struct Item {
    uint64_t stem;  // LexiconKey of the stem
    uint64_t key;   // language-independent key (transliterated name or digits), 0 if none
    float pos;      // relative position in [0, 1]
    uint32_t sentence;  // index of its sentence among the sentences that have items
  };
  std::vector<Item> items;
  std::vector<uint32_t> sentence_begin;  // first item of each sentence (items are in order)
  std::vector<uint64_t> keys;  // distinct keys, sorted
};

// The length of `text` as translations keep it, in any script: its characters, weighted by
// what a character of its script carries (a Han character four, a Hangul syllable 2.5, an
// Arabic letter or a kana 1.5, others one). Bytes made a Russian text look twice as long as its
// English original.
size_t TextLength(std::string_view text);

// Builds the profile of `article` from its analysis (title + "\n\n" + text). With `lemmas`
// (may be null), a word the lexicons lack in its stem is looked up by its dictionary root.
TranslationProfile MakeTranslationProfile(const Article& article, const AnalyzedText& analyzed,
                                          const LemmaStems* lemmas = nullptr);

// Parts of the translation score, for evaluation and explanations.
struct TranslationEvidence {
  double coverage = 0;  // mean over both directions of the share of matchable words whose
                        // translation, name or number occurs at about the same position
  double alignment = 0;  // mean over both texts' sentences (weighted by matchable words) of
                         // the best share of a sentence's words found in one sentence (or two
                         // adjacent ones) of the other text near the same place
  double length_ratio = 0;    // shorter / longer body
  double sentence_ratio = 0;  // fewer / more sentences
  size_t matchable = 0;       // words that had a dictionary entry or a key (both directions)
  size_t shared_keys = 0;     // distinct names and numbers the two texts share
  double key_share = 0;       // shared_keys / the smaller number of distinct keys
  double score = 0;           // the combined score in [0, 1]
};

// Scores a pair of articles in different languages; symmetric. Lexicons may be null (then only
// names, numbers and identical stems count).
TranslationEvidence ScoreTranslation(const TranslationProfile& a, const TranslationProfile& b,
                                     const Lexicon* a_to_b, const Lexicon* b_to_a,
                                     const TranslationOptions& options = {});

struct TranslationMatch {
  std::string id;
  double score = 0;
};

// The online detector: keeps the profiles of the recent window and, for each new article,
// scores the candidates in other languages that share names or numbers with it.
class TranslationDetector {
 public:
  // `lexicons` must outlive the detector.
  explicit TranslationDetector(const LexiconSet* lexicons, TranslationOptions options = {})
      : lexicons_(lexicons), options_(options) {}

  // The best earlier article per other language that `profile` translates (or is translated
  // by) with score ≥ threshold, best first. Does not add the article.
  std::vector<TranslationMatch> Find(const TranslationProfile& profile) const;
  // Adds an article to the window (and drops those older than the window).
  void Add(const std::string& id, TranslationProfile profile);
  size_t size() const { return live_; }

 private:
  // The distinct stems of `p`'s words: not its names and numbers (keys already), but in
  // German, which writes every noun capitalised ("Recht", "Freiheit"), a capitalised word a
  // dictionary from German knows is a word.
  std::vector<uint64_t> DistinctStems(const TranslationProfile& p) const;
  // The `k` of `stems` (DistinctStems) seen in the fewest articles so far.
  std::vector<uint64_t> RarestStems(const std::vector<uint64_t>& stems, size_t k) const;

  struct Entry {
    std::string id;
    TranslationProfile profile;
  };
  const LexiconSet* lexicons_;
  TranslationOptions options_;
  std::deque<Entry> entries_;  // in arrival order; entries_[i] has number first_ + i
  size_t first_ = 0;
  size_t live_ = 0;
  size_t dropped_ = 0;  // entries dropped since the key lists were last compacted
  std::unordered_map<uint64_t, std::vector<size_t>> by_key_;   // key → entry numbers
  std::unordered_map<uint64_t, std::vector<size_t>> by_rare_;  // rare stem → entry numbers
  std::unordered_map<uint64_t, uint32_t> stem_df_;             // stem → articles seen with it
  int64_t clock_ = INT64_MIN;
};

}  // namespace storytrace

#endif  // STORYTRACE_DEDUP_TRANSLATION_DETECTOR_H_
