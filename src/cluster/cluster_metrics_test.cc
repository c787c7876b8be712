#include "cluster/cluster_metrics.h"

#include <gtest/gtest.h>

namespace storytrace {
namespace {

TEST(ClusterMetricsTest, PerfectClustering) {
  auto s = ScoreClusters({{"a", "x", "en"}, {"a", "x", "de"}, {"b", "y", "en"}});
  EXPECT_DOUBLE_EQ(s.bcubed.f1, 1);
  EXPECT_DOUBLE_EQ(s.pairwise.f1, 1);
  EXPECT_DOUBLE_EQ(s.cross_lingual.recall, 1);
  EXPECT_EQ(s.gold_clusters, 2u);
}

TEST(ClusterMetricsTest, HandComputedExample) {
  // Gold: {1,2,3} {4,5}; predicted: {1,2} {3,4,5}.
  auto s = ScoreClusters({{"g1", "p1", "en"}, {"g1", "p1", "en"}, {"g1", "p2", "de"},
                          {"g2", "p2", "de"}, {"g2", "p2", "de"}});
  // BCubed precision: items 1,2: 1; item 3: 1/3; items 4,5: 2/3 → (2 + 1/3 + 4/3) / 5.
  EXPECT_NEAR(s.bcubed.precision, (2 + 1.0 / 3 + 4.0 / 3) / 5, 1e-12);
  // BCubed recall: items 1,2: 2/3; item 3: 1/3; items 4,5: 1 → (4/3 + 1/3 + 2) / 5.
  EXPECT_NEAR(s.bcubed.recall, (4.0 / 3 + 1.0 / 3 + 2) / 5, 1e-12);
  // Pairs: predicted 1 + 3 = 4, gold 3 + 1 = 4, shared (1,2) and (4,5) = 2.
  EXPECT_NEAR(s.pairwise.precision, 0.5, 1e-12);
  EXPECT_NEAR(s.pairwise.recall, 0.5, 1e-12);
  // Cross-lingual gold pairs: (1,3), (2,3) — both split by the prediction.
  EXPECT_NEAR(s.cross_lingual.recall, 0, 1e-12);
  // No predicted cluster mixes languages, so there is no cross-lingual false positive.
  EXPECT_NEAR(s.cross_lingual.precision, 1, 1e-12);
  ASSERT_EQ(s.cross_lingual_by_lang.size(), 2u);
  EXPECT_NEAR(s.cross_lingual_by_lang["en"].recall, 0, 1e-12);
}

TEST(ClusterMetricsTest, CrossLingualPairsPerLanguage) {
  // Gold: {1 en, 2 de, 3 fr}; predicted: {1 en, 2 de} {3 fr, 4 fr(gold b), 5 en(gold b)}.
  auto s = ScoreClusters({{"a", "x", "en"}, {"a", "x", "de"}, {"a", "y", "fr"},
                          {"b", "y", "fr"}, {"b", "y", "en"}});
  // English: gold pairs (1,2) (1,3) (4,5): 3; predicted (1,2) (3,5) (4,5): 3; shared (1,2) (4,5).
  EXPECT_NEAR(s.cross_lingual_by_lang["en"].recall, 2.0 / 3, 1e-12);
  EXPECT_NEAR(s.cross_lingual_by_lang["en"].precision, 2.0 / 3, 1e-12);
  // German: gold (1,2) (2,3); predicted (1,2) only.
  EXPECT_NEAR(s.cross_lingual_by_lang["de"].recall, 0.5, 1e-12);
  EXPECT_NEAR(s.cross_lingual_by_lang["de"].precision, 1, 1e-12);
  // French: gold (1,3) (2,3) (4,5); predicted (3,5) (4,5); shared (4,5).
  EXPECT_NEAR(s.cross_lingual_by_lang["fr"].recall, 1.0 / 3, 1e-12);
  EXPECT_NEAR(s.cross_lingual_by_lang["fr"].precision, 0.5, 1e-12);
}

TEST(ClusterMetricsTest, AllInOneCluster) {
  auto s = ScoreClusters({{"a", "x", "en"}, {"b", "x", "en"}, {"c", "x", "fr"}, {"d", "x", "fr"}});
  EXPECT_NEAR(s.bcubed.precision, 0.25, 1e-12);
  EXPECT_NEAR(s.bcubed.recall, 1, 1e-12);
  EXPECT_NEAR(s.pairwise.precision, 0, 1e-12);
}

}  // namespace
}  // namespace storytrace
