// Story summaries from headlines (scored by store/story_headline.h) and article times.
#include "server/story_summary.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/article_json.h"
#include "core/time.h"
#include "store/story_headline.h"

namespace storytrace {

Result<SummaryContext> ReadSummaryContext(Store& store, const Stopwords* stopwords) {
  auto clock = store.StreamClock();
  if (!clock.ok()) return clock.status();
  auto articles = store.CountArticles();
  if (!articles.ok()) return articles.status();
  const Store::Clock c = clock.value().value_or(Store::Clock{});
  return SummaryContext{c.now, articles.value(), stopwords};
}

void SummaryToJson(const StorySummary& summary, nlohmann::ordered_json& j) {
  j["headline"] = summary.headline;
  nlohmann::ordered_json titles = nlohmann::ordered_json::object();
  for (const auto& [lang, title] : summary.titles) titles[lang] = title;
  j["titles"] = std::move(titles);
  j["keywords"] = summary.keywords;
  nlohmann::ordered_json sources = nlohmann::ordered_json::array();
  for (const auto& [source, n] : summary.sources) sources.push_back(source);
  j["sources"] = std::move(sources);
  j["articles_24h"] = summary.articles_24h;
  j["articles_prev_24h"] = summary.articles_prev_24h;
  j["growth"] = std::round(summary.growth * 100) / 100;
  j["breaking"] = summary.breaking;
}

nlohmann::ordered_json ClustersToJson(const StorySummary& summary) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const StoryCluster& c : summary.clusters) {
    out.push_back({{"cluster_id", c.id},
                   {"lang", c.lang},
                   {"articles", c.articles},
                   {"first_seen", FormatIso8601(c.first_seen)},
                   {"last_seen", FormatIso8601(c.last_seen)},
                   {"title", c.title}});
  }
  return out;
}

namespace {

// Two decimals are enough to read the ranking, and keep the JSON short.
double RoundedSalience(const Store::StoryEntity& e) { return std::round(e.salience * 100) / 100; }

}  // namespace

nlohmann::ordered_json StoryEntitiesToJson(const std::vector<Store::StoryEntity>& entities) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Store::StoryEntity& e : entities) {
    nlohmann::ordered_json variants = nlohmann::ordered_json::array();
    for (const auto& v : e.variants) variants.push_back({{"text", v.text}, {"count", v.count}});
    out.push_back({{"canonical", e.canonical},
                   {"type", e.type},
                   {"mentions", e.mentions},
                   {"store_mentions", e.store_mentions},
                   {"salience", RoundedSalience(e)},
                   {"variants", std::move(variants)}});
  }
  return out;
}

Result<StorySummary> SummarizeStory(Store& store, const std::vector<Store::StoryArticle>& articles,
                                    const SummaryContext& context, size_t max_keywords) {
  const int64_t now = context.now, total = context.articles;
  StorySummary s;
  std::vector<StoryHeadline> headlines;
  headlines.reserve(articles.size());
  for (const auto& a : articles) {
    headlines.push_back({a.title, a.source, a.duplicate_of.has_value()});
  }
  auto scored = ScoreHeadlines(store, headlines, total);
  if (!scored.ok()) return scored.status();
  const HeadlineScores& h = scored.value();

  // Keywords: in several headlines of the story (when it has several), rare in the store, not
  // a stopword of one of its languages ("los", "con", "sich": 110 of the 1,492 keywords of
  // the 191 OG2021 stories of five or more articles were).
  std::set<std::string_view> langs;
  for (const auto& a : articles) langs.insert(a.lang);
  auto stopword = [&](const std::string& w) {
    if (context.stopwords == nullptr) return false;
    return std::any_of(langs.begin(), langs.end(), [&](std::string_view lang) {
      return context.stopwords->Contains(lang, w);
    });
  };
  const int min_titles = articles.size() >= 3 ? 2 : 1;
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [w, n] : h.in_heads) {
    if (stopword(w)) continue;
    double weight = n * h.Idf(w);
    if (n >= min_titles && weight > 0) ranked.emplace_back(-weight, w);
  }
  std::sort(ranked.begin(), ranked.end());
  for (const auto& [neg, w] : ranked) {
    if (s.keywords.size() >= max_keywords) break;
    const auto& forms = h.surfaces.at(w);
    auto best = std::max_element(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
      return a.second < b.second || (a.second == b.second && a.first > b.first);
    });
    s.keywords.push_back(best->first);
  }

  // Keeps `*best` the most central titled article seen so far of a group.
  auto consider = [&](size_t i, std::optional<size_t>* best) {
    if (h.MoreCentral(i, *best)) *best = i;
  };
  const std::vector<std::string>& heads = h.heads;

  std::optional<size_t> best;
  for (size_t i = 0; i < articles.size(); ++i) consider(i, &best);
  if (best) s.headline = heads[*best];

  // The most central headline of each language, in order of first appearance.
  std::vector<std::pair<std::string, std::optional<size_t>>> by_lang;
  for (size_t i = 0; i < articles.size(); ++i) {
    auto it = std::find_if(by_lang.begin(), by_lang.end(),
                           [&](const auto& l) { return l.first == articles[i].lang; });
    if (it == by_lang.end()) it = by_lang.insert(by_lang.end(), {articles[i].lang, std::nullopt});
    consider(i, &it->second);
  }
  for (const auto& [lang, best] : by_lang) {
    if (best) s.titles.emplace_back(lang, heads[*best]);
  }

  // The language clusters, each with its most central headline.
  std::map<std::string, std::pair<StoryCluster, std::optional<size_t>>> clusters;
  for (size_t i = 0; i < articles.size(); ++i) {
    const Store::StoryArticle& a = articles[i];
    if (a.cluster_id.empty()) continue;
    auto [it, added] = clusters.try_emplace(a.cluster_id);
    StoryCluster& c = it->second.first;
    if (added) c.id = a.cluster_id, c.lang = a.lang, c.first_seen = c.last_seen = a.time;
    ++c.articles;
    c.first_seen = std::min(c.first_seen, a.time);
    c.last_seen = std::max(c.last_seen, a.time);
    consider(i, &it->second.second);
  }
  for (auto& [id, entry] : clusters) {
    auto& [c, best] = entry;
    if (best) c.title = heads[*best];
    s.clusters.push_back(std::move(c));
  }
  std::sort(s.clusters.begin(), s.clusters.end(), [](const StoryCluster& a, const StoryCluster& b) {
    if (a.articles != b.articles) return a.articles > b.articles;
    if (a.first_seen != b.first_seen) return a.first_seen < b.first_seen;
    return a.id < b.id;
  });

  std::map<std::string, int64_t> by_source;
  for (const auto& a : articles) {
    if (!a.source.empty()) ++by_source[a.source];
  }
  s.sources.assign(by_source.begin(), by_source.end());
  std::stable_sort(s.sources.begin(), s.sources.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });

  for (const auto& a : articles) {
    if (a.at > now - 86400 && a.at <= now) ++s.articles_24h;
    if (a.at > now - 2 * 86400 && a.at <= now - 86400) ++s.articles_prev_24h;
  }
  s.growth = static_cast<double>(s.articles_24h) / std::max<int64_t>(1, s.articles_prev_24h);
  const Store::BreakingRule rule;
  s.breaking = s.articles_24h >= rule.min_articles && s.growth >= rule.min_growth;
  return s;
}

Result<nlohmann::ordered_json> ListedStoryToJson(Store& store, const SummaryContext& context,
                                                 const Store::StoryMatch& match,
                                                 const std::vector<Store::StoryArticle>& articles) {
  auto summary = SummarizeStory(store, articles, context);
  if (!summary.ok()) return summary.status();
  auto entities = store.StoryEntities(match.story.id, context.articles);
  if (!entities.ok()) return entities.status();
  nlohmann::ordered_json j = StoryToJson(match.story);
  j["matching_articles"] = match.matching;
  SummaryToJson(summary.value(), j);
  nlohmann::ordered_json top = nlohmann::ordered_json::array();
  for (size_t k = 0; k < entities.value().size() && k < kListedTopEntities; ++k) {
    const Store::StoryEntity& e = entities.value()[k];
    top.push_back({{"canonical", e.canonical},
                   {"type", e.type},
                   {"mentions", e.mentions},
                   {"salience", RoundedSalience(e)}});
  }
  j["top_entities"] = std::move(top);
  return j;
}

std::optional<Store::StoryQuery::Order> StoryOrderFromName(std::string_view name) {
  using Order = Store::StoryQuery::Order;
  if (name == "size") return Order::kMostMatching;
  if (name == "recent") return Order::kMostRecent;
  if (name == "growth") return Order::kGrowing;
  return std::nullopt;
}

}  // namespace storytrace
