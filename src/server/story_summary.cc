// Story summaries from headlines (scored by store/story_headline.h) and article times.
#include "server/story_summary.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/article_json.h"
#include "core/time.h"
#include "store/story_headline.h"
#include "text/normalizer.h"

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

namespace {

// Whether `phrase` stands in `head` as whole words: no letter, digit or hyphen touches it
// ("летняя японка" is not in "13-летняя японка"; bytes of other scripts count as letters).
bool HasWholePhrase(const std::string& head, const std::string& phrase) {
  auto word_byte = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) || c == '-';
  };
  for (size_t at = head.find(phrase); at != std::string::npos; at = head.find(phrase, at + 1)) {
    const size_t end = at + phrase.size();
    if ((at == 0 || !word_byte(head[at - 1])) && (end == head.size() || !word_byte(head[end]))) {
      return true;
    }
  }
  return false;
}

// The form of a word or phrase written most often (the alphabetically first among equals).
const std::string& MostWritten(const std::map<std::string, int>& forms) {
  return std::max_element(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
           return a.second < b.second || (a.second == b.second && a.first > b.first);
         })->first;
}

// The keywords, as most often written, from the candidates (index words, best first): two
// written capitalised next to each other, in one order, in most headlines having the rarer of
// the two, are one name ("Momiji Nishiya", though "Nishiya" alone heads many more headlines;
// "Estados Unidos"), in place of the first of the two and without the second. Words in lower case stay apart: the
// pairs they make are as often a repeated headline's words ("hotel hosting", "claim early") as
// a phrase. `min_count`: the headlines a name needs. Words are joined only across a space
// ("13-year-old" stays apart), and each word joins one other at most.
std::vector<std::string> ChooseKeywords(const HeadlineScores& h,
                                        const std::vector<std::string>& candidates,
                                        size_t max_keywords, int min_count) {
  const std::set<std::string> wanted(candidates.begin(), candidates.end());
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> pairs;
  for (size_t i = 0; i < h.heads.size(); ++i) {
    const std::string& head = h.heads[i];
    const auto& words = h.sequences[i];
    std::set<std::pair<std::string, std::string>> seen;  // a pair counts once per headline
    for (size_t k = 0; k + 1 < words.size(); ++k) {
      const auto& [a, a_form] = words[k];
      const auto& [b, b_form] = words[k + 1];
      if (a == b || !wanted.count(a) || !wanted.count(b) || !seen.insert({a, b}).second) continue;
      if (!StartsCapitalised(a_form) || !StartsCapitalised(b_form)) continue;
      const std::string phrase = a_form + " " + b_form;
      if (HasWholePhrase(head, phrase)) ++pairs[{a, b}][phrase];
    }
  }
  // The strongest pairs first; a word joins its strongest partner only.
  std::vector<std::tuple<int, std::string, std::string, std::string>> joined;
  for (const auto& [ab, forms] : pairs) {
    int n = 0;
    for (const auto& [form, c] : forms) n += c;
    const int rarer = std::min(h.in_heads.at(ab.first), h.in_heads.at(ab.second));
    if (n < min_count || 10 * n < 6 * rarer) continue;
    joined.emplace_back(-n, ab.first, ab.second, MostWritten(forms));
  }
  std::sort(joined.begin(), joined.end());
  std::map<std::string, std::string> phrase_of;  // either word of a name → the name
  for (const auto& [neg, a, b, phrase] : joined) {
    if (phrase_of.count(a) || phrase_of.count(b)) continue;
    phrase_of[a] = phrase;
    phrase_of[b] = phrase;
  }
  std::vector<std::string> out;
  std::set<std::string> placed;
  for (const std::string& w : candidates) {
    if (out.size() >= max_keywords) break;
    auto it = phrase_of.find(w);
    if (it == phrase_of.end()) {
      out.push_back(MostWritten(h.surfaces.at(w)));
    } else if (placed.insert(it->second).second) {
      out.push_back(it->second);
    }
  }
  return out;
}

}  // namespace

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
  std::vector<std::string> candidates;  // a phrase frees a place: twice as many to choose from
  for (size_t k = 0; k < ranked.size() && k < 2 * max_keywords; ++k) {
    candidates.push_back(ranked[k].second);
  }
  s.keywords = ChooseKeywords(h, candidates, max_keywords, min_titles);

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
