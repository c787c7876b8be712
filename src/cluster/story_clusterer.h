// Online story clustering: each arriving article joins the most likely live story or starts one.
#ifndef STORYTRACE_CLUSTER_STORY_CLUSTERER_H_
#define STORYTRACE_CLUSTER_STORY_CLUSTERER_H_

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "cluster/article_profile.h"
#include "cluster/cluster_index.h"
#include "cluster/concept_mapper.h"
#include "cluster/join_model.h"
#include "cluster/sparse_vector.h"
#include "cluster/story_assigner.h"
#include "cluster/story_linker.h"

namespace storytrace {

struct ClustererOptions {
  ProfileOptions profile;
  JoinModel model = DefaultJoinModel();                 // for headline-only articles
  JoinModel full_text_model = FullTextJoinModel();      // for articles with a full body
  // An article joins its best cluster at this probability (under the model of its kind).
  // Headlines: 0.55, re-checked on OG2021 dev and on each half of it after the country rules
  // (eval/stories/README.md).
  double join_probability = 0.55;
  double join_probability_full_text = 0.5;
  int64_t window_seconds = 7 * 86400;  // clusters and stories idle longer leave the live set
  // Undated articles have their own clock, their ingest times (an archive of 2021 read today
  // is not a week of news): they are idle a window after the latest undated article's ingest
  // time. Beyond this many live undated articles (those of unknown ingest time never become
  // idle, and an archive read in one run arrives within minutes), the clusters with undated
  // articles that grew least recently leave first. About 0.5 KB each (bench_cluster
  // --undated on): a bound of 250 MB, as the translation detector's 500,000 entries.
  size_t max_undated_articles = 500000;
  size_t centroid_terms = 64;       // each cluster centroid keeps this many top entries
  size_t candidate_terms = 24;      // an article looks up clusters through its top entries
  size_t max_candidates = 32;       // ... and scores those that share the most of them
  size_t recent_members = 0;        // articles per cluster kept for the best-member feature
                                    // (0 = off: it added 0.002 BCubed F1 on OG2021 dev at a
                                    // fifth of the clustering time)
  size_t member_terms = 32;         // entries kept per remembered article vector
  LinkerOptions linker;             // how clusters are linked into stories
};

// Two levels, as the stream flows:
//  1. Language clusters: each article is profiled (see ArticleProfile) and compared with the
//     live clusters of its language that share one of its strongest terms, grams or keys. A
//     JoinModel turns the similarities (centroid cosines, key overlap, best match with a
//     recent member, cluster size and idle time) into a probability; the article joins the
//     most likely cluster when that probability reaches the threshold, else starts one.
//  2. Stories: a StoryLinker links each changed cluster to the live story it resembles most
//     (concepts, character grams and keys compare clusters across languages; terms within
//     one), merging the two stories when the similarity is high enough.
// Both views are kept: cluster ids ("cl-…", per language) and story ids ("st-…", multilingual,
// stable through merges and splits via StoryMerge and StorySplit records). Centroids are sparse and bounded.
// Deterministic: the same articles in the same order give the same stories. Not thread-safe.
class StoryClusterer : public StoryAssigner {
 public:
  // `concepts` (may be null; must outlive the clusterer) maps words to pivot-language
  // concepts for comparing articles across languages. `gazetteer` (may be null: no country
  // keys; read only here) gives the country names of every language (see ProfileBuilder).
  explicit StoryClusterer(ClustererOptions options = {}, const ConceptMapper* concepts = nullptr,
                          const Gazetteer* gazetteer = nullptr);

  // Assigns `article` (with `analyzed` computed from its title + "\n\n" + text) to a cluster
  // and returns the id of its story ("st-<id of the story's first article>"); the cluster id
  // is last_cluster_id() afterwards. Earlier stories merged or split by this step are in
  // TakeMerges() and TakeSplits(). `article.published` is the article's time; an undated
  // article is compared by its ingest time (`fetched`) when known. A cluster leaves the live
  // set when all its articles are idle: its dated ones more than the window before the newest
  // publication time seen, its undated ones ingested more than the window before the newest
  // undated article's ingest (see ClustererOptions::max_undated_articles for the bound on
  // these); a story when all its clusters have.
  std::string Assign(const Article& article, const AnalyzedText& analyzed) override;
  // Assign() in two steps, for pipelines: Count() is what Assign does before it needs the
  // stream's state, so any thread may run it ahead (in any order); AssignCounted() then takes
  // the articles in stream order. Same stories as Assign.
  ArticleCounts Count(const Article& article, const AnalyzedText& analyzed) const {
    return profiles_.Count(article, analyzed);
  }
  std::string AssignCounted(const Article& article, const ArticleCounts& counts);
  // The same for the StoryAssigner interface: the prepared article holds the counts.
  std::unique_ptr<PreparedArticle> Prepare(const Article& article,
                                           const AnalyzedText& analyzed) const override;
  std::string AssignPrepared(const Article& article, const AnalyzedText& analyzed,
                             const PreparedArticle* prepared) override;

  // Adds an already assigned article to story `story_id` (into that story's cluster of the
  // article's language, created if needed) without deciding anything: used to warm the live
  // set up from the store, and for reprints and translations joining their original's story.
  // `article.cluster_id`, when set, names the cluster to restore.
  void Observe(const Article& article, const AnalyzedText& analyzed, const std::string& story_id);
  // Same as Observe: the article joins `story_id`.
  bool Join(const Article& article, const AnalyzedText& analyzed,
            const std::string& story_id) override {
    Observe(article, analyzed, story_id);
    return true;
  }

  // Lower-level steps of Assign, for training and evaluation. Profile() counts the article
  // into the document frequencies (call it once per article, in stream order).
  ArticleProfile Profile(const Article& article, const AnalyzedText& analyzed);
  struct Candidate {
    std::string cluster_id;
    JoinFeatures features;
    double probability = 0;
  };
  // The live clusters `profile` could join, with their features and join probabilities.
  std::vector<Candidate> Candidates(const ArticleProfile& profile);
  // Assign() for a profiled article (Tick() first): joins the most probable candidate cluster
  // or starts cluster "cl-<article_id>" (in a new story "st-<article_id>"); returns the story
  // id. When `candidates` is given, it receives the candidates the decision was made from.
  std::string AssignProfile(const ArticleProfile& profile, const std::string& article_id,
                            std::vector<Candidate>* candidates = nullptr);
  // Adds a profiled article to cluster `cluster_id` (created in story `story_id` when not
  // live); returns the article's story id afterwards.
  std::string Add(const ArticleProfile& profile, const std::string& cluster_id,
                  const std::string& story_id);
  // Advances the stream clock to `time` (when later; for an undated article, nullopt, the
  // undated clock to its ingest time `fetched` when known) and expires idle stories.
  void Tick(const std::optional<int64_t>& time, int64_t fetched = 0);

  // Live language clusters, and the articles in them.
  size_t live_clusters() const;
  size_t live_articles() const;
  // The cluster of the last article assigned or observed.
  std::string last_cluster_id() const override {
    return clusters_.empty() ? std::string() : clusters_[last_cluster_].id;
  }
  // Its number, which stays valid after the cluster expires (see StoryOfCluster).
  uint32_t last_cluster_number() const { return static_cast<uint32_t>(last_cluster_); }
  // The current id of story `id` (itself, or the story it was merged into).
  std::string ResolveStory(const std::string& id) const { return linker_.Resolve(id); }
  // The id of cluster number `n` (as numbered by the linker).
  const std::string& cluster_id(uint32_t n) const { return clusters_[n].id; }
  // Observes every cluster pair considered for linking (see StoryLinker).
  void set_link_observer(StoryLinker::PairObserver observer) {
    linker_.set_pair_observer(std::move(observer));
  }
  // Story merges since the last call, in order.
  std::vector<StoryMerge> TakeMerges() override { return linker_.TakeMerges(); }
  // Story splits since the last call, in order (an article's splits come before its merge).
  std::vector<StorySplit> TakeSplits() override;
  // The current story of cluster number `n` (live or expired).
  const std::string& StoryOfCluster(uint32_t n) const { return linker_.StoryOf(n); }

 private:
  struct Member {
    std::string lang;
    SparseVector terms;
    SparseVector concepts;
  };
  // A language cluster; its summary (centroids, keys, ...) lives in the linker under the same
  // number.
  struct LiveCluster {
    std::string id;
    std::deque<Member> recent;
  };

  // An article's vectors prepared for many dot products.
  struct ProfileLookups {
    SparseLookup terms, concepts, grams;
  };
  JoinFeatures Features(const ArticleProfile& p, const ProfileLookups& v, const LiveCluster& cl,
                        const ClusterSummary& c) const;
  // Expires idle clusters when a clock has moved an hour since the last time, or a tenth of
  // the undated bound has arrived.
  void Expire();
  // The live cluster `id`, created (in story `story_id`) when needed.
  size_t ClusterIndex(const std::string& id, const std::string& story_id, const std::string& lang);
  // Adds the article to cluster `n` and returns its story id afterwards.
  std::string AddToCluster(size_t n, const ArticleProfile& p);

  ClustererOptions options_;
  ProfileBuilder profiles_;
  StoryLinker linker_;
  std::vector<LiveCluster> clusters_;  // every cluster ever made, numbered as in the linker
  std::unordered_map<std::string, size_t> by_id_;
  // (story id, language) → its live cluster, for Observe().
  std::unordered_map<std::string, size_t> story_lang_cluster_;
  size_t last_cluster_ = 0;
  HitCounter hits_;
  size_t stale_story_lang_ = 0;  // expired clusters possibly still in story_lang_cluster_
  int64_t last_expire_ = 0, last_expire_undated_ = 0;
  int64_t stream_time_ = 0;  // latest article time seen: the clock of the stream
  int64_t undated_clock_ = 0;  // latest ingest time of an undated article
  size_t undated_since_expire_ = 0;
  uint64_t arrivals_ = 0;  // articles added so far
};

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_STORY_CLUSTERER_H_
