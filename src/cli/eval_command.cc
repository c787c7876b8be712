// `storytrace eval stories`: a gold stream through the clusterer, or through the whole ingest.
#include "cli/eval_command.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

#include "cli/command_support.h"
#include "cluster/concept_mapper.h"
#include "core/data_dir.h"
#include "dedup/lexicon.h"
#include "entities/gazetteer.h"
#include "entities/mention_finder.h"
#include "pipeline/story_eval.h"

namespace storytrace {

namespace {

// The clusterer alone over the gold stream (see EvaluateStories).
Result<StoryEvalResult> Replay(const std::string& data_dir, const std::string& gold,
                               const ClustererOptions& c, bool entities,
                               const std::string& features_path,
                               const std::string& link_features_path) {
  auto analyzer = TextAnalyzer::Create(data_dir);
  if (!analyzer.ok()) return analyzer.status();
  std::unique_ptr<Gazetteer> gazetteer;
  LexiconSet lexicons = LexiconSet::Load(data_dir + "/lexicon");
  std::unique_ptr<MentionFinder> finder;
  if (entities || c.profile.country_weight > 0) {
    auto g = Gazetteer::Load(data_dir);
    if (!g.ok()) return g.status();
    gazetteer = std::move(g).value();
  }
  if (entities) {
    finder = std::make_unique<MentionFinder>(
        gazetteer.get(), &lexicons, analyzer.value()->language_identifier().spelling_dictionaries());
  }
  ConceptMapper concepts(&lexicons);
  return EvaluateStories(gold, *analyzer.value(), c, finder.get(), &concepts, gazetteer.get(),
                         features_path, link_features_path);
}

}  // namespace

int RunEvalStories(const CommonOptions& o, const std::string& gold, const ClustererOptions& c,
                   bool entities, const std::string& assignments_path,
                   const std::string& features_path, const std::string& link_features_path,
                   bool through_ingest) {
  std::string data_dir = FindDataDir(o.data_dir);
  auto r = through_ingest ? EvaluateStoriesThroughIngest(gold, data_dir, c)
                          : Replay(data_dir, gold, c, entities, features_path, link_features_path);
  if (Failed(r)) return kExitFailure;
  const ClusterScores& s = r.value().scores;
  if (!assignments_path.empty()) {
    std::ofstream out(assignments_path);
    for (size_t i = 0; i < r.value().items.size(); ++i) {
      const LabeledItem& it = r.value().items[i];
      out << nlohmann::json{{"id", r.value().ids[i]}, {"lang", it.lang}, {"gold", it.gold},
                            {"predicted", it.predicted}, {"cluster", r.value().clusters[i]}}.dump() << "\n";
    }
    if (!out) {
      std::cerr << "storytrace: cannot write " << assignments_path << "\n";
      return kExitFailure;
    }
  }
  double rate = r.value().seconds > 0 ? s.items / r.value().seconds : 0;
  if (o.format == "json") {
    nlohmann::ordered_json j;
    auto prf = [](const PRF& p) {
      return nlohmann::ordered_json{{"precision", p.precision}, {"recall", p.recall}, {"f1", p.f1}};
    };
    j["articles"] = s.items;
    j["gold_stories"] = s.gold_clusters;
    j["predicted_stories"] = s.predicted_clusters;
    j["bcubed"] = prf(s.bcubed);
    j["pairwise"] = prf(s.pairwise);
    j["cross_lingual"] = prf(s.cross_lingual);
    nlohmann::ordered_json by_lang = nlohmann::ordered_json::object();
    for (const auto& [lang, p] : s.cross_lingual_by_lang) by_lang[lang] = prf(p);
    j["cross_lingual_by_lang"] = by_lang;
    // The headline models replayed with, [bias, w0, ...] as --model and --link-model take them.
    auto weights = [](const auto& m) {
      nlohmann::ordered_json w = nlohmann::ordered_json::array({m.bias});
      for (double x : m.weights) w.push_back(x);
      return w;
    };
    j["models"] = {{"join", weights(c.model)},
                   {"same_language_link", weights(c.linker.same_lang_model)},
                   {"cross_language_link", weights(c.linker.cross_lang_model)}};
    j["through_ingest"] = through_ingest;
    j["articles_per_second"] = rate;
    j["analysis_seconds"] = r.value().analysis_seconds;
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << fmt::format(
      "articles {}  gold stories {}  predicted stories {}\n"
      "BCubed        P {:.4f}  R {:.4f}  F1 {:.4f}\n"
      "pairwise      P {:.4f}  R {:.4f}  F1 {:.4f}\n"
      "cross-lingual P {:.4f}  R {:.4f}  F1 {:.4f}\n",
      s.items, s.gold_clusters, s.predicted_clusters, s.bcubed.precision, s.bcubed.recall,
      s.bcubed.f1, s.pairwise.precision, s.pairwise.recall, s.pairwise.f1,
      s.cross_lingual.precision, s.cross_lingual.recall, s.cross_lingual.f1);
  if (through_ingest) {
    std::cout << fmt::format("ingest {:.0f} articles/s (the whole pipeline, analysis included)\n",
                             rate);
  } else {
    std::cout << fmt::format("clustering {:.0f} articles/s (analysis {:.2f}s for all articles)\n",
                             rate, r.value().analysis_seconds);
  }
  std::string by_lang;
  for (const auto& [lang, p] : s.cross_lingual_by_lang) {
    by_lang += fmt::format("  {} P {:.2f} R {:.2f}", lang, p.precision, p.recall);
  }
  if (!by_lang.empty()) std::cout << "cross-lingual pairs per language:" << by_lang << "\n";
  return kExitOk;
}

}  // namespace storytrace
