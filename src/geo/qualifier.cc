// Reading qualifiers (ReadQualifier) and the namesake they fit (PlaceIn).
#include "geo/qualifier.h"

#include "entities/name_key.h"
#include "text/state_abbreviations.h"

namespace storytrace {

std::optional<Qualifier> ReadQualifier(const Gazetteer& gazetteer, std::string_view written) {
  if (written.empty()) return std::nullopt;
  Qualifier q;
  q.key = NameKey(written);
  if (q.country = gazetteer.CountryByKey(q.key); !q.country.empty()) return q;
  const AbbreviatedState state = StateOfAbbreviation(written);
  if (!state.name.empty()) q.key = NameKey(state.name);
  const auto* regions = gazetteer.RegionsByKey(q.key);
  if (regions == nullptr) return std::nullopt;
  for (const Region* r : *regions) {
    if (state.name.empty() || r->country == state.country) q.regions.push_back(r);
  }
  if (q.regions.empty()) return std::nullopt;
  return q;
}

const GazetteerEntry* PlaceIn(const Gazetteer& gazetteer, const std::string& key, const Qualifier& q) {
  for (const GazetteerEntry* e : gazetteer.Places(key)) {
    if (!q.country.empty() && e->country == q.country) return e;
    for (const Region* r : q.regions) {
      if (e->lat && r->country == e->country && r->admin1 == e->admin1) return e;
    }
  }
  return nullptr;
}

}  // namespace storytrace
