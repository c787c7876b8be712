// Story-level reconciliation and counting of places.
#include "geo/story_places.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

namespace storytrace {
namespace {

std::vector<std::string> Keys(const std::string& keys) {
  std::vector<std::string> out;
  std::istringstream in(keys);
  for (std::string k; in >> k;) out.push_back(k);
  return out;
}

// Gives the unsettled rows of one story the place the story settled for one of their names.
void Reconcile(std::vector<StoryPlaceRow*>& story) {
  // name key → place id → articles that settled the name on that place
  std::unordered_map<std::string, std::map<std::string, int>> votes;
  std::unordered_map<std::string, const ArticlePlace*> settled_place;
  for (const StoryPlaceRow* r : story) {
    if (!r->place.settled) continue;
    settled_place.emplace(r->place.place_id, &r->place);
    for (const std::string& k : Keys(r->place.keys)) ++votes[k][r->place.place_id];
  }
  for (StoryPlaceRow* r : story) {
    if (r->place.settled) continue;
    const ArticlePlace* to = nullptr;
    int best = 0;
    for (const std::string& k : Keys(r->place.keys)) {
      auto v = votes.find(k);
      if (v == votes.end()) continue;
      for (const auto& [id, n] : v->second) {
        if (n > best) {
          best = n;
          to = settled_place[id];
        }
      }
    }
    if (to == nullptr || to->place_id == r->place.place_id) continue;
    ArticlePlace& p = r->place;
    p.place_id = to->place_id;
    p.name = to->name;
    p.kind = to->kind;
    p.country = to->country;
    p.lat = to->lat;
    p.lng = to->lng;
    p.settled = true;
  }
}

}  // namespace

std::vector<StoryPlace> AggregatePlaces(std::vector<StoryPlaceRow> rows) {
  std::map<std::string, std::vector<StoryPlaceRow*>> by_story;
  for (StoryPlaceRow& r : rows) by_story[r.story_id].push_back(&r);
  for (auto& [story, list] : by_story) Reconcile(list);

  struct Tally {
    StoryPlace place;
    std::set<std::string> articles, focus_articles;
    std::vector<std::pair<std::string, int>> names;  // display names in order of first use
  };
  std::vector<Tally> tallies;
  std::unordered_map<std::string, size_t> by_id;
  for (const StoryPlaceRow& r : rows) {
    const ArticlePlace& p = r.place;
    auto [it, fresh] = by_id.emplace(p.place_id, tallies.size());
    if (fresh) {
      Tally t;
      t.place = {p.place_id, p.name, p.kind, p.country, p.lat, p.lng};
      tallies.push_back(std::move(t));
    }
    Tally& t = tallies[it->second];
    t.place.mentions += p.mentions;
    if (t.articles.insert(r.article_id).second) {
      auto n = std::find_if(t.names.begin(), t.names.end(),
                            [&](const auto& x) { return x.first == p.name; });
      if (n == t.names.end())
        t.names.emplace_back(p.name, 1);
      else
        ++n->second;
    }
    if (p.focus) t.focus_articles.insert(r.article_id);
  }
  std::vector<StoryPlace> out;
  for (Tally& t : tallies) {
    t.place.articles = static_cast<int>(t.articles.size());
    t.place.focus_articles = static_cast<int>(t.focus_articles.size());
    int most = 0;  // the name most articles use; on a tie the first used
    for (const auto& [name, n] : t.names) {
      if (n > most) {
        most = n;
        t.place.name = name;
      }
    }
    out.push_back(std::move(t.place));
  }
  auto rank = [](const StoryPlace& a, const StoryPlace& b) {
    if (a.articles != b.articles) return a.articles > b.articles;
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.name < b.name;
  };
  std::sort(out.begin(), out.end(), rank);
  auto focus =
      std::max_element(out.begin(), out.end(), [&](const StoryPlace& a, const StoryPlace& b) {
        if (a.focus_articles != b.focus_articles) return a.focus_articles < b.focus_articles;
        return rank(b, a);  // on a tie the one ranked first
      });
  if (focus != out.end() && focus->focus_articles > 0) {
    focus->focus = true;
    std::rotate(out.begin(), focus, focus + 1);
  }
  return out;
}

}  // namespace storytrace
