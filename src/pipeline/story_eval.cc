// Gold-stream replay for story clustering.
#include "pipeline/story_eval.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>

#include "core/time.h"
#include "entities/entity_registry.h"

namespace storytrace {

Result<StoryEvalResult> EvaluateStories(const std::string& gold_path, const TextAnalyzer& analyzer,
                                        const ClustererOptions& options,
                                        const MentionFinder* finder) {
  std::ifstream in(gold_path);
  if (!in) return IoError("cannot read " + gold_path);
  struct GoldArticle {
    Article article;
    std::string story;
  };
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
      gold.push_back(std::move(g));
    } catch (const std::exception& e) {
      return InvalidArgument(fmt::format("{}:{}: {}", gold_path, line_no, e.what()));
    }
  }
  std::stable_sort(gold.begin(), gold.end(), [](const GoldArticle& a, const GoldArticle& b) {
    return a.article.published.value_or(0) < b.article.published.value_or(0);
  });
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
  StoryClusterer clusterer(options);
  std::vector<LabeledItem> items;
  items.reserve(gold.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    std::string story = clusterer.Assign(gold[i].article, analyzed[i]);
    items.push_back({gold[i].story, std::move(story), gold[i].article.lang});
  }
  auto t2 = Clock::now();
  result.analysis_seconds = std::chrono::duration<double>(t1 - t0).count();
  result.seconds = std::chrono::duration<double>(t2 - t1).count();
  result.scores = ScoreClusters(items);
  return result;
}

}  // namespace storytrace
