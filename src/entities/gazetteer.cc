// Gazetteer lookups and the choice of a place among namesakes.
#include "entities/gazetteer.h"

#include <tuple>

#include "entities/name_key.h"
#include "text/normalizer.h"

namespace storytrace {

std::string AsciiLetters(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c >= 'a' && c <= 'z')
      out += c;
    else if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

const std::vector<GazetteerEntry>* Gazetteer::Find(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &it->second;
}

const std::vector<const Region*>* Gazetteer::RegionsByKey(const std::string& key) const {
  auto it = regions_by_key_.find(key);
  return it == regions_by_key_.end() ? nullptr : &it->second;
}

const std::vector<const Region*>* Gazetteer::RegionsByLetters(std::string_view letters) const {
  auto it = regions_by_letters_.find(std::string(letters));
  return it == regions_by_letters_.end() ? nullptr : &it->second;
}

std::string Gazetteer::CountryByKey(const std::string& key) const {
  auto it = country_by_key_.find(key);
  return it == country_by_key_.end() ? std::string() : it->second;
}

std::string Gazetteer::CountryName(const std::string& iso) const {
  auto it = country_names_.find(iso);
  return it == country_names_.end() ? iso : it->second;
}

std::optional<GeoPoint> Gazetteer::CountryCentre(const std::string& iso) const {
  auto it = country_centres_.find(iso);
  if (it == country_centres_.end()) return std::nullopt;
  return it->second;
}

std::vector<const GazetteerEntry*> Gazetteer::Places(const std::string& key) const {
  std::vector<const GazetteerEntry*> out;
  if (const auto* v = Find(key)) {
    for (const GazetteerEntry& e : *v) {
      if (e.type == "LOC" && !e.is_country) out.push_back(&e);
    }
  }
  if (auto it = by_part_key_.find(key); it != by_part_key_.end()) {
    for (const GazetteerEntry& e : it->second) out.push_back(&e);
  }
  return out;
}

const GazetteerEntry* Gazetteer::Best(const std::string& key,
                                      const std::vector<std::string>& context_countries) const {
  const auto* v = Find(key);
  if (v == nullptr || v->empty()) return nullptr;
  // Curated entries, countries and divisions come before any city.
  if (!v->front().lat || v->front().is_country) return &v->front();
  for (const auto& c : context_countries) {
    for (const auto& e : *v) {
      if (e.country == c) return &e;
    }
  }
  for (const auto& e : *v) {
    if (e.major) return &e;
  }
  for (const auto& e : *v) {
    if (e.seat) return &e;
  }
  return &v->front();
}

std::optional<ResolvedPlace> Gazetteer::Place(const GazetteerEntry& e, bool settled) const {
  ResolvedPlace p;
  p.name = e.canonical;
  p.country = e.country;
  p.settled = settled;
  if (e.is_country) {
    auto centre = CountryCentre(e.country);
    if (!centre) return std::nullopt;
    p.name = CountryName(e.country);
    p.id = "country:" + e.country;
    p.kind = "country";
    p.point = *centre;
    return p;
  }
  if (e.lat) {
    p.seat = e.seat;
    p.major = e.major;
    p.id = "city:" + e.country + ":" + e.admin1 + ":" + NameKey(e.canonical);
    p.kind = "city";
    p.point = {*e.lat, *e.lng};
    return p;
  }
  auto a = anchors_.find(e.canonical + '\t' + e.country);
  if (a == anchors_.end()) return std::nullopt;
  const Anchor& anchor = a->second;
  p.point = anchor.point;
  if (anchor.region != nullptr) {
    p.id = "region:" + e.country + ":" + anchor.admin1;
    p.kind = "region";
  } else {
    p.id = "city:" + e.country + ":" + anchor.admin1 + ":" + anchor.city_key;
    p.kind = "city";
  }
  return p;
}

std::optional<ResolvedPlace> Gazetteer::Resolve(const std::string& key,
                                                const PlaceContext& context) const {
  auto weight = [](const std::unordered_map<std::string, double>& m, const std::string& country) {
    auto it = m.find(country);
    return it == m.end() ? 0.0 : it->second;
  };
  auto in_region = [&](const std::vector<const Region*>& regions, const GazetteerEntry& e,
                       const std::string& admin1) {
    std::string letters;
    for (const Region* r : regions) {
      if (r->country != e.country || r->admin1 != admin1) continue;
      if (letters.empty()) letters = AsciiLetters(e.canonical);
      if (r->letters != letters) return 1;
    }
    return 0;
  };
  // Evidence first (a named region, then the named country), then the priors.
  // region, qualifying country, country, curated, towns, major city, seat
  using Score = std::tuple<int, int, double, int, double, int, int>;
  if (std::string iso = CountryByKey(key); !iso.empty()) {
    GazetteerEntry country{CountryName(iso), "LOC", iso, std::nullopt,
                           std::nullopt,     true,  "",  false};
    if (auto p = Place(country, true)) return p;
  }
  std::vector<const GazetteerEntry*> places = Places(key);
  if (!places.empty()) {
    bool any_curated = false, any_known = false;  // known: curated or a major city
    for (const GazetteerEntry* p : places) {
      any_curated |= p->curated_or_country();
      any_known |= p->curated_or_country() || p->major;
    }
    const GazetteerEntry* best = nullptr;
    Score best_score, second_score{-1, -1, -1, -1, -1, -1, -1};
    for (const GazetteerEntry* p : places) {
      const GazetteerEntry& e = *p;
      std::string admin1 = e.admin1;
      if (!e.lat) {
        auto a = anchors_.find(e.canonical + '\t' + e.country);
        if (a != anchors_.end()) admin1 = a->second.admin1;
      }
      // A division named on its own is named: its namesake village in another division the
      // text names does not win over it ("New York and Florida": not Florida, NY).
      const bool curated = e.curated_or_country();
      // Evidence from elsewhere in the article counts for a village against a well-known
      // namesake only where it qualifies the name.
      const bool well_known = curated || e.region || e.seat || e.major;
      const bool qualified_region = in_region(context.qualifier_regions, e, admin1) > 0;
      const int qualified_country = !e.country.empty() && e.country == context.qualifier_country;
      int region = e.region ? 1 : qualified_region ? 2 : in_region(context.regions, e, admin1);
      if (any_curated && !well_known && !qualified_region) region = 0;
      double country = weight(context.countries, e.country);
      if (any_known && !well_known && !qualified_country) country = 0;
      Score s{region, qualified_country, country, curated ? 1 : 0,
              weight(context.towns, e.country), e.major, e.seat};
      if (best == nullptr || s > best_score) {
        if (best != nullptr) second_score = best_score;
        best = &e;
        best_score = s;
      } else if (s > second_score) {
        second_score = s;
      }
    }
    if (best == nullptr) return std::nullopt;
    auto evidence = [](const Score& x) {
      return std::make_tuple(std::get<0>(x), std::get<1>(x), std::get<2>(x), std::get<4>(x));
    };
    bool settled = places.size() == 1 || evidence(best_score) > evidence(second_score);
    return Place(*best, settled);
  }
  // A division named on its own ("Texas", "Bavaria" as GeoNames spells them).
  const auto* rs = RegionsByKey(key);
  if (rs == nullptr) return std::nullopt;
  const Region* best = nullptr;
  double best_weight = -1, second_weight = -1;
  for (const Region* r : *rs) {
    if (r->places == 0) continue;
    double w = weight(context.countries, r->country) + weight(context.towns, r->country);
    if (w > best_weight) {
      second_weight = best_weight;
      best = r;
      best_weight = w;
    } else if (w > second_weight) {
      second_weight = w;
    }
  }
  if (best == nullptr) return std::nullopt;
  ResolvedPlace p = RegionPlace(*best);
  p.settled = best_weight > second_weight;
  return p;
}

ResolvedPlace Gazetteer::RegionPlace(const Region& r) const {
  ResolvedPlace p;
  p.id = "region:" + r.country + ":" + r.admin1;
  p.name = r.name;
  p.kind = "region";
  p.country = r.country;
  p.point = r.centre;
  p.settled = true;
  return p;
}

void Gazetteer::AddGivenName(std::string_view lang, std::string_view name) {
  given_names_.insert(std::string(lang) + '\t' + FoldForMatching(name));
}

bool Gazetteer::IsGivenName(std::string_view lang, const std::string& folded) const {
  if (given_names_.empty()) return false;
  std::string k;
  k.reserve(lang.size() + 1 + folded.size());
  k.append(lang).append(1, '\t').append(folded);
  return given_names_.count(k) > 0;
}

}  // namespace storytrace
