// Batch re-clustering of a stored range.
#include "pipeline/recluster.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "pipeline/stream_order.h"

namespace storytrace {

Result<ReclusterSummary> Recluster(Store* store, const TextAnalyzer& analyzer,
                                   const ConceptMapper* concepts, const Gazetteer* gazetteer,
                                   const ClustererOptions& options, std::optional<int64_t> since,
                                   std::optional<int64_t> until) {
  auto start = std::chrono::steady_clock::now();
  ArticleFilter f;
  f.since = since;
  f.until = until;
  f.stream_order = true;
  auto listed = store->ListArticles(f);
  if (!listed.ok()) return listed.status();
  // Ingest order, then stream order as ingest orders a batch (undated articles beside their
  // input's dated ones).
  std::vector<Article> articles;
  {
    std::vector<StreamItem> items;
    items.reserve(listed.value().size());
    for (const Article& a : listed.value()) {
      items.push_back({a.published, InputGroupOfOrigin(a.origin)});
    }
    articles.reserve(items.size());
    for (size_t i : StreamOrder(items)) articles.push_back(std::move(listed.value()[i]));
  }
  // Reprint and translation links either way: an article follows one it is linked to that was
  // assigned before it, whichever of the two the link starts from (an original may come
  // second in stream order, or be undated).
  std::unordered_map<std::string, std::vector<std::string>> linked;
  for (const Article& a : articles) {
    if (a.duplicate_of) {
      linked[a.id].push_back(*a.duplicate_of);
      linked[*a.duplicate_of].push_back(a.id);
    }
    for (const std::string& t : a.translation_of) {
      linked[a.id].push_back(t);
      linked[t].push_back(a.id);
    }
  }

  // Analysis and the clusterer's stateless counting in parallel; clustering below is
  // sequential, so the order decides alone.
  StoryClusterer clusterer(options, concepts, gazetteer);
  std::vector<AnalyzedText> analyzed(articles.size());
  std::vector<ArticleCounts> counts(articles.size());
  std::atomic<size_t> next{0};
  auto work = [&]() {
    for (size_t i; (i = next.fetch_add(1)) < articles.size();) {
      const Article& a = articles[i];
      analyzed[i] = analyzer.AnalyzeDecided(a.title.empty() ? a.text : a.title + "\n\n" + a.text,
                                            a.lang, a.lang_confidence);
      counts[i] = clusterer.Count(a, analyzed[i]);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < std::max(1u, std::thread::hardware_concurrency()); ++t) {
    pool.emplace_back(work);
  }
  work();
  for (auto& t : pool) t.join();

  std::unordered_map<std::string, std::string> story_of;  // article → story when assigned
  std::vector<std::string> clusters(articles.size());
  std::vector<uint32_t> numbers(articles.size());  // cluster numbers, valid after expiry
  ReclusterSummary sum;
  std::set<std::string> before;
  std::unordered_set<std::string> in_range;
  for (const Article& a : articles) in_range.insert(a.id);
  for (size_t i = 0; i < articles.size(); ++i) {
    Article& a = articles[i];
    before.insert(a.story_id);
    // A reprint or translation follows its original, as in ingest; so does an original its
    // copy or translation when that came first; else an article linked to it outside the range
    // keeps it in that article's story.
    std::string joined;
    if (auto it = linked.find(a.id); it != linked.end()) {
      for (const std::string& other : it->second) {
        if (auto assigned = story_of.find(other); assigned != story_of.end()) {
          joined = assigned->second;
          break;
        }
      }
      for (size_t k = 0; joined.empty() && k < it->second.size(); ++k) {
        if (in_range.count(it->second[k])) continue;
        auto stored = store->StoryOfArticle(it->second[k]);
        if (!stored.ok()) return stored.status();
        if (stored.value()) joined = *stored.value();
      }
    }
    std::string story;
    if (!joined.empty()) {
      story = clusterer.ResolveStory(joined);
      clusterer.Join(a, analyzed[i], story);
    } else {
      story = clusterer.AssignCounted(a, counts[i]);
    }
    story_of[a.id] = story;
    clusters[i] = clusterer.last_cluster_id();
    numbers[i] = clusterer.last_cluster_number();
  }
  // Merges and splits are read through each cluster's final story below.
  clusterer.TakeMerges();
  clusterer.TakeSplits();

  if (Status s = store->Begin(); !s.ok()) return s;
  std::set<std::string> touched(before.begin(), before.end()), after;
  for (size_t i = 0; i < articles.size(); ++i) {
    const std::string& story = clusterer.StoryOfCluster(numbers[i]);
    if (story != articles[i].story_id) ++sum.moved;
    if (Status s = store->SetStory(articles[i].id, story, nullptr, clusters[i]); !s.ok()) {
      store->Rollback();
      return s;
    }
    touched.insert(story);
    after.insert(story);
  }
  for (const std::string& story : touched) {
    if (story.empty()) continue;
    if (Status s = store->RefreshStory(story); !s.ok()) {
      store->Rollback();
      return s;
    }
  }
  if (Status s = store->Commit(); !s.ok()) return s;
  sum.articles = static_cast<int64_t>(articles.size());
  before.erase("");
  sum.stories_before = static_cast<int64_t>(before.size());
  sum.stories_after = static_cast<int64_t>(after.size());
  sum.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return sum;
}

}  // namespace storytrace
