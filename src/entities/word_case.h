// How the stream writes a word: capitalised inside sentences only, or in lower case too. A
// spelling dictionary reads "Barros" as the plural of *barro* and "Olímpica" as an adjective,
// so "Pedro Barros" and "Villa Olímpica" look alike to the mention finder (a given name and a
// capitalised common word). The stream tells them apart: it writes *olímpica* in lower case
// as well, *Barros* never.
#ifndef STORYTRACE_ENTITIES_WORD_CASE_H_
#define STORYTRACE_ENTITIES_WORD_CASE_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/analyzed_text.h"

namespace storytrace {

// Not thread-safe; one per pipeline. Bounded: the words written in lower case are kept as a
// filter of 2^24 bits (2 MiB; it may say a word was written in lower case that was not, which
// only makes WrittenAsName more cautious, never that one was not that was), and the
// capitalised uses of at most `capacity` words are counted, the longest counted going first.
class WordCase {
 public:
  explicit WordCase(size_t capacity = 65536);

  // Counts one use of folded `word` (FoldForMatching) of language `lang` capitalised inside a
  // sentence (not by its place at a sentence's start).
  void CountCapitalised(std::string_view lang, std::string_view word);
  // Notes the words `analyzed` (of language `analyzed.lang`) writes in lower case, stopwords
  // aside.
  void CountLowerCase(const AnalyzedText& analyzed);
  // Whether the stream has written folded `word` of `lang` in lower case (rarely true of a word
  // it has not: see the filter above).
  bool WrittenInLowerCase(std::string_view lang, std::string_view word) const;
  // Whether the stream has written folded `word` of `lang` capitalised inside a sentence at
  // least `min_capitalised` times and never in lower case.
  bool WrittenAsName(std::string_view lang, std::string_view word, int min_capitalised) const;

 private:
  static std::string Key(std::string_view lang, std::string_view word);
  // The filter's two bit positions for `key`.
  static std::pair<uint64_t, uint64_t> Bits(std::string_view key);
  // Whether the filter has `key` (a Key).
  bool InLowerCase(std::string_view key) const;

  size_t capacity_;
  std::vector<uint64_t> lower_;  // the filter of words written in lower case
  std::unordered_map<std::string, int64_t> capitalised_;
  std::deque<std::string> order_;  // keys of capitalised_, first counted first
};

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_WORD_CASE_H_
