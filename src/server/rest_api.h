// The storytrace JSON API, /api/v1: health, metrics, stories, articles, search, entities,
// quotes and ingest.
// Field names are snake_case, times ISO 8601 UTC; only live (unexpired) articles are shown.
#ifndef STORYTRACE_SERVER_REST_API_H_
#define STORYTRACE_SERVER_REST_API_H_

#include <httplib.h>

#include <cstdint>
#include <string>

#include "server/article_writer.h"
#include "server/query_expansion.h"
#include "server/store_pool.h"

namespace storytrace {

// Figures the server itself keeps, for /api/v1/metrics.
struct ServerCounters {
  int64_t requests_total = 0;
  double uptime_seconds = 0;
};

// GET /api/v1/health: {"status": "ok", "articles", "stories", "schema_version"}.
void HandleHealth(StorePool& readers, httplib::Response& res);

// GET /api/v1/metrics: {"articles", "stories", "links", "rejected", "uptime_seconds",
// "requests_total", "ingested_total", "ingest_rate_per_minute" (last 60 s),
// "ingest_rate_per_minute_lifetime"}.
void HandleMetrics(StorePool& readers, ArticleWriter& writer, const ServerCounters& counters,
                   httplib::Response& res);

// GET /api/v1/stories?hours=H&lang=xx&source=S&entity=E&sort=size|recent&limit=N&offset=K:
// {"stories": [story + "matching_articles" + summary (SummaryToJson: headline, titles, keywords,
// sources most articles first, growth) + "top_entities", "timeline", "timeline_bucket_hours"],
// "total", "limit", "offset"}. The window counts back from the newest article. 400 for
// invalid parameters.
// `stopwords` are left out of the keywords (see SummaryContext).
void HandleListStories(StorePool& readers, const Stopwords& stopwords, const httplib::Request& req,
                       httplib::Response& res);

// Response header naming the story a story page shows (after alias resolution), for the
// server's cache; not sent to clients.
inline constexpr const char* kStoryHeader = "X-Storytrace-Story";
// GET /api/v1/stories/<id>: the story with "articles_by_lang" (per language the latest 100
// articles and the first report), "article_counts_by_lang" (all), "links" (between listed
// articles), "entities", "quotes" (each quotation once: "speaker", "text", "articles" carrying
// it, up to 20 listed "article_ids", "article_id" the first), "places" ([{"name", "kind",
// "country", "lat", "lng", "articles", "mentions", "focus"}], the focus first; see
// AggregatePlaces), "sources", "timeline", "timeline_bucket_hours" and "first_article". 404
// when unknown or when all its articles have expired.
void HandleGetStory(StorePool& readers, const Stopwords& stopwords, const std::string& id,
                    httplib::Response& res);

// GET /api/v1/articles/<id>[?raw=1]: the export record of the article (with the raw input
// when asked). 404 when unknown or expired.
void HandleGetArticle(StorePool& readers, const std::string& id, const httplib::Request& req,
                      httplib::Response& res);

// GET /api/v1/search?q=…[&limit=N][&expand=0|1]: {"hits": [{"id", "title", "snippet",
// "score"}]}, best first (score: negated BM25, higher is better); the query's words widened
// with their dictionary translations and its names with the other spellings the store has
// seen of them (QueryExpander::Expand) unless expand=0, the added stems listed under
// "translations", the added spellings under "spellings". 400 for an empty query or a bad
// parameter.
void HandleSearch(StorePool& readers, const QueryExpander& expander, const httplib::Request& req,
                  httplib::Response& res);

// GET /api/v1/entities?name=NAME&limit=N: {"entities": [{"id", "canonical", "type", "mentions",
// "spellings"}]}: the entities NAME denotes in any spelling the store has seen (those keyed as
// NAME first, then those close to it or of that surname: Store::NameMatch::kClose), or without
// `name` the most mentioned ones; each most mentioned first, with up to 20 spellings, most used
// first. Counts are over the whole store. 400 for an empty name or a bad limit.
void HandleListEntities(StorePool& readers, const httplib::Request& req, httplib::Response& res);

// GET /api/v1/quotes?speaker=NAME&story=ID&limit=N: {"quotes": [{"article_id", "text",
// "speaker" (the entity's name, else as written), "speaker_as_written", "speaker_entity",
// "source", "published", "story_id"}], "speakers": [{"id", "canonical"}] (with `speaker`: the entities
// the name was taken to denote, as for entities?name=)}, newest first, live articles only;
// `story` may be an id merged into another. 400 for an empty speaker or a bad limit.
void HandleListQuotes(StorePool& readers, const httplib::Request& req, httplib::Response& res);

// GET /api/v1/map/land: `map_json` (the land outline for the story page's map, see
// scripts/world_map.mjs) as application/json; 404 when the data directory has none.
void HandleWorldMap(const std::string& map_json, httplib::Response& res);

// POST /api/v1/articles: a JSON object or array of objects (JSONL input fields), or JSONL when
// the Content-Type says ndjson/jsonl. {"inserted", "updated", "unchanged",
// "duplicate_content", "rejected": [{"index", "reason"}]}; 400 with the parser's message for
// invalid JSON.
void HandlePostArticles(ArticleWriter& writer, const httplib::Request& req, const std::string& body,
                        httplib::Response& res);

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_REST_API_H_
