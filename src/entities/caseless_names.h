// Place names in scripts without capitals (Arabic, Chinese), where no capital marks a name.
#ifndef STORYTRACE_ENTITIES_CASELESS_NAMES_H_
#define STORYTRACE_ENTITIES_CASELESS_NAMES_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "entities/country_finder.h"
#include "entities/gazetteer.h"
#include "entities/mention_finder.h"
#include "text/analyzed_text.h"

namespace storytrace {

// Finds the places a text in a caseless script names that packaged lists spell in that script:
// countries in the country lists of the text's language (CountryFinder: "وفرنسا", "المصري",
// "中国") and the major cities ICU names its time zones after, as CLDR spells them in the
// language ("القاهرة", "东京"; ZoneCities, about 430 cities). Arabic words are read without their
// clitics and article. Immutable once built; thread-safe to read.
class CaselessNames {
 public:
  // `gazetteer` must outlive this object. Readers take the gazetteer's own
  // (Gazetteer::caseless), built once when it loads.
  explicit CaselessNames(const Gazetteer& gazetteer);

  // The country lists by language, in every script (the clusterer's country keys).
  const CountryFinder& countries() const { return countries_; }

  // The LOC mentions of such places in `text` (analysed as `at`), in text order, each keyed as
  // the place's English name (NameKey), so that it meets the place named in other languages,
  // with Mention::known its gazetteer entry. Only words of a caseless script are read
  // (IsCaseless); a country is looked for before a city.
  std::vector<Mention> Find(std::string_view text, const AnalyzedText& at) const;

  // The key (NameKey of the English name) of the major city or country that `name`, written
  // alone in a caseless script and in any of the languages read, names ("القاهرة", "东京": a
  // dateline's place); empty when none does. (NameKey of such a name may meet another town's:
  // "东京" keys like Dongying.)
  std::string KeyOf(std::string_view name) const;

 private:
  // The major city the folded word names, its Arabic clitics and article stripped, as
  // (English name, ISO country); null when none.
  const std::pair<std::string, std::string>* City(std::string_view folded) const;

  const Gazetteer& gazetteer_;
  CountryFinder countries_;
  // Folded name, in any of the languages read → (English name, ISO country); a name two cities
  // share maps to an empty English name.
  absl::flat_hash_map<std::string, std::pair<std::string, std::string>> cities_;
};

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_CASELESS_NAMES_H_
