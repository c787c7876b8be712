// The ingest pipeline: inputs → decode → extract → analyse → assign story → store.
#ifndef STORYTRACE_PIPELINE_PIPELINE_H_
#define STORYTRACE_PIPELINE_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cluster/story_assigner.h"
#include "cluster/story_clusterer.h"
#include "core/article.h"
#include "core/status.h"
#include "ingest/input_reader.h"
#include "store/store.h"
#include "text/analyzed_text.h"

namespace storytrace {

struct IngestSummary {
  int64_t documents = 0;          // good documents read
  int64_t inserted = 0;
  int64_t updated = 0;
  int64_t unchanged = 0;
  int64_t duplicate_content = 0;  // same content as a stored article under another id
  int64_t rejected = 0;
  int64_t warnings = 0;
  double seconds = 0;
};

// Called after every document with the running totals.
using ProgressFn = std::function<void(const IngestSummary&)>;

// Turns one decoded document into an analysed article (extraction, title fallback, language,
// content hash). Fails with InvalidArgument when no article text is left after extraction.
Result<Article> BuildArticle(RawDocument&& doc, const TextAnalyzer& analyzer,
                             AnalyzedText* analyzed);

// Runs the whole ingest stage against a store. Not copyable; one per thread.
class Pipeline {
 public:
  // `store` and `analyzer` must outlive the pipeline.
  Pipeline(Store* store, const TextAnalyzer* analyzer, std::unique_ptr<StoryAssigner> assigner,
           InputLimits limits = {})
      : store_(store), analyzer_(analyzer), assigner_(std::move(assigner)), limits_(limits) {}
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Ingests every input (see InputReader::Read), committing in batches of `batch_size`.
  // Rejected inputs are stored and reported via `on_reject` (may be null). Fails only when
  // the store fails; bad inputs never stop the run.
  Result<IngestSummary> Ingest(const std::vector<std::string>& inputs,
                               const ProgressFn& progress = nullptr,
                               const InputReader::RejectFn& on_reject = nullptr,
                               size_t batch_size = 256);

 private:
  Status Flush(std::vector<std::string>& touched_stories);

  Store* store_;
  const TextAnalyzer* analyzer_;
  std::unique_ptr<StoryAssigner> assigner_;
  InputLimits limits_;
};

// Replays the stored articles of the last `window_seconds` (counted back from the newest) into
// `clusterer` with their stored stories, so a new ingest run continues the live stories of the
// previous ones. Returns how many articles were replayed.
Result<size_t> WarmUpClusterer(Store& store, const TextAnalyzer& analyzer,
                               StoryClusterer& clusterer, int64_t window_seconds);

}  // namespace storytrace

#endif  // STORYTRACE_PIPELINE_PIPELINE_H_
