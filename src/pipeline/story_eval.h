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
  std::vector<std::string> ids;    // article ids in stream order
  std::vector<LabeledItem> items;  // their gold and final predicted stories, same order
  std::vector<std::string> clusters;  // their language clusters, same order
};

// Reads `gold_path` (JSONL: id, lang, published, title, text, story_id), sorts it by
// `published` (stable), analyses each article and clusters the stream online with `options`.
// Fails on unreadable files or records without id/story_id.
// `finder` (may be null) adds entity mentions, resolved to canonical entities, which the
// clusterer uses as language-independent keys.
// `concepts` (may be null) maps words to pivot-language concepts; `gazetteer` (may be null)
// gives the clusterer country names in every language (ProfileOptions::country_weight), as
// ingest does. When `features_path` is
// set, every (article, candidate story) pair the clusterer considers is written there as a
// TSV line "article label features..." for training the join model, where the label says
// whether most of the candidate's articles so far belong to the article's gold story.
// `link_features_path` likewise receives every cluster pair considered for linking, labelled
// by whether the two clusters' majority gold stories agree.
Result<StoryEvalResult> EvaluateStories(const std::string& gold_path, const TextAnalyzer& analyzer,
                                        const ClustererOptions& options,
                                        const MentionFinder* finder,
                                        const ConceptMapper* concepts, const Gazetteer* gazetteer,
                                        const std::string& features_path = {},
                                        const std::string& link_features_path = {});

// The same gold stream through the whole ingest pipeline, as `storytrace ingest` runs it
// (extraction, reprint and translation links, entities and places, the store): the records are
// ingested in time order (stable) into the store at `db_path` (":memory:": none on disk; a file
// should be new) with the models of `data_dir`, and each article is scored by the story the
// store gives it. A copy (the same content under another id, stored as an alias) counts with
// its original's story; a record ingest rejects counts as a story of its own. `seconds` is the
// whole ingest, analysis included (`analysis_seconds` stays 0); `clusters` are the stored
// language clusters. Fails when the gold file cannot be read, the models are missing or the
// store fails.
Result<StoryEvalResult> EvaluateStoriesThroughIngest(const std::string& gold_path,
                                                     const std::string& data_dir,
                                                     const ClustererOptions& options,
                                                     const std::string& db_path = ":memory:");

}  // namespace storytrace

#endif  // STORYTRACE_PIPELINE_STORY_EVAL_H_
