// Second level of story clustering: links language clusters (articles of one language about
// one event) into multilingual stories, merging stories that turn out to be one.
#ifndef STORYTRACE_CLUSTER_STORY_LINKER_H_
#define STORYTRACE_CLUSTER_STORY_LINKER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "cluster/cluster_index.h"
#include "cluster/cluster_summary.h"
#include "cluster/join_model.h"
#include "cluster/sparse_vector.h"
#include "cluster/story_assigner.h"

namespace storytrace {

// The thresholds of the linker's decisions. There is one set for headline clusters and one
// for clusters of full articles (a cluster counts as full text when most of its articles have
// a full body; a pair when both do): the rules below were measured on headlines, so full
// articles keep them off until a full-text gold says otherwise.
struct LinkThresholds {
  // Two clusters' stories merge at this link probability.
  double link = 0.5;
  // A link whose probability, re-scored as its clusters grow, falls below this is dropped;
  // when that leaves a story in two parts, it splits. Below the link threshold, so that a
  // link does not flicker. Negative: links are never re-scored.
  double unlink = 0.25;
  // Stories as wholes: when no single link merges a changed cluster's story, it still merges
  // with the candidate story whose mean link probability with it, over all pairs of their
  // live clusters (weighted by both sizes), is highest and reaches this, provided the changed
  // cluster's best link into that story would hold (reaches `unlink`). Negative: off.
  double story_link = 0.45;
  // Average linkage kept up after merging: when a cluster is re-linked and its mean link
  // probability with the rest of its story's live clusters (size-weighted) has fallen below
  // this (under story_probability, so that it does not flicker), its links are dropped and
  // the story splits where that leaves it apart. Negative: off.
  double story_keep = 0.15;
  // A new link needs the two clusters to agree on the countries they name, when both name
  // some: the weighted Jaccard overlap of their country shares (see CountryOverlap)
  // must reach this. On OG2021 dev, article pairs of one predicted story whose headlines name
  // countries but no common one were of one gold story 6 % of the time; "USA beat Serbia" and
  // "USA beat Japan" are two stories. Negative: off.
  double min_country_overlap = 0.6;
  // Names and cognates meet across languages through character grams and keys, which a
  // cluster in a script that hides how names are spelled (Arabic script and Hebrew write no
  // vowels and no capitals; Chinese, Japanese and Korean write names by syllables) can hardly
  // share with one in another language. For such a pair the gram cosine and the two key
  // shares count as at least what pairs with the same concept cosine show on average (see
  // ImputeNameEvidence), so that evidence the script cannot carry is not taken as
  // evidence against the link. On OG2021 dev, cross-lingual recall of Arabic headlines went
  // from 0.03 to 0.31, their precision from 0.60 to 0.62.
  bool impute_unmatched_scripts = true;
};

struct LinkerOptions {
  // Models for clusters of one language and of two, for headlines and for full articles.
  LinkModel same_lang_model = DefaultSameLanguageLinkModel();
  LinkModel cross_lang_model = DefaultCrossLanguageLinkModel();
  LinkModel full_text_same_lang_model = FullTextSameLanguageLinkModel();
  LinkModel full_text_cross_lang_model = FullTextCrossLanguageLinkModel();
  LinkThresholds headline;
  LinkThresholds full_text{.story_link = -1,
                           .story_keep = -1,
                           .min_country_overlap = -1,
                           .impute_unmatched_scripts = false};
  // Against chaining (average linkage): a cluster links to another story only when its mean
  // link probability with that story's live clusters, weighted by their sizes, reaches this
  // too, and the same the other way round. Negative: no such check.
  double story_probability = 0.2;
  size_t candidate_terms = 16;    // a cluster looks up others through its top entries
  size_t max_candidates = 48;     // ... and scores those that share the most of them

  // The thresholds for a cluster, or a pair, of full articles (`full`) or of headlines.
  const LinkThresholds& For(bool full) const { return full ? full_text : headline; }
};

// Keeps the clusters' summaries and the stories (sets of clusters joined by links). After a
// cluster changes, Changed() compares it with the live clusters of other stories that share its
// strongest terms, concepts, grams or keys (terms only within a language; concepts, grams and
// keys across languages); a LinkModel turns each pair's similarities into a probability, and
// the two stories merge when the best probability reaches the threshold (the older story's id
// survives), or, failing that, when the two stories as wholes are alike on average (see
// LinkThresholds::story_link). The cluster's own links are re-scored too: a link that no longer
// holds is dropped (all of them when the cluster no longer agrees with its story as a whole),
// and a story left in two parts splits, the part without the story's first cluster taking
// back the id of the earliest story that was merged into it (see StorySplit).
// Deterministic; not thread-safe.
class StoryLinker {
 public:
  explicit StoryLinker(LinkerOptions options = {}) : options_(options) {}

  // Registers a new, empty cluster of language `lang` in story `story_id` (a new story unless
  // a known story has that id; then the cluster stays with that story's first cluster for
  // good); returns the cluster's number.
  uint32_t AddCluster(const std::string& story_id, const std::string& lang);
  // The summary of cluster `n`, for the caller to update before calling Changed().
  ClusterSummary& summary(uint32_t n) { return clusters_[n].summary; }
  const ClusterSummary& summary(uint32_t n) const { return clusters_[n].summary; }
  // Cluster `n` changed: its new postings are indexed (the centroid entries in `added_*`
  // not seen before) and it is re-linked. Returns its story id afterwards.
  const std::string& Changed(uint32_t n, const std::vector<uint32_t>& added_terms,
                             const std::vector<uint32_t>& added_concepts,
                             const std::vector<uint32_t>& added_grams,
                             const std::vector<uint32_t>& added_keys);
  // Clusters whose centroid has (or had) `key` in `channel` (see cluster_index.h); may list
  // expired clusters. Null when none.
  const std::vector<uint32_t>* Postings(uint64_t channel, uint32_t key) const {
    auto it = index_.find(channel << 32 | key);
    return it == index_.end() ? nullptr : &it->second;
  }
  bool alive(uint32_t n) const { return clusters_[n].alive; }
  // The current story id of cluster `n`.
  const std::string& StoryOf(uint32_t n) const;
  // The current id of story `id`: the story that holds the cluster it started with.
  std::string Resolve(const std::string& id) const;
  // Merges since the last call, in order.
  std::vector<StoryMerge> TakeMerges();
  // Splits since the last call, in order (a change's splits come before its merge).
  struct Split {
    std::string from, into;
    std::vector<uint32_t> clusters;
    std::vector<std::string> retargeted;
  };
  std::vector<Split> TakeSplits();
  // When clusters leave the live set (see Expire).
  struct Expiry {
    int64_t dated_before = 0;    // a dated article published before this is idle
    int64_t undated_before = 0;  // an undated article ingested before this is idle
    // Undated articles kept live at most: beyond it, the clusters with undated articles that
    // grew least recently leave until a tenth of the bound is free. Undated articles of
    // unknown ingest time never become idle by time; this bounds them.
    size_t max_undated = SIZE_MAX;
  };
  // Forgets the clusters all of whose articles are idle (the dated ones by publication time,
  // the undated ones by ingest time; their stories stay answerable by id), then those over
  // the undated bound; returns their numbers. Costs in proportion to the live clusters (and
  // their logarithm when the bound is reached).
  std::vector<uint32_t> Expire(const Expiry& expiry);
  size_t live_clusters() const { return live_.size(); }

  // Called with every cluster pair considered for linking (changed cluster first), before
  // the decision, with the features its model reads; for training the link model.
  using PairObserver = std::function<void(uint32_t, uint32_t, const LinkFeatures&)>;
  void set_pair_observer(PairObserver observer) { observer_ = std::move(observer); }

 private:
  struct Edge {
    uint32_t other;
    bool permanent;  // a reprint's or translation's tie, never re-scored
  };
  struct Cluster {
    ClusterSummary summary;
    uint32_t story = 0;   // the story it is in now
    int64_t started = -1;  // the story it started, if any
    bool alive = true;
    int linked_size = 0;  // its size when it was last linked
    std::vector<Edge> edges;  // links to clusters of its story
  };
  struct Story {
    std::string id;
    int64_t first_time = 0;
    uint32_t first_cluster = 0;      // the cluster it started with
    std::vector<uint32_t> clusters;  // empty while merged into another
    std::vector<uint32_t> live;      // its live clusters (for AgreesWithStory)
  };
  // The link probability of two clusters, and the thresholds that apply to the pair (headline
  // or full-text ones).
  struct PairScore {
    double probability;
    const LinkThresholds* rules;
  };
  PairScore Score(const ClusterSummary& a, const ClusterSummary& b) const;
  // The same from the pair's model features `x` (ModelFeatures).
  PairScore Score(const ClusterSummary& a, const ClusterSummary& b, const LinkFeatures& x) const;
  // LinkPairFeatures() as the pair's model reads them: with the name evidence imputed where the
  // pair's rules ask for it (LinkThresholds::impute_unmatched_scripts).
  LinkFeatures ModelFeatures(const ClusterSummary& a, const ClusterSummary& b) const;
  void Link(uint32_t n);
  void Merge(uint32_t n, uint32_t m);
  // The mean link probability of cluster `n` with the live clusters of story `story` other
  // than itself, each weighted by its size; -1 when there are none. `known` holds link
  // probabilities of `n` already computed, by cluster.
  double MeanProbability(uint32_t n, uint32_t story,
                         const std::unordered_map<uint32_t, double>& known) const;
  // Whether cluster `n` agrees with story `story` (see story_probability), by MeanProbability.
  bool AgreesWithStory(uint32_t n, uint32_t story,
                       const std::unordered_map<uint32_t, double>& known) const;
  // The mean link probability of stories `s` and `t` over all pairs of their live clusters,
  // weighted by both sizes; `known` holds cluster `n`'s probabilities, by cluster.
  double StoryLinkage(uint32_t s, uint32_t t, uint32_t n,
                      const std::unordered_map<uint32_t, double>& known) const;
  // Re-scores the links of cluster `n`, drops those that no longer hold (all of them when `n`
  // no longer agrees with its story as a whole, see LinkThresholds::story_keep) and splits its
  // story when it falls apart.
  void Recheck(uint32_t n);
  // Removes the `i`th link of cluster `n`, in both directions.
  void DropEdge(uint32_t n, size_t i);
  void SplitIfApart(uint32_t a, uint32_t b);

  LinkerOptions options_;
  std::vector<Cluster> clusters_;
  std::vector<uint32_t> live_;         // numbers of the live clusters
  size_t dead_since_cleaning_ = 0;     // clusters expired since the index was last cleaned
  std::vector<Story> stories_;
  std::unordered_map<std::string, uint32_t> by_id_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> index_;  // channel|hash → clusters
  std::vector<StoryMerge> merges_;
  std::vector<Split> splits_;
  PairObserver observer_;
  HitCounter hits_;
};

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_STORY_LINKER_H_
