// The one writer of the HTTP server: every PUT, DELETE and POST goes through it, in turn, into
// one pipeline whose story clusterer and reprint index live as long as the server.
#ifndef STORYTRACE_SERVER_ARTICLE_WRITER_H_
#define STORYTRACE_SERVER_ARTICLE_WRITER_H_

#include <chrono>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "pipeline/ingest_engine.h"
#include "server/query_expansion.h"
#include "store/store.h"

namespace storytrace {

// What a POST of records did, per outcome.
struct BatchReport {
  int64_t inserted = 0;
  int64_t updated = 0;
  int64_t unchanged = 0;
  int64_t duplicate_content = 0;
  struct Rejected {
    size_t index;  // 0-based position of the record in the request
    std::string reason;
  };
  std::vector<Rejected> rejected;  // by index
};

// Documents ingested through the writer: in total and during the last minute.
struct IngestCounters {
  int64_t total = 0;
  int64_t last_minute = 0;
};

// Thread-safe: calls are serialised by a mutex. Not copyable.
class ArticleWriter {
 public:
  enum class PutOutcome { kCreated, kReplaced };

  // Opens the writer's connection to `db_path` (creating and migrating the database) and the
  // ingest engine with the models in `data_dir`, replaying the store (slow: seconds for large
  // stores). Fails as Store::Open and OpenIngestEngine fail.
  static Result<std::unique_ptr<ArticleWriter>> Open(const std::string& db_path,
                                                     const std::string& data_dir);
  ArticleWriter(const ArticleWriter&) = delete;
  ArticleWriter& operator=(const ArticleWriter&) = delete;

  // Ingests `body` as article `name` (already validated) and sets its expiry to its time plus
  // `max_age_seconds`. kCreated when the name was unknown, kReplaced when it named an article
  // or an alias. Fails with InvalidArgument and the reason when the body cannot become an
  // article (the rejection is stored as for file input), and as the store fails otherwise.
  Result<PutOutcome> Put(const std::string& name, std::string_view body,
                         std::string_view content_type, int64_t max_age_seconds);

  // Deletes article or alias `name` (see Store::DeleteArticle); false when it names nothing.
  // The clusterer and reprint index keep what they learned from it.
  Result<bool> Delete(const std::string& name);

  // Ingests JSON records (JSONL fields: id, text or html, title, url, source, lang,
  // published), validated by ParseJsonRecord exactly as in file input. Bad records are stored
  // as rejections and reported by index; fails only when the store fails.
  Result<BatchReport> IngestRecords(const std::vector<std::string>& records);

  // Never waits for a running ingest.
  IngestCounters counters();

  // What the writes since the last call changed, for caches of rendered responses: the
  // stories they touched, or everything (a delete, a failed write, the stream's clock moving
  // on, which moves every story's live window).
  struct Changes {
    bool everything = false;
    std::vector<std::string> stories;
  };
  Changes TakeChanges();

  // Search expansion through the engine's lexicons (read-only; safe without the mutex).
  const QueryExpander& query_expander() const { return *expander_; }
  // The engine's stopword lists (read-only; safe without the mutex).
  const Stopwords& stopwords() const { return engine_->analyzer->stopwords(); }

 private:
  ArticleWriter() = default;
  // A unique origin for the documents of one request, e.g. "http:PUT
  // a.html@2024-12-04T10:00:00Z#7".
  std::string NextOrigin(std::string_view what);
  // The reason stored for the rejection whose input is exactly `origin`.
  std::string RejectionReason(const std::string& origin);
  void Count(int64_t documents);
  // Adds what the pipeline touched to pending_; everything when the clock moved from
  // `clock_before` (or either reading failed).
  void NoteChanges(const Result<std::optional<Store::Clock>>& clock_before);

  std::mutex mu_;  // guards the store, the engine and requests_
  std::unique_ptr<Store> store_;
  std::unique_ptr<IngestEngine> engine_;  // uses store_: declared after it, destroyed before
  std::unique_ptr<QueryExpander> expander_;  // uses engine_'s lexicons and stopwords
  int64_t requests_ = 0;
  Changes pending_;  // since the last TakeChanges()
  std::mutex counters_mu_;  // guards total_ and recent_
  int64_t total_ = 0;
  std::deque<std::pair<std::chrono::steady_clock::time_point, int64_t>> recent_;
};

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_ARTICLE_WRITER_H_
