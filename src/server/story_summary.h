// What a story is about at a glance: a headline per language, keywords, and how fast it grows.
#ifndef STORYTRACE_SERVER_STORY_SUMMARY_H_
#define STORYTRACE_SERVER_STORY_SUMMARY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "store/store.h"
#include "text/stopwords.h"

namespace storytrace {

// One language cluster of a story: the articles of one language the clusterer grouped as one
// event before stories were linked across languages (and merged), the story's other view.
struct StoryCluster {
  std::string id;  // the articles' cluster_id
  std::string lang;
  int64_t articles = 0;
  int64_t first_seen = 0, last_seen = 0;  // its articles' times (published, else fetched)
  std::string title;  // its most central headline, chosen as the story's titles are
};

struct StorySummary {
  // The headline of the story's most central article, any language: the one whose words, on
  // average, recur most in the story's other headlines, each weighted by its rarity in the
  // store (store/story_headline.h). Headlines here and below are shown and weighed without the
  // outlet they end with when it is their article's source ("… | The China Post, Taiwan").
  std::string headline;
  // Per language (in order of first appearance), the most central headline of that language.
  std::vector<std::pair<std::string, std::string>> titles;
  std::vector<std::string> keywords;  // headline words frequent in the story, rare elsewhere
  // The outlets of the story's articles with their article counts, most articles first (then
  // by name); articles without a source are not counted.
  std::vector<std::pair<std::string, int64_t>> sources;
  int64_t articles_24h = 0;           // articles in the 24 hours up to `now`
  int64_t articles_prev_24h = 0;      // ... in the 24 hours before those
  // articles_24h / max(1, articles_prev_24h): above 1 the story is growing.
  double growth = 0;
  // Breaking news by Store::BreakingRule: several articles in the last day, growing fast.
  bool breaking = false;
  // The story's language clusters, most articles first (then earliest, then id). Articles
  // stored without a cluster are left out.
  std::vector<StoryCluster> clusters;
};

// What every summary of one read needs from the whole store: the clock of the stream (the
// newest article's time, 0 when empty) and the number of articles. Read it once per snapshot
// and pass it to each SummarizeStory.
struct SummaryContext {
  int64_t now = 0;  // the store's clock (Store::Clock); articles are counted by StoryArticle::at
  int64_t articles = 0;
  // Keywords leave out the stopwords of the story's languages; null: none are known.
  const Stopwords* stopwords = nullptr;
};
// `stopwords` (may be null) is kept in the context.
Result<SummaryContext> ReadSummaryContext(Store& store, const Stopwords* stopwords = nullptr);

// Summarises a story from its live articles (as Store::StoryArticles returns them), with
// word rarity taken from the store's full-text index. Fails only when the store fails.
Result<StorySummary> SummarizeStory(Store& store, const std::vector<Store::StoryArticle>& articles,
                                    const SummaryContext& context, size_t max_keywords = 8);

// Adds "headline", "titles" (per language), "keywords", "sources" (names, most articles first),
// "articles_24h", "articles_prev_24h", "growth" and "breaking" to `j`.
void SummaryToJson(const StorySummary& summary, nlohmann::ordered_json& j);

// The summary's language clusters as a JSON array of {"cluster_id", "lang", "articles",
// "first_seen", "last_seen", "title"} (times ISO 8601 UTC), for a story's detail; listings
// leave them out.
nlohmann::ordered_json ClustersToJson(const StorySummary& summary);

// A story's entities (Store::StoryEntities, most salient first) as a JSON array of
// {"canonical", "type", "mentions", "store_mentions", "salience", "variants": [{"text",
// "count"}]} (salience to two decimals).
nlohmann::ordered_json StoryEntitiesToJson(const std::vector<Store::StoryEntity>& entities);

// How many of a story's entities a listing names ("top_entities").
inline constexpr size_t kListedTopEntities = 5;

// One story of a listing (Store::FindStories) as the HTTP API and the CLI show it: the stored
// story, "matching_articles", the summary of its live `articles` (Store::StoryArticles) and
// "top_entities" (its kListedTopEntities most salient entities: "canonical", "type",
// "mentions", "salience"). Fails only when the store fails.
Result<nlohmann::ordered_json> ListedStoryToJson(Store& store, const SummaryContext& context,
                                                 const Store::StoryMatch& match,
                                                 const std::vector<Store::StoryArticle>& articles);

// The listing order a name gives ("size": most matching articles, "recent", "growth"), as the
// HTTP API's `sort` and the CLI's `--sort` take it; nullopt for any other name.
std::optional<Store::StoryQuery::Order> StoryOrderFromName(std::string_view name);

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_STORY_SUMMARY_H_
