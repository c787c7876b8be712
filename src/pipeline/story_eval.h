// Story clustering evaluation: replay a gold-labelled stream in time order and score it.
#ifndef STORYTRACE_PIPELINE_STORY_EVAL_H_
#define STORYTRACE_PIPELINE_STORY_EVAL_H_

#include <string>

#include "cluster/cluster_metrics.h"
#include "cluster/story_clusterer.h"
#include "entities/mention_finder.h"
#include "core/status.h"
#include "text/analyzed_text.h"

namespace storytrace {

struct StoryEvalResult {
  ClusterScores scores;
  double seconds = 0;           // clustering time, analysis excluded
  double analysis_seconds = 0;  // language ID, tokenisation, stemming
};

// Reads `gold_path` (JSONL: id, lang, published, title, text, story_id), sorts it by
// `published` (stable), analyses each article and clusters the stream online with `options`.
// Fails on unreadable files or records without id/story_id.
// `finder` (may be null) adds entity mentions, resolved to canonical entities, which the
// clusterer uses as language-independent keys.
Result<StoryEvalResult> EvaluateStories(const std::string& gold_path, const TextAnalyzer& analyzer,
                                        const ClustererOptions& options,
                                        const MentionFinder* finder = nullptr);

}  // namespace storytrace

#endif  // STORYTRACE_PIPELINE_STORY_EVAL_H_
