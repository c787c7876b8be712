// Story assignment: which story an incoming article joins.
#ifndef STORYTRACE_CLUSTER_STORY_ASSIGNER_H_
#define STORYTRACE_CLUSTER_STORY_ASSIGNER_H_

#include <memory>
#include <string>
#include <vector>

#include "core/article.h"
#include "text/analyzed_text.h"

namespace storytrace {

// A story absorbed by another (ids stay valid: `from` now means `into`).
struct StoryMerge {
  std::string from;
  std::string into;
};

// Part of a story found to be a story of its own: the language clusters `clusters` (ids) move from story `from` to story `into`, which takes
// back the id of a story once merged into `from`; `retargeted` are the ids of other stories
// once merged that now mean `into`.
struct StorySplit {
  std::string from;
  std::string into;
  std::vector<std::string> clusters;
  std::vector<std::string> retargeted;
};

// What an assigner works out about an article before the stream reaches it (see
// StoryAssigner::Prepare); each assigner defines its own.
class PreparedArticle {
 public:
  virtual ~PreparedArticle() = default;
};

// The interface every clusterer implements, so the pipeline does not depend on one algorithm.
class StoryAssigner {
 public:
  virtual ~StoryAssigner() = default;
  // Returns the story id for `article` (already analysed), creating a story when needed.
  // Called once per new or changed article, in stream order.
  virtual std::string Assign(const Article& article, const AnalyzedText& analyzed) = 0;
  // The part of Assign that needs no stream state, for pipelines that analyse ahead on many
  // threads: thread-safe, any order. Null when the assigner has no such part.
  virtual std::unique_ptr<PreparedArticle> Prepare(const Article& article,
                                                   const AnalyzedText& analyzed) const {
    (void)article, (void)analyzed;
    return nullptr;
  }
  // Assign() given what Prepare() returned for this article and analysis (null: Assign does
  // all the work). Same result as Assign.
  virtual std::string AssignPrepared(const Article& article, const AnalyzedText& analyzed,
                                     const PreparedArticle* prepared) {
    (void)prepared;
    return Assign(article, analyzed);
  }
  // Puts `article` into the known story `story_id` (e.g. because it reprints or translates an
  // article of that story). Returns false when the assigner cannot follow such a decision;
  // the caller then uses Assign.
  virtual bool Join(const Article& article, const AnalyzedText& analyzed,
                    const std::string& story_id) {
    (void)article, (void)analyzed, (void)story_id;
    return false;
  }
  // Stories merged into others since the last call (the caller moves their articles).
  virtual std::vector<StoryMerge> TakeMerges() { return {}; }
  // Stories split since the last call (the caller moves the clusters' articles).
  virtual std::vector<StorySplit> TakeSplits() { return {}; }
  // The language cluster of the article last assigned or joined ("" when not tracked).
  virtual std::string last_cluster_id() const { return {}; }
};

// The simplest honest baseline: every article is its own story, with id "s-<article id>".
// Stands in until the online clusterer (issue E) lands; deterministic and stateless.
class SingletonStoryAssigner : public StoryAssigner {
 public:
  std::string Assign(const Article& article, const AnalyzedText& analyzed) override;
};

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_STORY_ASSIGNER_H_
