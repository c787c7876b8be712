// Countries and major cities in Arabic and Chinese text.
#include "entities/caseless_names.h"

#include "entities/name_key.h"
#include "entities/zone_cities.h"
#include "text/normalizer.h"

namespace storytrace {
namespace {

// The languages of caseless scripts that CLDR spells city names in with a script ZoneCities
// keeps (Arabic or Han).
constexpr const char* kCaselessLanguages[] = {"ar", "fa", "ur", "zh", "ja"};

}  // namespace

CaselessNames::CaselessNames(const Gazetteer& gazetteer)
    : gazetteer_(gazetteer), countries_(gazetteer) {
  for (const char* lang : kCaselessLanguages) {
    for (const ZoneCity& z : ZoneCities({lang})) {
      for (const std::string& name : z.names) {
        std::string folded = FoldForMatching(name);
        if (!IsCaseless(folded)) continue;
        if (std::string_view(lang) != "zh" && std::string_view(lang) != "ja") {
          const auto bases = ArabicBases(folded);
          if (IsAmbiguousArabicPlace(bases.back())) continue;
        }
        auto [it, added] = cities_.emplace(folded, std::make_pair(z.english, z.country));
        if (!added && it->second.first != z.english) it->second.first.clear();  // shared
      }
    }
  }
}

const std::pair<std::string, std::string>* CaselessNames::City(std::string_view folded) const {
  for (std::string_view base : ArabicBases(folded)) {
    auto it = cities_.find(std::string(base));
    if (it != cities_.end()) return it->second.first.empty() ? nullptr : &it->second;
  }
  return nullptr;
}

std::string CaselessNames::KeyOf(std::string_view name) const {
  const std::string folded = FoldForMatching(name);
  if (!IsCaseless(folded)) return "";
  if (const auto* city = City(folded)) return NameKey(city->first);
  for (const char* lang : kCaselessLanguages) {
    std::string_view iso = countries_.Word(lang, folded);
    if (!iso.empty()) return NameKey(gazetteer_.CountryName(std::string(iso)));
  }
  return "";
}

std::vector<Mention> CaselessNames::Find(std::string_view text, const AnalyzedText& at) const {
  std::vector<Mention> out;
  const auto& toks = at.tokens;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].span.kind != TokenKind::kWord || !IsCaseless(toks[i].folded)) continue;
    // A two-word name (كوريا الجنوبية) takes both words; CountryFinder::At reads a pair at its
    // second word.
    const size_t first = i;
    std::string iso;
    std::string english;
    bool country = true;
    if (i + 1 < toks.size() && toks[i + 1].span.kind == TokenKind::kWord &&
        toks[i + 1].span.begin <= toks[i].span.end + 1) {
      iso = std::string(countries_.Pair(at.lang, toks[i].folded, toks[i + 1].folded));
      if (!iso.empty()) ++i;
    }
    if (iso.empty()) iso = std::string(countries_.At(at, i));
    if (!iso.empty()) {
      english = gazetteer_.CountryName(iso);
    } else if (const auto* city = City(toks[i].folded)) {
      english = city->first;
      iso = city->second;
      country = false;
    } else {
      continue;
    }
    Mention m;
    m.begin = toks[first].span.begin;
    m.end = toks[i].span.end;
    m.text = std::string(text.substr(m.begin, m.end - m.begin));
    m.type = "LOC";
    m.key = NameKey(english);
    if (const auto* entries = gazetteer_.Find(m.key)) {
      for (const GazetteerEntry& e : *entries) {
        if (e.country != iso || e.is_country != country) continue;
        if (m.known == nullptr || (e.major && !m.known->major)) m.known = &e;  // a city: major first
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace storytrace
