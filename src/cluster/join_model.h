// The clusterer's two learned decisions as logistic models over a few similarity features:
// "does this article belong to that language cluster?" (join) and "are these two clusters
// about one event?" (link).
#ifndef STORYTRACE_CLUSTER_JOIN_MODEL_H_
#define STORYTRACE_CLUSTER_JOIN_MODEL_H_

#include <array>
#include <cmath>
#include <string>

namespace storytrace {

// Join features of an (article, cluster) pair. Order is part of the model: append, never
// reorder.
enum JoinFeature : int {
  kCosTerms = 0,    // cosine with the cluster centroid (stems of the article's language)
  kCosConcepts,     // cosine over pivot-language concepts
  kCosGrams,        // cosine over transliterated character 4-grams
  kKeyShare,        // share of the article's key idf mass that the cluster has too
  kSameLang,        // 1 (clusters hold one language; kept for the model's layout)
  kLogSize,         // log(1 + articles in the cluster)
  kAgeDays,         // days between the article and the cluster's time span (0 when unknown)
  kBestMember,      // best term cosine with one of the cluster's recent articles
  kCountryConflict,  // share of the cluster's country-naming articles that name none of the
                     // article's countries (0 when either names none)
  kJoinFeatureCount
};

// Link features of a pair of clusters. Same rule: append only.
enum LinkFeature : int {
  kLinkCosTerms = 0,  // centroid cosine over stems (0 across languages)
  kLinkCosConcepts,   // over pivot-language concepts
  kLinkCosGrams,      // over transliterated character 4-grams
  kLinkKeyMin,        // the smaller of the two key shares (each side's idf mass found in the other)
  kLinkKeyMax,        // the larger one
  kLinkSameLang,      // 1 when both clusters have one language
  kLinkLogMinSize,    // log(1 + articles in the smaller cluster)
  kLinkLogMaxSize,    // log(1 + articles in the larger cluster)
  kLinkGapDays,       // days between the two clusters' time spans (0 when they overlap)
  kLinkFeatureCount
};

const char* JoinFeatureName(int feature);
const char* LinkFeatureName(int feature);

// Parses "bias,w0,w1,..." with exactly `n` weights into `bias` and `weights[0..n)`; false
// when malformed or of another length (nothing is written then).
bool ParseLogisticWeights(const std::string& text, int n, double* bias, double* weights);

// A logistic model over N features.
template <int N>
struct LogisticModel {
  double bias = 0;
  std::array<double, N> weights{};

  // The modelled probability for features `x`.
  double Probability(const std::array<double, N>& x) const {
    double z = bias;
    for (int i = 0; i < N; ++i) z += weights[i] * x[i];
    return 1.0 / (1.0 + std::exp(-z));
  }
  // Parses "bias,w0,w1,..." (as printed by eval/stories/train_*.py); false when malformed.
  static bool Parse(const std::string& text, LogisticModel* out) {
    return ParseLogisticWeights(text, N, &out->bias, out->weights.data());
  }
};

using JoinFeatures = std::array<double, kJoinFeatureCount>;
using LinkFeatures = std::array<double, kLinkFeatureCount>;
using JoinModel = LogisticModel<kJoinFeatureCount>;
using LinkModel = LogisticModel<kLinkFeatureCount>;

// Models for headline-only articles, learned on the OG2021 dev stream
// (eval/stories/train_models.sh). Links between clusters of one language and of two
// languages are separate models.
JoinModel DefaultJoinModel();
LinkModel DefaultSameLanguageLinkModel();
LinkModel DefaultCrossLanguageLinkModel();
// Models for full articles, calibrated by hand (no full-text story gold is large enough to
// learn from): same-event articles share about a third of their term weight (cosine 0.35 to
// 0.45 in the sample corpus), different events under a tenth; see eval/stories/README.md.
JoinModel FullTextJoinModel();
LinkModel FullTextSameLanguageLinkModel();
LinkModel FullTextCrossLanguageLinkModel();

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_JOIN_MODEL_H_
