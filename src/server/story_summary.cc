// Story summaries from headlines and the full-text index's document frequencies.
#include "server/story_summary.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "text/normalizer.h"

namespace storytrace {
namespace {

// Headline words as the full-text index tokenises them (letters and digits, lower case,
// without diacritics), each with its surface form.
std::vector<std::pair<std::string, std::string>> Words(const std::string& title) {
  std::vector<std::pair<std::string, std::string>> out;
  std::string cur;
  auto flush = [&]() {
    if (cur.size() >= 3 &&
        !std::all_of(cur.begin(), cur.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      out.emplace_back(FoldForMatching(cur), cur);
    }
    cur.clear();
  };
  for (char c : title) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) {
      cur += c;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace

Result<SummaryContext> ReadSummaryContext(Store& store) {
  auto now = store.LatestTime();
  if (!now.ok()) return now.status();
  auto articles = store.CountArticles();
  if (!articles.ok()) return articles.status();
  return SummaryContext{now.value().value_or(0), articles.value()};
}

void SummaryToJson(const StorySummary& summary, nlohmann::ordered_json& j) {
  nlohmann::ordered_json titles = nlohmann::ordered_json::object();
  for (const auto& [lang, title] : summary.titles) titles[lang] = title;
  j["titles"] = std::move(titles);
  j["keywords"] = summary.keywords;
  j["articles_24h"] = summary.articles_24h;
  j["growth"] = summary.growth;
}

Result<StorySummary> SummarizeStory(Store& store, const std::vector<Store::StoryArticle>& articles,
                                    const SummaryContext& context, size_t max_keywords) {
  const int64_t now = context.now, total = context.articles;
  StorySummary s;
  // Distinct folded words per headline, how many headlines have each, and surface forms.
  std::vector<std::set<std::string>> words(articles.size());
  std::unordered_map<std::string, int> in_titles;
  std::unordered_map<std::string, std::map<std::string, int>> surfaces;
  for (size_t i = 0; i < articles.size(); ++i) {
    for (auto& [folded, surface] : Words(articles[i].title)) {
      if (words[i].insert(folded).second) ++in_titles[folded];
      ++surfaces[folded][surface];
    }
  }
  std::vector<std::string> terms;
  for (const auto& [w, n] : in_titles) terms.push_back(w);
  std::sort(terms.begin(), terms.end());
  auto df = store.TermDocumentCounts(terms);
  if (!df.ok()) return df.status();
  auto idf = [&](const std::string& w) {
    auto it = df.value().find(w);
    if (it == df.value().end() || it->second <= 0) return 0.0;
    return std::log((total + 1.0) / it->second);
  };

  // Keywords: in several headlines of the story (when it has several), rare in the store.
  const int min_titles = articles.size() >= 3 ? 2 : 1;
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [w, n] : in_titles) {
    double weight = n * idf(w);
    if (n >= min_titles && weight > 0) ranked.emplace_back(-weight, w);
  }
  std::sort(ranked.begin(), ranked.end());
  for (const auto& [neg, w] : ranked) {
    if (s.keywords.size() >= max_keywords) break;
    const auto& forms = surfaces[w];
    auto best = std::max_element(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
      return a.second < b.second || (a.second == b.second && a.first > b.first);
    });
    s.keywords.push_back(best->first);
  }

  // The most central headline of each language.
  std::vector<std::string> langs;
  for (const auto& a : articles) {
    if (std::find(langs.begin(), langs.end(), a.lang) == langs.end()) langs.push_back(a.lang);
  }
  for (const std::string& lang : langs) {
    double best_score = -1;
    const Store::StoryArticle* best = nullptr;
    for (size_t i = 0; i < articles.size(); ++i) {
      if (articles[i].lang != lang || articles[i].title.empty()) continue;
      double score = 0;
      for (const std::string& w : words[i]) score += (in_titles[w] - 1) * idf(w);
      // Reprints last (the original's headline is the story's); then the earliest.
      if (articles[i].duplicate_of) score -= 1e6;
      if (score > best_score) {
        best_score = score;
        best = &articles[i];
      }
    }
    if (best != nullptr) s.titles.emplace_back(lang, best->title);
  }

  for (const auto& a : articles) {
    if (a.time > now - 86400 && a.time <= now) ++s.articles_24h;
    if (a.time > now - 2 * 86400 && a.time <= now - 86400) ++s.articles_prev_24h;
  }
  s.growth = static_cast<double>(s.articles_24h) / std::max<int64_t>(1, s.articles_prev_24h);
  return s;
}

}  // namespace storytrace
