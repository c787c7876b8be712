// First-level divisions as places of their own (Gazetteer::AddRegions).
#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "entities/gazetteer.h"
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
  // Per key, the division with the most towns (Florida in the US, not Uruguay's).
  std::unordered_map<std::string, const Region*> best;
  for (const auto& r : regions_) {
    if (r->places < kMinTowns || r->key.size() < 4 || NamesNoDivisionAlone(r->base)) continue;
    const Region*& b = best[r->key];
    if (b == nullptr || r->places > b->places) b = r.get();
  }
  for (const auto& r : regions_) {  // in the list's order: deterministic
    auto it = best.find(r->key);
    if (it == best.end() || it->second != r.get()) continue;
    std::vector<GazetteerEntry>& v = by_key_[r->key];
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
    added_spellings_.insert(FoldForMatching(r->base));
    added_spellings_.insert(FoldForMatching(name));
    curated_places_.push_back({name, r->country, r->admin1, {r->key}});
  }
}

}  // namespace storytrace
