// JSON views of the data model, shared by the CLI and (later) the HTTP API.
#ifndef STORYTRACE_CORE_ARTICLE_JSON_H_
#define STORYTRACE_CORE_ARTICLE_JSON_H_

#include <nlohmann/json.hpp>

#include "core/article.h"

namespace storytrace {

// The export record of an article: id, source, url, title, lang, lang_confidence, published
// (ISO 8601 UTC or null), fetched, dateline, text, story_id, duplicate_of (id or null),
// translation_of, entities, quotes, places ({name, kind, country, lat, lng, mentions, focus},
// focus first), focus (the focus place's name or null), content_hash. `with_raw` adds the raw
// input.
nlohmann::ordered_json ArticleToJson(const Article& a, bool with_raw = false);

// A place: name, kind (city, region, country), country, lat, lng (rounded to 4 decimals).
nlohmann::ordered_json PlaceToJson(const std::string& name, const std::string& kind,
                                   const std::string& country, double lat, double lng);

// id, title, article_count, languages, first_published, last_published.
nlohmann::ordered_json StoryToJson(const Story& s);

// input, line (null for whole files), reason.
nlohmann::ordered_json RejectionToJson(const Rejection& r);

}  // namespace storytrace

#endif  // STORYTRACE_CORE_ARTICLE_JSON_H_
