// Dateline places as mentions (DatelineMentions).
#include "geo/dateline_mentions.h"

#include <algorithm>

#include "entities/name_key.h"
#include "geo/dateline.h"
#include "geo/qualifier.h"

namespace storytrace {

std::vector<Mention> DatelineMentions(std::string_view text, std::string_view dateline,
                                      const Gazetteer& gazetteer) {
  std::vector<Mention> out;
  const size_t at = DatelineInText(text, dateline);
  if (at == std::string_view::npos) return out;
  const DatelinePlaces dl = PlacesOfDateline(dateline);
  const std::optional<Qualifier> q = ReadQualifier(gazetteer, dl.qualifier);
  std::vector<std::string> words = dl.places;
  if (!dl.qualifier.empty()) words.push_back(dl.qualifier);
  size_t from = at;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    const size_t b = text.find(w, from);
    if (b == std::string_view::npos || b >= at + dateline.size()) break;
    from = b + w.size();
    const bool qualifier = i >= dl.places.size();
    Mention m;
    m.begin = static_cast<uint32_t>(b);
    m.end = static_cast<uint32_t>(b + w.size());
    m.text = w;
    // The qualifier keyed as the place it names ("N.Y." as New York); a place as the namesake
    // the qualifier fits ("BUFFALO, N.Y.": Buffalo, New York), else the gazetteer's best.
    m.key = qualifier && q ? q->key : NameKey(w);
    m.known = !qualifier && q ? PlaceIn(gazetteer, m.key, *q) : nullptr;
    if (m.known == nullptr) m.known = gazetteer.Best(m.key, {});
    if (m.known == nullptr || m.known->type != "LOC") continue;
    m.type = "LOC";
    out.push_back(std::move(m));
  }
  return out;
}

void AddDatelineMentions(std::string_view text, std::string_view dateline,
                         const Gazetteer& gazetteer, uint32_t from, std::vector<Mention>* found) {
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
