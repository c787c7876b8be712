// A language cluster as the story linker sees it, and the evidence two such clusters share:
// the link features the link models read, and the rules read beside them (full text or
// headlines, country agreement, scripts that hide names).
#ifndef STORYTRACE_CLUSTER_CLUSTER_SUMMARY_H_
#define STORYTRACE_CLUSTER_CLUSTER_SUMMARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cluster/join_model.h"
#include "cluster/sparse_vector.h"

namespace storytrace {

// The key mass a key share is divided by at least (idf units): a lone weak key must not look
// like full agreement (the linker's KeyShare and the join's key share).
inline constexpr double kMinKeyMass = 6.0;

// A key of a cluster: how many of its articles have it, and its idf when first seen.
struct ClusterKey {
  uint32_t key;
  int count;
  float idf;
};

// A language cluster as the linker sees it: centroids (sums of unit-length article vectors,
// pruned), keys, language, size and time span.
struct ClusterSummary {
  std::string lang;
  SparseVector terms, concepts, grams;
  std::vector<ClusterKey> keys;  // sorted by key
  // The countries its articles name (count only; sorted by key) and how many of its articles
  // name one.
  std::vector<ClusterKey> countries;
  int with_countries = 0;
  int size = 0;
  int full_text = 0;  // articles with a full body
  int64_t first_time = 0, last_time = 0;  // 0 when undated
  // For expiry (StoryLinker::Expire): the latest publication time of its dated articles and
  // the latest ingest time of its undated ones (0 when it has none, or none is known), how
  // many undated articles it has, and when it last grew (its article's place in the stream).
  int64_t last_dated = 0, last_undated = 0;
  int undated = 0;
  uint64_t last_arrival = 0;
  // Whether its language's script hides how names are spelled (set by AddCluster; see
  // LinkThresholds::impute_unmatched_scripts).
  bool hides_names = false;
};

// Whether most of a cluster's articles have a full body (the full-text models and rules apply).
bool IsFullText(const ClusterSummary& s);

// Share of `a`'s key mass (idf, damped by how few of its articles have the key) that `b` has,
// the mass counted as at least kMinKeyMass.
double KeyShare(const ClusterSummary& a, const ClusterSummary& b);

// How much two clusters agree on the countries they name: the weighted Jaccard overlap of their
// country shares (a country's share: the part of a cluster's country-naming articles that name
// it), Σ min / Σ max over all countries either names. {US, RS} against {US, JP}: 1/3; {US, RS}
// against {US}: 1/2. Negative when either names none.
double CountryOverlap(const ClusterSummary& a, const ClusterSummary& b);

// Whether names written in `lang`'s script can hardly meet their Latin (or Cyrillic)
// spellings through transliterated character grams and capitalised-word keys (Arabic script,
// Hebrew, Chinese, Japanese, Korean).
bool ScriptHidesNames(std::string_view lang);

// The link features of two cluster summaries (see join_model.h): centroid cosines (terms
// within a language only), key shares both ways, sizes and the days between their spans.
LinkFeatures LinkPairFeatures(const ClusterSummary& a, const ClusterSummary& b);

// Raises a pair's gram cosine and key shares to their expected values given its concept
// cosine (for pairs where one side's script hides names; see
// LinkThresholds::impute_unmatched_scripts).
void ImputeNameEvidence(LinkFeatures* x);

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_CLUSTER_SUMMARY_H_
