// The data model shared by every pipeline stage: articles, stories, links, entities, quotes.
#ifndef STORYTRACE_CORE_ARTICLE_H_
#define STORYTRACE_CORE_ARTICLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace storytrace {

// A named thing mentioned in an article (filled by the entities stage).
struct EntityMention {
  std::string text;       // surface form as written
  std::string canonical;  // display name of the entity, shared by all its variants
  std::string type;       // PER, ORG, LOC
  std::string entity_id;  // canonical entity id ("per:…", "loc:…"), shared by all variants
  std::string key;        // name key of this mention (see entities/name_key.h)
  uint32_t begin = 0, end = 0;  // byte span in `text` of the article
};

// A direct quotation and who said it (filled by the quotes stage).
struct Quote {
  std::string text;
  std::string speaker;         // as named in the article ("" when unknown)
  std::string speaker_entity;  // entity id of the speaker ("" when unknown)
  std::string speaker_key;     // name key of the speaker mention
  uint32_t begin = 0, end = 0;  // byte span in `text` of the article
};

// A place an article names, resolved to one point on the map (filled by the geo stage).
struct ArticlePlace {
  std::string place_id;  // "city:CH:FR:friburg", "region:KG:03", "country:KG"
  std::string name;      // display name ("Fribourg", "Kyrgyzstan")
  std::string kind;      // "city", "region" or "country"
  std::string country;   // ISO 3166-1 alpha-2
  double lat = 0, lng = 0;
  int mentions = 0;      // times the article names it (its dateline counts once)
  bool focus = false;    // where the article is: its dateline place, else its most named place
  // False when the article gave no evidence for this place among namesakes (Kourou in Côte
  // d'Ivoire or in French Guiana); a story may then settle it from its other articles.
  bool settled = true;
  std::string keys;      // name keys the article used for it, space-separated
};

// One article's place with the article's story (a row of the store, for aggregating).
struct StoryPlaceRow {
  std::string story_id, article_id;
  ArticlePlace place;
};

// One news article, from raw input to analysed record.
struct Article {
  std::string id;         // stable external id (file name stem or JSONL "id")
  std::string source;     // outlet, e.g. "Reuters"; may be empty
  std::string url;
  std::string title;
  std::string text;       // cleaned body
  std::string raw;        // input as received (decoded to UTF-8)
  std::string raw_format; // "text" or "html"
  std::string lang;       // ISO 639-1 (or 639-3 where none exists), "und" when unknown
  double lang_confidence = 0;
  std::string lang_given;  // language stated by the input, if any
  std::string dateline;
  std::optional<int64_t> published;  // seconds since epoch, UTC
  int64_t fetched = 0;               // when storytrace ingested it, seconds since epoch
  std::string content_hash;          // hash of the normalised body (see content_hash.h)
  std::string origin;                // where it came from: file path, "path:line", "stdin:line"
  std::string story_id;    // the multilingual story
  std::string cluster_id;  // the story's cluster of articles in this article's language
  std::optional<std::string> duplicate_of;
  std::vector<std::string> translation_of;
  std::vector<EntityMention> entities;
  std::vector<Quote> quotes;
  std::vector<ArticlePlace> places;  // focus first, then by mentions
};

// A story: articles about one event.
struct Story {
  std::string id;
  std::string title;
  int64_t article_count = 0;
  std::vector<std::string> languages;
  std::optional<int64_t> first_published;
  std::optional<int64_t> last_published;
};

// An input that could not be ingested, kept so nothing is silently lost.
struct Rejection {
  std::string input;  // file path or "stdin"
  int64_t line = 0;   // 1-based line for JSONL, 0 otherwise
  std::string reason;
};

}  // namespace storytrace

#endif  // STORYTRACE_CORE_ARTICLE_H_
