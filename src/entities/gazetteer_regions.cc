// First-level divisions as places of their own (Gazetteer::AddRegions).
#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "entities/gazetteer.h"
#include "entities/name_key.h"
#include "text/normalizer.h"

namespace storytrace {
namespace {

// Fewer towns of the list than this, and a division is too small to be named on its own in
// the news (the parishes of the Isle of Man and Jersey, the districts of Anguilla).
constexpr size_t kMinTowns = 30;
// A division with fewer towns gives way to a regional centre or major city of another country
// named alike.
constexpr size_t kMinTownsAgainstACity = 150;

// A division named by its direction or position only ("Northern", "Centre", "Littoral"), by a
// word of its own ("Australian", "Meta"), or by a phrase cut at a lower-case word.
bool NamesNoDivisionAlone(std::string_view base) {
  static const std::unordered_set<std::string_view> words = {
      "north",     "south",     "east",       "west",      "northern",  "southern",
      "eastern",   "western",   "central",    "centre",    "center",    "northeast",
      "northwest", "southeast", "southwest",  "nord",      "sud",       "est",
      "ouest",     "norte",     "sur",        "este",      "oeste",     "centro",
      "federal",   "nacional",  "national",   "litoral",   "littoral",  "plateau",
      "coast",     "lakes",     "islands",    "upper",     "lower",     "middle",
      "interior",  "capital",   "metropolitana",
      // words and adjectives of their own ("Australian" of the Capital Territory, "Balkan"
      // for Turkmenistan's, "Meta" the company, "Marches" a verb)
      "australian", "oriental", "balkan", "meta", "marches"};
  return words.count(FoldForMatching(base)) > 0 ||
         (!base.empty() && base[0] >= 'a' && base[0] <= 'z');  // "in Muslim Mindanao"
}

}  // namespace

void Gazetteer::AddRegions() {
  // Every name of every division large enough: its own (without division words) and its
  // other names ("Bayern" of Bavaria), keyed.
  struct Name {
    const Region* region;
    std::string key, spelling;
  };
  std::vector<Name> names;
  for (const auto& r : regions_) {
    if (r->places < kMinTowns) continue;
    if (r->key.size() >= 4 && !NamesNoDivisionAlone(r->base)) {
      names.push_back({r.get(), r->key, r->base});
    }
    for (const std::string& other : r->other_names) {
      if (std::string key = NameKey(other); key != r->key) names.push_back({r.get(), key, other});
    }
  }
  // Per key, the division with the most towns (Florida in the US, not Uruguay's).
  std::unordered_map<std::string, const Region*> best;
  for (const Name& n : names) {
    const Region*& b = best[n.key];
    if (b == nullptr || n.region->places > b->places) b = n.region;
  }
  std::unordered_map<const Region*, size_t> placed;  // → its entry of curated_places_
  for (const Name& n : names) {  // in the list's order: deterministic
    const Region* r = n.region;
    if (best[n.key] != r) continue;
    std::vector<GazetteerEntry>& v = by_key_[n.key];
    // A curated place or a country of that name, a regional centre or major city of the
    // division's country (Madrid, Bern), or one elsewhere against a small division (the city
    // of Santander, not Colombia's department) keeps the name; a mere town does not (Florida,
    // New York, is a village).
    bool taken = std::any_of(v.begin(), v.end(), [&](const GazetteerEntry& e) {
      if (!e.lat || e.is_country) return true;
      if (!e.seat && !e.major) return false;
      return e.country == r->country || r->places < kMinTownsAgainstACity;
    });
    if (taken) continue;
    // The name as GeoNames writes it when only separators differ ("North Rhine-Westphalia").
    const std::string& name = AsciiLetters(r->name) == r->letters ? r->name : r->base;
    GazetteerEntry e;
    e.canonical = name;
    e.type = "LOC";
    e.country = r->country;
    e.admin1 = r->admin1;
    e.region = true;
    // Ahead of the cities (Best takes an entry without a point first, as curated).
    v.insert(v.begin(), e);
    added_spellings_.insert(FoldForMatching(n.spelling));
    added_spellings_.insert(FoldForMatching(name));
    auto [at, first] = placed.emplace(r, curated_places_.size());
    if (first) curated_places_.push_back({name, r->country, r->admin1, {}});
    curated_places_[at->second].keys.push_back(n.key);
  }
}

}  // namespace storytrace
