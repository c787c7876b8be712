// Time zone exemplar cities (ICU TimeZoneNames).
#include "entities/zone_cities.h"

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include <algorithm>
#include <memory>

#include "text/normalizer.h"

namespace storytrace {
namespace {

// Whether `name` is written in Latin, Cyrillic, Arabic or Han script.
bool KeptScript(std::string_view name) {
  const UScriptCode script = WordScript(name);
  return script == USCRIPT_LATIN || script == USCRIPT_CYRILLIC || script == USCRIPT_ARABIC ||
         script == USCRIPT_HAN;
}

}  // namespace

std::vector<ZoneCity> ZoneCities(const std::vector<std::string>& langs) {
  std::vector<ZoneCity> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createTimeZoneIDEnumeration(
      UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  if (U_FAILURE(status) || zones == nullptr) return out;
  std::unique_ptr<icu::TimeZoneNames> english(
      icu::TimeZoneNames::createInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status) || english == nullptr) return out;
  std::vector<icu::UnicodeString> ids;
  while (const icu::UnicodeString* id = zones->snext(status)) {
    if (U_FAILURE(status)) break;
    char region[8] = {0};
    UErrorCode region_status = U_ZERO_ERROR;
    icu::TimeZone::getRegion(*id, region, sizeof(region), region_status);
    icu::UnicodeString city;
    english->getExemplarLocationName(*id, city);
    if (U_FAILURE(region_status) || std::string_view(region).size() != 2 || city.isEmpty()) continue;
    ZoneCity z;
    z.country = region;
    city.toUTF8String(z.english);
    out.push_back(std::move(z));
    ids.push_back(*id);
  }
  for (const std::string& lang : langs) {
    if (lang == "en") continue;
    UErrorCode s = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> names(
        icu::TimeZoneNames::createInstance(icu::Locale(lang.c_str()), s));
    if (U_FAILURE(s) || names == nullptr) continue;
    for (size_t i = 0; i < ids.size(); ++i) {
      icu::UnicodeString city;
      names->getExemplarLocationName(ids[i], city);
      std::string name;
      city.toUTF8String(name);
      if (!KeptScript(name)) continue;
      ZoneCity& z = out[i];
      if (name.empty() || name == z.english ||
          std::find(z.names.begin(), z.names.end(), name) != z.names.end()) {
        continue;
      }
      z.names.push_back(std::move(name));
    }
  }
  return out;
}

}  // namespace storytrace
