// Context building, resolution, support and focus of an article's places.
#include "geo/geotagger.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "entities/caseless_names.h"
#include "entities/name_key.h"
#include "geo/dateline.h"
#include "geo/qualifier.h"
#include "text/normalizer.h"
#include "text/state_abbreviations.h"

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
  // What qualifies the name where it stands: the dateline's country or region for its places,
  // the division or country after a comma in the text ("Moscow, Idaho", "Dekalb, Ill.").
  std::optional<Qualifier> qualifier;
  // The division this name is where it qualifies a town ("Kent, Washington": the state).
  const Region* as_qualifier = nullptr;
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

// Whether `key` (NameKey) names a planet, moon or star news writes about more often than its
// namesake towns ("Earth", Texas; "Mars", Pennsylvania; "Jupiter", Florida): such a name is a
// town only where a qualifier says so ("Jupiter, Fla.").
bool CelestialBody(const std::string& key) {
  static const std::unordered_set<std::string> kBodies = {
      NameKey("Earth"),  NameKey("Mars"),    NameKey("Jupiter"), NameKey("Venus"),
      NameKey("Saturn"), NameKey("Mercury"), NameKey("Neptune"), NameKey("Uranus"),
      NameKey("Pluto"),  NameKey("Moon"),    NameKey("Sun"),     NameKey("Europa"),
      NameKey("Titan"),  NameKey("Ganymede")};
  return kBodies.count(key) > 0;
}

// Whether articles in `lang` are mostly written in country `iso`, so that a town of it the
// article names needs no other support: German local news names its towns and rarely its
// country ("Geesthacht", "Kirchheim"). Only the languages of a few countries each.
bool WrittenIn(std::string_view lang, std::string_view iso) {
  if (lang == "de") return iso == "DE" || iso == "AT" || iso == "CH";
  return false;
}

// The word after `end` in `text` when a comma and a space come first ("Moscow, Idaho": "Idaho";
// "Dekalb, Ill.": "Ill."): letters, periods and hyphens, up to 20 bytes; empty otherwise.
std::string_view WordAfterComma(std::string_view text, size_t end) {
  if (end + 2 >= text.size() || text.substr(end, 2) != ", ") return {};
  size_t b = end + 2, e = b;
  while (e < text.size() && e - b < 20 &&
         (IsWordByte(static_cast<unsigned char>(text[e])) || text[e] == '.' || text[e] == '-')) {
    ++e;
  }
  // A capitalised word only; a sentence's period is no part of a full name ("Ohio.").
  if (e == b || !IsCapitalAt(text, b)) return {};
  std::string_view w = text.substr(b, e - b);
  if (w.size() > 2 && w.back() == '.' && StateOfAbbreviation(w).name.empty()) w.remove_suffix(1);
  return w;
}

// The division a mention names when "state" follows it or ends it ("New York state",
// "Washington State": the state, not the city); null otherwise.
const Region* DivisionOfState(const Gazetteer& g, std::string_view text, const EntityMention& m) {
  const std::string_view rest = text.substr(std::min<size_t>(m.end, text.size()), 7);
  std::string_view base;
  if ((rest.starts_with(" state") || rest.starts_with(" State")) &&
      (rest.size() == 6 || !IsWordByte(static_cast<unsigned char>(rest[6])))) {
    base = m.text;
  } else if (m.text.size() > 6 && (m.text.ends_with(" State") || m.text.ends_with(" state"))) {
    base = std::string_view(m.text).substr(0, m.text.size() - 6);
  }
  if (base.empty()) return nullptr;
  const auto* rs = g.RegionsByKey(NameKey(base));
  return rs != nullptr && rs->size() == 1 ? rs->front() : nullptr;
}

// The country or division after a comma that qualifies mention `m` (keyed `key`) of a town
// ("San Ysidro, California,", "Dekalb, Ill."), when a namesake lies there; nullopt for a
// country's or division's name ("Iceland, Bulgaria", "Texas, Ohio") and for a list. A qualifier
// of two words ("New Mexico") is the next mention, which is then set off by punctuation after
// it as well ("Atlanta, Washington and Boston" is a list); that mention is put in `*named`.
std::optional<Qualifier> QualifierAfter(const Gazetteer& g, std::string_view text,
                                        const std::vector<EntityMention>& mentions,
                                        const EntityMention& m, const std::string& key,
                                        const EntityMention** named) {
  *named = nullptr;
  std::string_view after = WordAfterComma(text, m.end);
  if (after.empty() || !g.CountryByKey(key).empty()) return std::nullopt;
  if (std::vector<const GazetteerEntry*> p = g.Places(key);
      p.empty() ? g.RegionsByKey(key) != nullptr : p.front()->region) {
    return std::nullopt;  // a division by this name first (Texas; Moscow is the city, then the oblast)
  }
  for (const EntityMention& q : mentions) {
    if (q.begin == m.end + 2 && q.type == "LOC") *named = &q;
  }
  if (*named != nullptr) {
    after = text.substr((*named)->begin, (*named)->end - (*named)->begin);
    if ((*named)->end < text.size() &&
        std::string_view(",.;:)\n").find(text[(*named)->end]) == std::string_view::npos) {
      return std::nullopt;
    }
  }
  std::optional<Qualifier> q = ReadQualifier(g, after);
  if (!q || PlaceIn(g, key, *q) == nullptr) return std::nullopt;
  return q;
}

}  // namespace

std::vector<ArticlePlace> Geotagger::Tag(std::string_view text, std::string_view dateline,
                                         const std::vector<EntityMention>& mentions,
                                         std::string_view lang) const {
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
  // The article's context.
  PlaceContext context;
  std::vector<std::pair<std::string, const Region*>> qualifier_names;  // "Washington" of "Kent, …"
  if (std::optional<Qualifier> q = ReadQualifier(g, dl.qualifier)) {
    if (!q->country.empty()) context.countries[q->country] += kDatelineQualifier;
    context.regions = q->regions;
    // The qualifier named in the text ("N.Y." of "BUFFALO, N.Y. —", a mention keyed as New
    // York) is the division.
    if (q->regions.size() == 1) qualifier_names.emplace_back(q->key, q->regions.front());
    for (Name& n : names) {  // the dateline's places so far
      if (PlaceIn(g, n.key, *q) != nullptr) n.qualifier = q;
    }
  }
  // Where the text holds the dateline (a paper's own, "MADRID — …"): its places' mentions
  // there are the dateline's, counted once.
  const size_t dateline_at = DatelineInText(text, dateline);
  for (const EntityMention& m : mentions) {
    if (m.type != "LOC") continue;
    const std::string key = m.key.empty() ? NameKey(m.text) : m.key;
    if (dateline_at != std::string_view::npos && m.begin >= dateline_at &&
        m.end <= dateline_at + dateline.size()) {
      auto it = by_key.find(key);
      if (it != by_key.end() && names[it->second].dateline >= 0) continue;
    }
    add(key, m.begin + 1, -1);
    if (const Region* division = DivisionOfState(g, text, m)) {
      qualifier_names.emplace_back(key, division);
    }
    const EntityMention* named = nullptr;
    std::optional<Qualifier> q = QualifierAfter(g, text, mentions, m, key, &named);
    if (!q) continue;
    if (named != nullptr && q->regions.size() == 1) {
      qualifier_names.emplace_back(named->key.empty() ? NameKey(named->text) : named->key,
                                   q->regions.front());
    }
    for (const Region* r : q->regions) {
      if (std::find(context.regions.begin(), context.regions.end(), r) == context.regions.end()) {
        context.regions.push_back(r);
      }
    }
    if (auto at = by_key.find(key); at != by_key.end() && !names[at->second].qualifier) {
      names[at->second].qualifier = std::move(q);
    }
  }
  for (const auto& [key, region] : qualifier_names) {
    auto at = by_key.find(key);
    if (at != by_key.end() && names[at->second].dateline < 0) names[at->second].as_qualifier = region;
  }
  if (names.empty()) return out;
  bool ambiguous = false;
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
    if (names[i].as_qualifier != nullptr) {
      resolved[i] = g.RegionPlace(*names[i].as_qualifier);
    } else if (names[i].qualifier) {
      PlaceContext qualified = context;
      qualified.qualifier_country = names[i].qualifier->country;
      qualified.qualifier_regions = names[i].qualifier->regions;
      resolved[i] = g.Resolve(names[i].key, qualified);
    } else if (!CelestialBody(names[i].key) || names[i].dateline >= 0) {
      resolved[i] = g.Resolve(names[i].key, context);
    }
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
    if (r->kind != "country" && !n.curated && n.dateline < 0 && !r->seat && !r->major) {
      auto s = supporters.find(r->country);
      bool self = r->settled;  // it counted itself among the supporters
      bool named = context.countries.count(r->country) && context.countries.at(r->country) > 0;
      bool region = false;
      for (const Region* reg : context.regions) region |= reg->country == r->country;
      if (!WrittenIn(lang, r->country) &&
          (s == supporters.end() || (s->second - self <= 0 && !named && !region))) {
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
