// JSON serialisation of articles, stories and rejections.
#include "core/article_json.h"

#include <cmath>

#include "core/time.h"

namespace storytrace {
namespace {

nlohmann::ordered_json OptTime(const std::optional<int64_t>& t) {
  return t ? nlohmann::ordered_json(FormatIso8601(*t)) : nlohmann::ordered_json(nullptr);
}

}  // namespace

nlohmann::ordered_json ArticleToJson(const Article& a, bool with_raw) {
  nlohmann::ordered_json j;
  j["id"] = a.id;
  j["source"] = a.source;
  j["url"] = a.url;
  j["title"] = a.title;
  j["lang"] = a.lang;
  j["lang_confidence"] = std::round(a.lang_confidence * 1000) / 1000;
  if (!a.lang_given.empty()) j["lang_given"] = a.lang_given;
  j["published"] = OptTime(a.published);
  j["fetched"] = FormatIso8601(a.fetched);
  j["dateline"] = a.dateline;
  j["text"] = a.text;
  j["story_id"] = a.story_id;
  j["cluster_id"] = a.cluster_id;
  j["duplicate_of"] = a.duplicate_of ? nlohmann::ordered_json(*a.duplicate_of) : nullptr;
  j["translation_of"] = a.translation_of;
  auto entities = nlohmann::ordered_json::array();
  for (const auto& e : a.entities) {
    entities.push_back({{"text", e.text}, {"canonical", e.canonical}, {"type", e.type},
                        {"entity_id", e.entity_id}, {"begin", e.begin}, {"end", e.end}});
  }
  j["entities"] = std::move(entities);
  auto quotes = nlohmann::ordered_json::array();
  for (const auto& q : a.quotes) {
    quotes.push_back({{"text", q.text}, {"speaker", q.speaker},
                      {"speaker_entity", q.speaker_entity}, {"begin", q.begin}, {"end", q.end}});
  }
  j["quotes"] = std::move(quotes);
  auto places = nlohmann::ordered_json::array();
  nlohmann::ordered_json focus = nullptr;
  for (const auto& p : a.places) {
    places.push_back(PlaceToJson(p.name, p.kind, p.country, p.lat, p.lng));
    places.back()["mentions"] = p.mentions;
    places.back()["focus"] = p.focus;
    if (p.focus) focus = p.name;
  }
  j["places"] = std::move(places);
  j["focus"] = std::move(focus);
  j["content_hash"] = a.content_hash;
  if (with_raw) j["raw"] = a.raw;
  return j;
}

nlohmann::ordered_json PlaceToJson(const std::string& name, const std::string& kind,
                                   const std::string& country, double lat, double lng) {
  // Four decimals are 11 m: finer than any place's extent, and stable in golden files.
  auto round = [](double x) { return std::round(x * 1e4) / 1e4; };
  return {{"name", name}, {"kind", kind}, {"country", country}, {"lat", round(lat)},
          {"lng", round(lng)}};
}

nlohmann::ordered_json StoryToJson(const Story& s) {
  nlohmann::ordered_json j;
  j["id"] = s.id;
  j["title"] = s.title;
  j["article_count"] = s.article_count;
  j["languages"] = s.languages;
  j["first_published"] = OptTime(s.first_published);
  j["last_published"] = OptTime(s.last_published);
  return j;
}

nlohmann::ordered_json RejectionToJson(const Rejection& r) {
  nlohmann::ordered_json j;
  j["input"] = r.input;
  j["line"] = r.line > 0 ? nlohmann::ordered_json(r.line) : nlohmann::ordered_json(nullptr);
  j["reason"] = r.reason;
  return j;
}

}  // namespace storytrace
