// Clustering quality against gold story labels: BCubed, pairwise and cross-lingual pair scores.
#ifndef STORYTRACE_CLUSTER_CLUSTER_METRICS_H_
#define STORYTRACE_CLUSTER_CLUSTER_METRICS_H_

#include <map>
#include <string>
#include <vector>

namespace storytrace {

// One evaluated article: its gold story, the predicted story and its language.
struct LabeledItem {
  std::string gold;
  std::string predicted;
  std::string lang;
};

struct PRF {
  double precision = 0, recall = 0, f1 = 0;
};

struct ClusterScores {
  PRF bcubed;
  PRF pairwise;
  PRF cross_lingual;  // pairs of articles in different languages only
  // Per language L: the cross-lingual pairs with one article in L (and the other not).
  std::map<std::string, PRF> cross_lingual_by_lang;
  size_t items = 0, gold_clusters = 0, predicted_clusters = 0;
};

// Scores `items`. BCubed precision/recall are averaged over items; pairwise scores count item
// pairs in the same predicted / gold cluster. A measure with no pairs to judge scores 1.
ClusterScores ScoreClusters(const std::vector<LabeledItem>& items);

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_CLUSTER_METRICS_H_
