// The places listing: stored article places aggregated per story (src/geo/story_places.h).
#include "cli/places_command.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/output.h"
#include "core/article_json.h"
#include "geo/story_places.h"
#include "store/store.h"

namespace storytrace {

int RunPlaces(const CommonOptions& o) {
  auto fail = [](const std::string& message) {
    std::cerr << "storytrace: " << message << "\n";
    return kExitFailure;
  };
  OutputFormat f;
  if (!ParseOutputFormat(o.format, &f)) {
    std::cerr << fmt::format("storytrace: unknown --format '{}' (table, json or jsonl)\n",
                             o.format);
    return kExitUsage;
  }
  if (!std::filesystem::exists(o.db)) {
    return fail(
        fmt::format("no database at {} (run 'storytrace ingest' first, or pass --db)", o.db));
  }
  auto store = Store::Open(o.db);
  if (!store.ok()) return fail(store.status().message());
  std::string story_id;
  if (!o.story.empty()) {
    // A story merged into another answers with that story.
    auto story = store.value()->GetStory(o.story);
    if (!story.ok()) return fail(story.status().message());
    if (!story.value()) return fail(fmt::format("no story '{}'", o.story));
    story_id = story.value()->id;
  }
  auto rows = store.value()->ListPlaceRows(story_id);
  if (!rows.ok()) return fail(rows.status().message());
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
