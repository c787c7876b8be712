// What qualifies a place's name where it stands: the country or division after it ("Moscow,
// Idaho", "San Ysidro, California", "Toronto, ON") or in its dateline ("PARIS, Texas (AP)",
// "BUFFALO, N.Y.").
#ifndef STORYTRACE_GEO_QUALIFIER_H_
#define STORYTRACE_GEO_QUALIFIER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entities/gazetteer.h"

namespace storytrace {

struct Qualifier {
  std::string country;                 // ISO code when it names a country, else ""
  std::vector<const Region*> regions;  // the divisions it names, when it names divisions
  std::string key;                     // NameKey of the place it names ("N.Y.": New York)
};

// The country or divisions `written` names: a country's name, a division's name, or a US
// state's or Canadian province's abbreviation ("N.Y.", "Calif.", "ON"; its divisions in that
// country only). nullopt when it names none.
std::optional<Qualifier> ReadQualifier(const Gazetteer& gazetteer, std::string_view written);

// The first place `key` names (Gazetteer::Places order) that lies where `q` says: any entry of
// its country, or a town of the city list in one of its divisions; null when none. A qualifier
// no namesake fits is none: "Paris, Berlin, London" and "Aleppo, Deir ez-Zor, Al-Mayadeen" are
// lists, Berlin no division of Paris nor the governorate of Deir ez-Zor one of Aleppo.
const GazetteerEntry* PlaceIn(const Gazetteer& gazetteer, const std::string& key, const Qualifier& q);

}  // namespace storytrace

#endif  // STORYTRACE_GEO_QUALIFIER_H_
