// Gold-stream replay for story clustering.
#include "pipeline/story_eval.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <unordered_map>

#include "core/time.h"
#include "entities/entity_registry.h"
#include "ingest/input_reader.h"
#include "pipeline/ingest_engine.h"
#include "store/store.h"

namespace storytrace {

namespace {

struct GoldArticle {
  Article article;
  std::string story;
  std::string line;  // the record as given
};

// The gold records of `gold_path`, sorted by publication time (stable).
Result<std::vector<GoldArticle>> ReadGold(const std::string& gold_path) {
  std::ifstream in(gold_path);
  if (!in) return IoError("cannot read " + gold_path);
  std::vector<GoldArticle> gold;
  std::string line;
  for (int line_no = 1; std::getline(in, line); ++line_no) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      auto j = nlohmann::json::parse(line);
      GoldArticle g;
      g.article.id = j.at("id").is_string() ? j.at("id").get<std::string>() : j.at("id").dump();
      g.story = j.at("story_id").is_string() ? j.at("story_id").get<std::string>()
                                             : j.at("story_id").dump();
      g.article.lang_given = j.value("lang", "");
      g.article.title = j.value("title", "");
      g.article.text = j.value("text", "");
      if (g.article.text == g.article.title) g.article.text.clear();  // headline-only data
      if (auto t = ParseIso8601(j.value("published", ""))) g.article.published = *t;
      g.line = line;
      gold.push_back(std::move(g));
    } catch (const std::exception& e) {
      return InvalidArgument(fmt::format("{}:{}: {}", gold_path, line_no, e.what()));
    }
  }
  std::stable_sort(gold.begin(), gold.end(), [](const GoldArticle& a, const GoldArticle& b) {
    return a.article.published.value_or(0) < b.article.published.value_or(0);
  });
  return gold;
}

}  // namespace

Result<StoryEvalResult> EvaluateStories(const std::string& gold_path, const TextAnalyzer& analyzer,
                                        const ClustererOptions& options,
                                        const MentionFinder* finder,
                                        const ConceptMapper* concepts, const Gazetteer* gazetteer,
                                        const std::string& features_path,
                                        const std::string& link_features_path) {
  auto read = ReadGold(gold_path);
  if (!read.ok()) return read.status();
  std::vector<GoldArticle>& gold = read.value();
  using Clock = std::chrono::steady_clock;
  StoryEvalResult result;
  std::vector<AnalyzedText> analyzed(gold.size());
  auto t0 = Clock::now();
  for (size_t i = 0; i < gold.size(); ++i) {
    Article& a = gold[i].article;
    std::string text = a.text.empty() ? a.title : a.title + "\n\n" + a.text;
    analyzed[i] = analyzer.Analyze(text, a.lang_given);
    a.lang = analyzed[i].lang;
  }
  // Entities, resolved in stream order as ingest does.
  EntityRegistry registry;
  for (size_t i = 0; finder != nullptr && i < gold.size(); ++i) {
    Article& a = gold[i].article;
    std::string text = a.text.empty() ? a.title : a.title + "\n\n" + a.text;
    for (const Mention& m : finder->Find(text, analyzed[i])) {
      const EntityRecord& e = registry.Resolve(m);
      a.entities.push_back({m.text, e.canonical, m.type, e.id, m.key, m.begin, m.end});
    }
  }
  auto t1 = Clock::now();
  StoryClusterer clusterer(options, concepts, gazetteer);
  std::vector<LabeledItem> items;
  items.reserve(gold.size());
  std::ofstream features;
  if (!features_path.empty()) {
    features.open(features_path);
    if (!features) return IoError("cannot write " + features_path);
    features << "article\tlabel";
    for (int f = 0; f < kJoinFeatureCount; ++f) features << "\t" << JoinFeatureName(f);
    features << "\n";
  }
  // On-policy dump: the clusterer decides as usual; a candidate is labelled right when most of
  // its articles so far belong to the article's gold story.
  std::unordered_map<std::string, std::unordered_map<std::string, int>> story_gold;
  // `extra`, when given, is one more article's gold story counted in (see the link observer).
  auto majority = [&](const std::string& story, const std::string* extra = nullptr) -> std::string {
    std::unordered_map<std::string, int> counts;
    if (auto it = story_gold.find(story); it != story_gold.end()) counts = it->second;
    if (extra != nullptr) ++counts[*extra];
    std::string best;
    int n = 0;
    for (const auto& [g, c] : counts) {
      if (c > n || (c == n && g < best)) best = g, n = c;
    }
    return best;
  };
  const std::string* assigning = nullptr;  // the gold story of the article being assigned
  std::vector<StoryClusterer::Candidate> candidates;
  std::ofstream link_features;
  if (!link_features_path.empty()) {
    link_features.open(link_features_path);
    if (!link_features) return IoError("cannot write " + link_features_path);
    link_features << "pair\tlabel";
    for (int f = 0; f < kLinkFeatureCount; ++f) link_features << "\t" << LinkFeatureName(f);
    link_features << "\n";
    // The linker scores a cluster's pairs as an article joins it (or starts it), before the
    // article is counted below: the article counts towards its own cluster's label here, so
    // that a cluster's first links (a new cluster has no count yet) are dumped too.
    clusterer.set_link_observer([&](uint32_t a, uint32_t b, const LinkFeatures& x) {
      std::string ga = majority(clusterer.cluster_id(a), assigning);
      std::string gb = majority(clusterer.cluster_id(b));
      if (ga.empty() || gb.empty()) return;
      link_features << clusterer.cluster_id(a) << "|" << clusterer.cluster_id(b) << "\t"
                    << (ga == gb ? 1 : 0);
      for (double v : x) link_features << "\t" << v;
      link_features << "\n";
    });
  }
  const bool track = !features_path.empty() || !link_features_path.empty();
  std::vector<uint32_t> numbers;  // each article's cluster
  for (size_t i = 0; i < gold.size(); ++i) {
    std::string story;
    if (!track) {
      story = clusterer.Assign(gold[i].article, analyzed[i]);
    } else {
      clusterer.Tick(gold[i].article.published);
      ArticleProfile p = clusterer.Profile(gold[i].article, analyzed[i]);
      assigning = &gold[i].story;
      story = clusterer.AssignProfile(p, gold[i].article.id, &candidates);
      assigning = nullptr;
      for (const auto& c : candidates) {
        if (features_path.empty()) break;
        features << i << "\t" << (majority(c.cluster_id) == gold[i].story ? 1 : 0);
        for (double x : c.features) features << "\t" << x;
        features << "\n";
      }
      ++story_gold[clusterer.last_cluster_id()][gold[i].story];
    }
    items.push_back({gold[i].story, std::move(story), gold[i].article.lang});
    result.clusters.push_back(clusterer.last_cluster_id());
    numbers.push_back(clusterer.last_cluster_number());
  }
  auto t2 = Clock::now();
  result.analysis_seconds = std::chrono::duration<double>(t1 - t0).count();
  result.seconds = std::chrono::duration<double>(t2 - t1).count();
  // Score the final stories (merged and split later in the stream): each article's story is
  // its cluster's at the end.
  for (size_t i = 0; i < items.size(); ++i) {
    items[i].predicted = clusterer.StoryOfCluster(numbers[i]);
  }
  result.scores = ScoreClusters(items);
  for (const GoldArticle& g : gold) result.ids.push_back(g.article.id);
  result.items = std::move(items);
  return result;
}

Result<StoryEvalResult> EvaluateStoriesThroughIngest(const std::string& gold_path,
                                                     const std::string& data_dir,
                                                     const ClustererOptions& options,
                                                     const std::string& db_path) {
  auto read = ReadGold(gold_path);
  if (!read.ok()) return read.status();
  const std::vector<GoldArticle>& gold = read.value();
  std::vector<RawDocument> docs;
  docs.reserve(gold.size());
  for (const GoldArticle& g : gold) {
    auto doc = ParseJsonRecord(g.line, gold_path + ":" + g.article.id);
    // A record ingest cannot read is rejected there too; it is scored as a story of its own.
    if (doc.ok()) docs.push_back(std::move(doc).value());
  }
  auto store = Store::Open(db_path);
  if (!store.ok()) return store.status();
  auto engine = OpenIngestEngine(store.value().get(), data_dir, options);
  if (!engine.ok()) return engine.status();
  auto t0 = std::chrono::steady_clock::now();
  auto ingested = engine.value()->pipeline->IngestDocuments(std::move(docs));
  if (!ingested.ok()) return ingested.status();
  StoryEvalResult result;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  auto stored = store.value()->ListArticles();
  if (!stored.ok()) return stored.status();
  std::unordered_map<std::string, const Article*> by_id;
  for (const Article& a : stored.value()) by_id.emplace(a.id, &a);
  // Copies (the same content under another id) are stored as aliases of their original, and
  // ListLinks gives those as reprint links.
  auto links = store.value()->ListLinks("reprint");
  if (!links.ok()) return links.status();
  for (const ArticleLink& l : links.value()) {
    if (auto it = by_id.find(l.dst); it != by_id.end()) by_id.emplace(l.src, it->second);
  }
  for (const GoldArticle& g : gold) {
    LabeledItem item{g.story, "(not stored) " + g.article.id, g.article.lang_given};
    std::string cluster;
    if (auto it = by_id.find(g.article.id); it != by_id.end()) {
      item.predicted = it->second->story_id;
      item.lang = it->second->lang;
      cluster = it->second->cluster_id;
    }
    result.ids.push_back(g.article.id);
    result.items.push_back(std::move(item));
    result.clusters.push_back(std::move(cluster));
  }
  result.scores = ScoreClusters(result.items);
  return result;
}

}  // namespace storytrace
