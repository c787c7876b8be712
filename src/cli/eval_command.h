// `storytrace eval stories`: scores story clustering against a gold stream.
#ifndef STORYTRACE_CLI_EVAL_COMMAND_H_
#define STORYTRACE_CLI_EVAL_COMMAND_H_

#include <string>

#include "cli/commands.h"
#include "cluster/story_clusterer.h"

namespace storytrace {

// Replays a gold JSONL stream (id, lang, published, title, text, story_id) through the online
// clusterer with options `c` and prints BCubed, pairwise and cross-lingual pair scores and the
// speed (as a table, or JSON with `o.format` "json", which also gives the headline models).
// `entities`: extract entity mentions and use them as clustering keys, as ingest does.
// `assignments_path` (optional): writes one JSON line per article (id, lang, gold, predicted,
// cluster). `features_path` / `link_features_path` (optional): the join and link decisions'
// features, for training. `through_ingest`: the stream goes through the whole ingest pipeline
// into an in-memory store instead (EvaluateStoriesThroughIngest; what `storytrace ingest`
// gives), and the speed is the whole pipeline's. Exit 1 when the gold file or the models
// cannot be read.
int RunEvalStories(const CommonOptions& o, const std::string& gold, const ClustererOptions& c,
                   bool entities = true, const std::string& assignments_path = {},
                   const std::string& features_path = {},
                   const std::string& link_features_path = {}, bool through_ingest = false);

}  // namespace storytrace

#endif  // STORYTRACE_CLI_EVAL_COMMAND_H_
