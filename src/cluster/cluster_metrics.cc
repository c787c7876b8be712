// Cluster scoring by counting over (gold, predicted, language) cells, not over all pairs.
#include "cluster/cluster_metrics.h"

#include <map>
#include <set>
#include <unordered_map>

namespace storytrace {
namespace {

PRF Make(double p, double r) {
  PRF out{p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
  return out;
}

double Pairs(double n) { return n * (n - 1) / 2; }

}  // namespace

ClusterScores ScoreClusters(const std::vector<LabeledItem>& items) {
  ClusterScores out;
  out.items = items.size();
  if (items.empty()) return out;
  std::map<std::pair<std::string, std::string>, double> joint;  // (gold, pred) → count
  std::unordered_map<std::string, double> gold_size, pred_size;
  // Per language, for the cross-lingual pairs: counts within each cell and language.
  std::map<std::tuple<std::string, std::string, std::string>, double> joint_lang;
  std::map<std::pair<std::string, std::string>, double> gold_lang, pred_lang;
  for (const auto& it : items) {
    joint[{it.gold, it.predicted}] += 1;
    gold_size[it.gold] += 1;
    pred_size[it.predicted] += 1;
    joint_lang[{it.gold, it.predicted, it.lang}] += 1;
    gold_lang[{it.gold, it.lang}] += 1;
    pred_lang[{it.predicted, it.lang}] += 1;
  }
  out.gold_clusters = gold_size.size();
  out.predicted_clusters = pred_size.size();

  // BCubed: for an item in cell (g, p), precision = |g∩p| / |p|, recall = |g∩p| / |g|.
  double bp = 0, br = 0;
  for (const auto& [cell, n] : joint) {
    bp += n * n / pred_size[cell.second];
    br += n * n / gold_size[cell.first];
  }
  out.bcubed = Make(bp / items.size(), br / items.size());

  // Pairwise: true positives are pairs sharing gold and predicted cluster.
  double tp = 0, pred_pairs = 0, gold_pairs = 0;
  for (const auto& [cell, n] : joint) tp += Pairs(n);
  for (const auto& [k, n] : pred_size) pred_pairs += Pairs(n);
  for (const auto& [k, n] : gold_size) gold_pairs += Pairs(n);
  out.pairwise = Make(pred_pairs > 0 ? tp / pred_pairs : 1, gold_pairs > 0 ? tp / gold_pairs : 1);

  // Cross-lingual pairs = all pairs minus same-language pairs.
  double tp_same = 0, pred_same = 0, gold_same = 0;
  for (const auto& [cell, n] : joint_lang) tp_same += Pairs(n);
  for (const auto& [k, n] : pred_lang) pred_same += Pairs(n);
  for (const auto& [k, n] : gold_lang) gold_same += Pairs(n);
  double xtp = tp - tp_same, xpred = pred_pairs - pred_same, xgold = gold_pairs - gold_same;
  out.cross_lingual = Make(xpred > 0 ? xtp / xpred : 1, xgold > 0 ? xtp / xgold : 1);

  // Per language L: a cell's pairs with one article in L and one outside it number
  // n_L × (n − n_L), in the joint cells (true positives), the predicted and the gold clusters.
  struct Counts {
    double tp = 0, pred = 0, gold = 0;
  };
  std::map<std::string, Counts> by_lang;
  for (const auto& [cell, n] : joint_lang) {
    const auto& [g, p, lang] = cell;
    by_lang[lang].tp += n * (joint[{g, p}] - n);
  }
  for (const auto& [cell, n] : pred_lang) by_lang[cell.second].pred += n * (pred_size[cell.first] - n);
  for (const auto& [cell, n] : gold_lang) by_lang[cell.second].gold += n * (gold_size[cell.first] - n);
  for (const auto& [lang, c] : by_lang) {
    out.cross_lingual_by_lang[lang] =
        Make(c.pred > 0 ? c.tp / c.pred : 1, c.gold > 0 ? c.tp / c.gold : 1);
  }
  return out;
}

}  // namespace storytrace
