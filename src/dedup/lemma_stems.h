// Dictionary roots for words the bilingual lexicons do not know in their Snowball stem.
#ifndef STORYTRACE_DEDUP_LEMMA_STEMS_H_
#define STORYTRACE_DEDUP_LEMMA_STEMS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "dedup/lexicon.h"
#include "text/analyzed_text.h"
#include "text/spelling_dictionaries.h"

namespace storytrace {

// A stemmer meets inflection only part of the way, most in the languages Snowball serves least:
// Slovenian "dolžnosti", "dolžnostih" and the dictionary's "dolžnost" get three stems, so the
// lexicon knows one. LemmaStems looks such a word up by its Hunspell roots instead (the lower-
// case ones; a word with a capitalised root may be a name and keeps its stem), an Arabic
// word without the proclitic it begins with ("لحقوق" by "حقوق"), and a German (Dutch,
// Scandinavian) compound by its head ("Gesundheitsministerin" by "Ministerin"). Thread-safe
// (a per-thread memo; SpellingDictionaries locks per language). Both arguments must outlive it;
// `spelling` may be null (no Hunspell roots).
class LemmaStems {
 public:
  LemmaStems(const LexiconSet* lexicons, const SpellingDictionaries* spelling)
      : lexicons_(lexicons), spelling_(spelling) {}

  // The LexiconKey to look `token` (of an article in `lang`, written `surface` in its text) up
  // by: of its own stem when a lexicon from `lang` knows that stem or none of the word's roots
  // is known either, else of the first root's stem that a lexicon from `lang` knows
  // ("dolžnostih" → the key of dolžnost's stem); roots are the Hunspell roots, then the word
  // without a proclitic (WithoutProclitics), then a compound's head (SplitCompound).
  uint64_t KeyOf(std::string_view lang, const AnalyzedToken& token, std::string_view surface) const;

 private:
  const LexiconSet* lexicons_;
  const SpellingDictionaries* spelling_;
};

// The word `token` covers as written in `title` + "\n\n" + `text` (how articles are analysed),
// given the two parts; empty when it does not lie inside one of them.
std::string_view SurfaceOf(std::string_view title, std::string_view text, const AnalyzedToken& token);

}  // namespace storytrace

#endif  // STORYTRACE_DEDUP_LEMMA_STEMS_H_
