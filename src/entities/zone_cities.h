// Major cities and their names in many languages, from the time zone names of ICU's CLDR data:
// every zone is named after a city (Asia/Tokyo), and CLDR spells that city in each language
// ("Tokio", "Tóquio", "Токио", "طوكيو"). About 430 cities: capitals and the largest towns.
#ifndef STORYTRACE_ENTITIES_ZONE_CITIES_H_
#define STORYTRACE_ENTITIES_ZONE_CITIES_H_

#include <string>
#include <vector>

namespace storytrace {

struct ZoneCity {
  std::string country;             // ISO 3166-1 alpha-2 of the zone ("JP")
  std::string english;             // the English name ("Tokyo")
  std::vector<std::string> names;  // its names in `langs` that differ from the English one
};

// The cities of ICU's canonical location zones with their names in the languages `langs` (ISO
// 639-1 codes; a language ICU has no names for adds none), those written in Latin, Cyrillic,
// Arabic or Han script: names are matched by their ASCII key (NameKey), and the keys of other
// scripts meet words of the Latin one too often (Greek "Ζυρίχη" keys like German "Syrische").
// Zones without a country (Etc/UTC) or an English city name are left out. Deterministic (ICU's zone order); about 50 ms for 80
// languages.
std::vector<ZoneCity> ZoneCities(const std::vector<std::string>& langs);

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_ZONE_CITIES_H_
