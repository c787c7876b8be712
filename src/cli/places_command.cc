// The places listing: stored article places aggregated per story (src/geo/story_places.h).
#include "cli/places_command.h"

#include <fmt/format.h>

#include <iostream>

#include "cli/command_support.h"
#include "cli/output.h"
#include "core/article_json.h"
#include "geo/story_places.h"
#include "store/store.h"

namespace storytrace {

int RunPlaces(const CommonOptions& o) {
  OutputFormat f;
  int rc = kExitOk;
  auto store = OpenForListing(o, &f, &rc);
  if (!store) return rc;
  std::string story_id;
  if (!o.story.empty()) {
    // A story merged into another answers with that story.
    auto story = store->GetStory(o.story);
    if (Failed(story)) return kExitFailure;
    if (!story.value()) {
      Error(fmt::format("no story '{}'", o.story));
      return kExitFailure;
    }
    story_id = story.value()->id;
  }
  auto rows = store->ListPlaceRows(story_id);
  if (Failed(rows)) return kExitFailure;
  std::vector<nlohmann::ordered_json> out;
  for (const StoryPlace& p : AggregatePlaces(std::move(rows).value())) {
    if (o.limit >= 0 && static_cast<long long>(out.size()) >= o.limit) break;
    auto j = PlaceToJson(p.name, p.kind, p.country, p.lat, p.lng);
    j["articles"] = p.articles;
    j["mentions"] = p.mentions;
    j["focus_articles"] = p.focus_articles;
    if (!story_id.empty()) j["focus"] = p.focus;
    out.push_back(std::move(j));
  }
  WriteRows(std::cout, out, f,
            {{"name", "PLACE", 28},
             {"kind", "KIND", 7},
             {"country", "CC", 2},
             {"lat", "LAT", 9},
             {"lng", "LNG", 9},
             {"articles", "ARTS", 4},
             {"mentions", "N", 4},
             {"focus_articles", "FOCUS", 5}});
  return kExitOk;
}

}  // namespace storytrace
