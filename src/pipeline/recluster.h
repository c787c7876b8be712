// Batch re-clustering: the stories of a stored time range computed afresh, deterministically.
#ifndef STORYTRACE_PIPELINE_RECLUSTER_H_
#define STORYTRACE_PIPELINE_RECLUSTER_H_

#include <cstdint>
#include <optional>

#include "cluster/concept_mapper.h"
#include "cluster/story_clusterer.h"
#include "core/status.h"
#include "store/store.h"
#include "text/analyzed_text.h"

namespace storytrace {

struct ReclusterSummary {
  int64_t articles = 0;        // articles re-clustered
  int64_t moved = 0;           // whose story changed
  int64_t stories_before = 0;  // distinct stories of those articles before
  int64_t stories_after = 0;   // ... and after
  double seconds = 0;
};

// Re-runs story clustering over the stored articles whose time (published, else fetched) lies
// in [since, until] (open ends when unset), in stream order (the order ingest stored them in,
// each batch's articles by day, see pipeline/stream_order.h), with a fresh clusterer: reprints
// and translations join their original's story when the original is in the range and came
// first, as ingest does, and an original joins its reprint's or translation's when that came
// first; an article linked to one outside the range stays in that article's story. Writes the new stories and language clusters in one transaction and refreshes every
// story touched. The same store and options always give the same result. Fails only when
// the store fails (then nothing is written). `concepts` and `gazetteer` (either may be null)
// must be what ingest gave its clusterer, or the stories will differ from ingest's: the
// gazetteer gives country names in every language (ProfileOptions::country_weight).
Result<ReclusterSummary> Recluster(Store* store, const TextAnalyzer& analyzer,
                                   const ConceptMapper* concepts, const Gazetteer* gazetteer,
                                   const ClustererOptions& options, std::optional<int64_t> since,
                                   std::optional<int64_t> until);

}  // namespace storytrace

#endif  // STORYTRACE_PIPELINE_RECLUSTER_H_
