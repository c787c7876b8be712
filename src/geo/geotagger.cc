// Context building, resolution, support and focus of an article's places.
#include "geo/geotagger.h"

#include <algorithm>
#include <unordered_map>

#include "entities/caseless_names.h"
#include "entities/name_key.h"
#include "geo/dateline.h"
#include "text/normalizer.h"

namespace storytrace {
namespace {

// Weights of what names a country: a country's name and a place only that country has are
// evidence per mention; a town of the city list only one country has is half as strong (many
// words are also the name of one town somewhere); the dateline's country outweighs a mention.
constexpr double kCountryMention = 1.0;
constexpr double kUniqueCurated = 1.0;
constexpr double kUniqueTown = 0.5;
constexpr double kDatelineQualifier = 3.0;

// One name of a place in the article, with its occurrences.
struct Name {
  std::string key;
  int count = 0;
  uint32_t first = 0;   // position of the first occurrence (the dateline is 0)
  int dateline = -1;    // index among the dateline's places, -1 when not there
  std::string country;  // the country this name alone adds to the context ("" none)
  double contribution = 0;
  bool town = false;     // the contribution is to PlaceContext::towns
  bool curated = false;  // a curated name (always kept)
  bool unique = false;   // one place has this name
};

int KindRank(const std::string& kind) { return kind == "city" ? 0 : kind == "region" ? 1 : 2; }

bool IsCapital(unsigned char c) { return c >= 'A' && c <= 'Z'; }
// Upper-case Latin-1 letters in UTF-8: C3 80..9E (À..Þ).
bool IsCapitalAt(std::string_view s, size_t i) {
  if (IsCapital(static_cast<unsigned char>(s[i]))) return true;
  return static_cast<unsigned char>(s[i]) == 0xC3 && i + 1 < s.size() &&
         static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(s[i + 1]) <= 0x9E;
}
bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Regions named by runs of one to three capitalised words of `text` ("Texas", "New Mexico",
// "North Rhine-Westphalia").
void AddNamedRegions(std::string_view text, const Gazetteer& g, PlaceContext* context) {
  std::vector<std::string> run;  // letters of the capitalised words in a row
  auto flush_word = [&](std::string letters) {
    run.push_back(std::move(letters));
    if (run.size() > 3) run.erase(run.begin());
    std::string joined;
    for (size_t k = run.size(); k-- > 0;) {
      joined = run[k] + joined;
      if (joined.size() < 4) continue;
      if (const auto* rs = g.RegionsByLetters(joined)) {
        for (const Region* r : *rs) {
          if (std::find(context->regions.begin(), context->regions.end(), r) ==
              context->regions.end()) {
            context->regions.push_back(r);
          }
        }
      }
    }
  };
  size_t i = 0;
  while (i < text.size()) {
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      // Spaces and hyphens keep a run of names going; anything else ends it.
      if (text[i] != ' ' && text[i] != '-') run.clear();
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsWordByte(static_cast<unsigned char>(text[j]))) ++j;
    if (IsCapitalAt(text, i)) {
      flush_word(AsciiLetters(text.substr(i, j - i)));
    } else {
      run.clear();
    }
    i = j;
  }
}

}  // namespace

std::vector<ArticlePlace> Geotagger::Tag(std::string_view text, std::string_view dateline,
                                         const std::vector<EntityMention>& mentions) const {
  std::vector<ArticlePlace> out;
  if (gazetteer_ == nullptr) return out;
  const Gazetteer& g = *gazetteer_;
  // The names, in order of first occurrence.
  std::vector<Name> names;
  std::unordered_map<std::string, size_t> by_key;
  auto add = [&](const std::string& key, uint32_t pos, int dateline_index) {
    if (key.empty()) return;
    auto [it, fresh] = by_key.emplace(key, names.size());
    if (fresh) {
      names.emplace_back();
      names.back().key = key;
      names.back().first = pos;
    }
    Name& n = names[it->second];
    ++n.count;
    if (dateline_index >= 0 && n.dateline < 0) n.dateline = dateline_index;
  };
  DatelinePlaces dl = PlacesOfDateline(dateline);
  for (size_t i = 0; i < dl.places.size(); ++i) {
    const std::string& place = dl.places[i];
    const CaselessNames* caseless = g.caseless();
    if (!IsCaseless(FoldForMatching(place))) {
      add(NameKey(place), 0, static_cast<int>(i));
    } else if (caseless != nullptr) {
      add(caseless->KeyOf(place), 0, static_cast<int>(i));
    }
  }
  for (const EntityMention& m : mentions) {
    if (m.type == "LOC") add(m.key.empty() ? NameKey(m.text) : m.key, m.begin + 1, -1);
  }
  if (names.empty()) return out;

  // The article's context.
  PlaceContext context;
  bool ambiguous = false;
  if (!dl.qualifier.empty()) {
    std::string key = NameKey(dl.qualifier);
    if (std::string iso = g.CountryByKey(key); !iso.empty()) {
      context.countries[iso] += kDatelineQualifier;
    } else if (const auto* rs = g.RegionsByKey(key)) {
      context.regions.insert(context.regions.end(), rs->begin(), rs->end());
    }
  }
  for (Name& n : names) {
    if (std::string iso = g.CountryByKey(n.key); !iso.empty()) {
      n.country = iso;
      n.contribution = kCountryMention * n.count;
      context.countries[iso] += n.contribution;
      continue;
    }
    std::vector<const GazetteerEntry*> candidates = g.Places(n.key);
    if (candidates.empty()) continue;
    const size_t places = candidates.size();
    const GazetteerEntry* only = candidates.front();
    n.curated = !only->lat;
    n.unique = places == 1;
    ambiguous |= places > 1;
    if (!n.unique || only->country.empty()) continue;
    n.country = only->country;
    n.town = only->lat.has_value();
    n.contribution = (n.town ? kUniqueTown : kUniqueCurated) * n.count;
    (n.town ? context.towns : context.countries)[n.country] += n.contribution;
  }
  // Regions named in the text decide among namesakes only: look for them when there are some.
  if (ambiguous) AddNamedRegions(text, g, &context);

  // Resolve. A town is kept when it is a regional seat (Paris, Porto) or the rest of the
  // article places something in its country: a country name, the dateline's country, a region,
  // or another name resolved on evidence (a country, a curated place, a place that is the only
  // one of its name, a namesake the context decided). Names chosen by a prior alone support
  // nothing.
  std::vector<std::optional<ResolvedPlace>> resolved(names.size());
  std::unordered_map<std::string, int> supporters;  // country → names resolved on evidence
  for (size_t i = 0; i < names.size(); ++i) {
    resolved[i] = g.Resolve(names[i].key, context);
    const auto& r = resolved[i];
    if (r && (r->kind == "country" || names[i].curated || r->settled)) ++supporters[r->country];
  }
  for (const auto& [iso, weight] : context.countries) {
    if (weight > 0 && !supporters.count(iso)) supporters[iso] = 0;
  }
  for (const Region* reg : context.regions) supporters.emplace(reg->country, 0);
  // Merge names of one place (Freiburg and Fribourg).
  struct Found {
    ArticlePlace place;
    uint32_t first;
    int dateline;
  };
  std::vector<Found> found;
  std::unordered_map<std::string, size_t> by_id;
  for (size_t i = 0; i < names.size(); ++i) {
    const Name& n = names[i];
    const auto& r = resolved[i];
    if (!r) continue;
    if (r->kind != "country" && !n.curated && n.dateline < 0 && !r->seat) {
      auto s = supporters.find(r->country);
      bool self = r->settled;  // it counted itself among the supporters
      bool named = context.countries.count(r->country) && context.countries.at(r->country) > 0;
      bool region = false;
      for (const Region* reg : context.regions) region |= reg->country == r->country;
      if (s == supporters.end() || (s->second - self <= 0 && !named && !region)) {
        continue;  // a word that is also a town somewhere
      }
    }
    auto [it, fresh] = by_id.emplace(r->id, found.size());
    if (fresh) {
      ArticlePlace p;
      p.place_id = r->id;
      p.name = r->name;
      p.kind = r->kind;
      p.country = r->country;
      p.lat = r->point.lat;
      p.lng = r->point.lng;
      p.settled = false;
      found.push_back({std::move(p), n.first, n.dateline});
    }
    Found& f = found[it->second];
    f.place.mentions += n.count;
    f.place.settled |= r->settled;
    f.place.keys += (f.place.keys.empty() ? "" : " ") + n.key;
    f.first = std::min(f.first, n.first);
    if (n.dateline >= 0 && (f.dateline < 0 || n.dateline < f.dateline)) f.dateline = n.dateline;
  }
  if (found.empty()) return out;

  // Focus: the first dateline place, else the most named.
  auto focus = std::min_element(found.begin(), found.end(), [](const Found& a, const Found& b) {
    bool ad = a.dateline >= 0, bd = b.dateline >= 0;
    if (ad != bd) return ad;
    if (ad && a.dateline != b.dateline) return a.dateline < b.dateline;
    if (a.place.mentions != b.place.mentions) return a.place.mentions > b.place.mentions;
    if (KindRank(a.place.kind) != KindRank(b.place.kind)) {
      return KindRank(a.place.kind) < KindRank(b.place.kind);
    }
    return a.first < b.first;
  });
  focus->place.focus = true;
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    if (a.place.focus != b.place.focus) return a.place.focus;
    if (a.place.mentions != b.place.mentions) return a.place.mentions > b.place.mentions;
    return a.first < b.first;
  });
  for (Found& f : found) out.push_back(std::move(f.place));
  return out;
}

}  // namespace storytrace
