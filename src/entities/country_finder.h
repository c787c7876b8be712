// Country names in the article's own language and script, for language-independent story keys:
// "China", "Kitajske", "Японии" and "والصين" all name CN.
#ifndef STORYTRACE_ENTITIES_COUNTRY_FINDER_H_
#define STORYTRACE_ENTITIES_COUNTRY_FINDER_H_

#include <string>
#include <string_view>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "entities/gazetteer.h"
#include "text/analyzed_text.h"

namespace storytrace {

// Whether `folded` is written in a script without capitals (Hebrew, Arabic and the scripts
// after them in Unicode: Indic, Thai, Georgian, CJK), where no capital marks a name.
bool IsCaseless(std::string_view folded);

// An Arabic word as written, then without a leading conjunction (و ف), a preposition (ب ل ك;
// "لل" is ل before the article) and the article ال, least stripped first; each a suffix of `w`.
std::vector<std::string_view> ArabicBases(std::string_view w);

// Whether a folded Arabic name of a place (without its article) is as often something else:
// مالي (Mali, "financial"), بنين (Benin, "sons"), عمان (Oman and Amman).
bool IsAmbiguousArabicPlace(std::string_view folded);

// Looks up folded words (FoldForMatching) among the country names of the gazetteer's country
// lists, in the list of the article's language only (a short name of one language is often a
// word of another). Inflection is met halfway: a name of five or more letters also matches
// words that begin with it less its last letter (Kitajska: Kitajske, Kitajsko; Япония:
// Японии), and a word also matches through its prefixes of up to three letters fewer
// (Chinas, Japanese). Arabic words are stripped of the clitics و ف ب ل ك and the article ال,
// and a name also matches its adjective and their inflections (صربيا: صربي, الصربيات; مصر:
// مصرية, المصريين); مالي, بنين and عمان are left out (IsAmbiguousArabicPlace). Names are
// matched as one word or as their first two words (United States, كوريا الجنوبية). Immutable
// once built; thread-safe to read.
class CountryFinder {
 public:
  explicit CountryFinder(const Gazetteer& gazetteer);

  // The ISO code of the country `folded` names in language `lang`; empty when none.
  std::string_view Word(std::string_view lang, std::string_view folded) const;
  // The ISO code of the country whose name begins with the two words; empty when none.
  std::string_view Pair(std::string_view lang, std::string_view first,
                        std::string_view second) const;

  // The country that token `i` of `at` names, in `at.lang`: alone, or as the second word of a
  // two-word name; empty when none. In a cased script the token needs a capital (a stopword,
  // all capitals: US, UK); in a caseless one (Arabic, Chinese: IsCaseless) any word may name one.
  std::string_view At(const AnalyzedText& at, size_t i) const;

  size_t size() const { return index_.size(); }

 private:
  void Put(std::string key, const std::string& country);
  std::string_view Get(const std::string& key) const;

  // lang '|' kind form → ISO code; kind is '=' (whole word or pair) or '~' (stem: the name
  // less its last letter). An empty code marks a form two countries share.
  absl::flat_hash_map<std::string, std::string> index_;
};

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_COUNTRY_FINDER_H_
