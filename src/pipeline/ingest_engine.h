// Everything a writer of the store needs, set up once and warmed from the store: the text
// analyzer, the bilingual lexicons, the reprint/translation finder, the story clusterer and the
// pipeline. Used by `storytrace ingest` and by the HTTP server.
#ifndef STORYTRACE_PIPELINE_INGEST_ENGINE_H_
#define STORYTRACE_PIPELINE_INGEST_ENGINE_H_

#include <memory>
#include <string>

#include "cluster/story_clusterer.h"
#include "core/status.h"
#include "dedup/lexicon.h"
#include "dedup/link_finder.h"
#include "entities/entity_registry.h"
#include "entities/gazetteer.h"
#include "entities/mention_finder.h"
#include "geo/geotagger.h"
#include "pipeline/pipeline.h"
#include "store/store.h"
#include "text/analyzed_text.h"

namespace storytrace {

struct IngestEngine {
  std::unique_ptr<TextAnalyzer> analyzer;
  std::unique_ptr<LexiconSet> lexicons;  // from <data dir>/lexicon; may hold none
  std::unique_ptr<LexiconSet> translation_lexicons;  // lexicons->ForTranslation: shares the plain ones
  std::unique_ptr<ConceptMapper> concepts;  // word → pivot-language concepts, for the clusterer
  std::unique_ptr<LinkFinder> links;
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<MentionFinder> mentions;
  std::unique_ptr<EntityRegistry> entities;
  std::unique_ptr<Geotagger> geotagger;
  std::unique_ptr<Pipeline> pipeline;
  size_t warm_articles = 0;    // recent articles replayed into the clusterer and translation window
  size_t warm_signatures = 0;  // reprint signatures loaded
};

// Builds the engine for `store` (which must outlive it) from the models in `data_dir`, and
// replays the store: every reprint signature, and the articles of the last
// `options.window_seconds` (counted back from the newest) with their stored stories, so a new
// run continues where the previous one stopped. Fails when the models are missing (Unavailable)
// or the store fails.
Result<std::unique_ptr<IngestEngine>> OpenIngestEngine(Store* store, const std::string& data_dir,
                                                       const ClustererOptions& options = {},
                                                       InputLimits limits = {});

}  // namespace storytrace

#endif  // STORYTRACE_PIPELINE_INGEST_ENGINE_H_
