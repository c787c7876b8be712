// Dateline places as mentions (DatelineMentions).
#include "geo/dateline_mentions.h"

#include <algorithm>

#include "entities/name_key.h"
#include "geo/dateline.h"
#include "text/state_abbreviations.h"

namespace storytrace {
namespace {

// The place entry `key` names (LOC), or null: a town in the division `state` names (a state's
// name, "" none) or in the country `iso` names ("" none) first ("BUFFALO, N.Y.": Buffalo, New
// York, not a namesake elsewhere), else the gazetteer's best.
const GazetteerEntry* PlaceEntry(const Gazetteer& g, const std::string& key,
                                 std::string_view state, const std::string& iso) {
  const auto* regions = state.empty() ? nullptr : g.RegionsByKey(NameKey(state));
  for (const GazetteerEntry* e : g.Places(key)) {
    if (!e->lat) continue;
    if (!iso.empty() && e->country == iso) return e;
    for (size_t i = 0; regions != nullptr && i < regions->size(); ++i) {
      const Region* r = (*regions)[i];
      if (r->country == e->country && r->admin1 == e->admin1) return e;
    }
  }
  const GazetteerEntry* e = g.Best(key, {});
  return e != nullptr && e->type == "LOC" ? e : nullptr;
}

}  // namespace

std::vector<Mention> DatelineMentions(std::string_view text, std::string_view dateline,
                                      const Gazetteer& gazetteer) {
  std::vector<Mention> out;
  if (dateline.empty()) return out;
  size_t at = text.find(dateline);
  while (at != std::string_view::npos && at > 0 && text[at - 1] != '\n') {
    at = text.find(dateline, at + 1);
  }
  if (at == std::string_view::npos) return out;
  const DatelinePlaces dl = PlacesOfDateline(dateline);
  std::vector<std::string> words = dl.places;
  if (!dl.qualifier.empty()) words.push_back(dl.qualifier);
  const AbbreviatedState qualifier_state = StateOfAbbreviation(dl.qualifier);
  const std::string qualifier_country =
      dl.qualifier.empty() ? std::string() : gazetteer.CountryByKey(NameKey(dl.qualifier));
  const std::string_view state_name =
      !qualifier_state.name.empty() ? qualifier_state.name
      : qualifier_country.empty()   ? std::string_view(dl.qualifier)
                                    : std::string_view();
  size_t from = at;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    const size_t b = text.find(w, from);
    if (b == std::string_view::npos || b >= at + dateline.size()) break;
    from = b + w.size();
    const bool qualifier = i >= dl.places.size();
    const AbbreviatedState state = qualifier ? StateOfAbbreviation(w) : AbbreviatedState{};
    Mention m;
    m.begin = static_cast<uint32_t>(b);
    m.end = static_cast<uint32_t>(b + w.size());
    m.text = w;
    m.key = NameKey(state.name.empty() ? std::string_view(w) : state.name);
    m.known = qualifier ? PlaceEntry(gazetteer, m.key, "", "")
                        : PlaceEntry(gazetteer, m.key, state_name, qualifier_country);
    if (m.known == nullptr) continue;
    m.type = "LOC";
    out.push_back(std::move(m));
  }
  return out;
}

void AddDatelineMentions(std::string_view text, std::string_view dateline,
                         const Gazetteer& gazetteer, uint32_t from, std::vector<Mention>* found) {
  if (dateline.empty()) return;
  for (Mention& d : DatelineMentions(text, dateline, gazetteer)) {
    if (d.begin < from) continue;
    auto overlapping = [&](const Mention& x) { return x.begin < d.end && d.begin < x.end; };
    if (std::any_of(found->begin(), found->end(),
                    [&](const Mention& x) { return overlapping(x) && !x.type.empty(); })) {
      continue;  // the finder named it already
    }
    std::erase_if(*found, overlapping);
    auto after = std::lower_bound(found->begin(), found->end(), d.begin,
                                  [](const Mention& x, uint32_t at) { return x.begin < at; });
    found->insert(after, std::move(d));
  }
}

}  // namespace storytrace
