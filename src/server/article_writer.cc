// The server's single writer.
#include "server/article_writer.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/time.h"
#include "ingest/input_reader.h"
#include "server/request_parsing.h"

namespace storytrace {
namespace {

constexpr auto kRateWindow = std::chrono::seconds(60);

// Marks the pending changes as "everything" unless disarmed (when a write turned out well).
class FailSafe {
 public:
  explicit FailSafe(ArticleWriter::Changes* changes) : changes_(changes) {}
  ~FailSafe() {
    if (changes_ != nullptr) changes_->everything = true;
  }
  void Disarm() { changes_ = nullptr; }

 private:
  ArticleWriter::Changes* changes_;
};

}  // namespace

Result<std::unique_ptr<ArticleWriter>> ArticleWriter::Open(const std::string& db_path,
                                                           const std::string& data_dir) {
  std::unique_ptr<ArticleWriter> writer(new ArticleWriter());
  auto store = Store::Open(db_path);
  if (!store.ok()) return store.status();
  writer->store_ = std::move(store).value();
  auto engine = OpenIngestEngine(writer->store_.get(), data_dir);
  if (!engine.ok()) return engine.status();
  writer->engine_ = std::move(engine).value();
  writer->engine_->pipeline->TrackTouchedStories(true);
  writer->expander_ = std::make_unique<QueryExpander>(writer->engine_->lexicons.get(),
                                                      &writer->engine_->analyzer->stopwords());
  return writer;
}

std::string ArticleWriter::NextOrigin(std::string_view what) {
  // The wall clock, not NowSeconds (which STORYTRACE_NOW may fix): with the request number
  // it keeps origins of different runs apart, so a request finds its own rejections.
  int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                    std::chrono::system_clock::now().time_since_epoch())
                    .count();
  return fmt::format("http:{}@{}#{}", what, FormatIso8601(now), ++requests_);
}

std::string ArticleWriter::RejectionReason(const std::string& origin) {
  auto rejections = store_->RejectionsFrom(origin);
  if (rejections.ok()) {
    for (auto it = rejections.value().rbegin(); it != rejections.value().rend(); ++it) {
      if (it->input == origin) return it->reason;
    }
  }
  return "the document could not be ingested";
}

Result<ArticleWriter::PutOutcome> ArticleWriter::Put(const std::string& name, std::string_view body,
                                                     std::string_view content_type,
                                                     int64_t max_age_seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  const std::string origin = NextOrigin("PUT " + name);
  auto doc = DocumentFromBody(name, body, content_type);
  if (!doc.ok()) {
    // Recorded like a bad input file; the client hears the reason either way.
    (void)store_->AddRejection({origin, 0, doc.status().message()});
    return doc.status();
  }
  doc.value().origin = origin;
  auto known = store_->LookupName(name);
  if (!known.ok()) return known.status();
  auto clock_before = store_->StreamClock();
  FailSafe fail_safe(&pending_);  // a write that fails half-way may have changed anything
  std::vector<RawDocument> docs;
  docs.push_back(std::move(doc).value());
  auto sum = engine_->pipeline->IngestDocuments(std::move(docs), 1);
  if (!sum.ok()) return sum.status();
  if (sum.value().rejected > 0) return InvalidArgument(RejectionReason(origin));
  // An alias (same content as another article) has no row of its own and follows the
  // expiry of its original.
  Status s = store_->SetExpiresAfter(name, max_age_seconds);
  if (!s.ok() && s.code() != StatusCode::kNotFound) return s;
  // A new expiry changes the article's story even when its content did not change; an alias
  // changes what its original's story lists: everything, to be simple.
  auto story = store_->StoryOfArticle(name);
  if (story.ok() && story.value()) {
    fail_safe.Disarm();
    if (!story.value()->empty()) pending_.stories.push_back(*story.value());
  }
  NoteChanges(clock_before);
  Count(sum.value().documents);
  return known.value() == Store::NameKind::kNone ? PutOutcome::kCreated : PutOutcome::kReplaced;
}

Result<bool> ArticleWriter::Delete(const std::string& name) {
  std::lock_guard<std::mutex> lock(mu_);
  pending_.everything = true;
  return store_->DeleteArticle(name);
}

ArticleWriter::Changes ArticleWriter::TakeChanges() {
  std::lock_guard<std::mutex> lock(mu_);
  Changes out;
  std::swap(out, pending_);
  return out;
}

void ArticleWriter::NoteChanges(const Result<std::optional<Store::Clock>>& clock_before) {
  std::vector<std::string> touched = engine_->pipeline->TakeTouchedStories();
  pending_.stories.insert(pending_.stories.end(), touched.begin(), touched.end());
  auto clock_after = store_->StreamClock();
  if (!clock_before.ok() || !clock_after.ok() || clock_before.value() != clock_after.value()) {
    pending_.everything = true;
  }
}

Result<BatchReport> ArticleWriter::IngestRecords(const std::vector<std::string>& records) {
  std::lock_guard<std::mutex> lock(mu_);
  const std::string origin = NextOrigin("POST");
  BatchReport report;
  std::vector<RawDocument> docs;
  for (size_t i = 0; i < records.size(); ++i) {
    auto doc = ParseJsonRecord(records[i], fmt::format("{}[{}]", origin, i));
    if (doc.ok()) {
      docs.push_back(std::move(doc).value());
      continue;
    }
    report.rejected.push_back({i, doc.status().message()});
    Rejection r{origin, static_cast<int64_t>(i) + 1, doc.status().message()};
    if (Status s = store_->AddRejection(r); !s.ok()) return s;
  }
  if (!docs.empty()) {
    auto clock_before = store_->StreamClock();
    FailSafe fail_safe(&pending_);
    auto sum = engine_->pipeline->IngestDocuments(std::move(docs));
    if (!sum.ok()) return sum.status();
    fail_safe.Disarm();
    NoteChanges(clock_before);
    const IngestSummary& s = sum.value();
    report.inserted = s.inserted;
    report.updated = s.updated;
    report.unchanged = s.unchanged;
    report.duplicate_content = s.duplicate_content;
    if (s.rejected > 0) {
      // The pipeline stored them under the documents' origins, "<origin>[<index>]".
      const std::string prefix = origin + "[";
      auto stored = store_->RejectionsFrom(prefix);
      if (!stored.ok()) return stored.status();
      for (const Rejection& r : stored.value()) {
        std::string_view index(r.input);
        index.remove_prefix(prefix.size());
        if (index.empty() || index.back() != ']') continue;
        index.remove_suffix(1);
        auto i = ParseInteger(index, 0, static_cast<int64_t>(records.size()) - 1);
        if (i) report.rejected.push_back({static_cast<size_t>(*i), r.reason});
      }
    }
    Count(s.documents);
  }
  std::stable_sort(report.rejected.begin(), report.rejected.end(),
                   [](const auto& a, const auto& b) { return a.index < b.index; });
  return report;
}

void ArticleWriter::Count(int64_t documents) {
  std::lock_guard<std::mutex> lock(counters_mu_);
  auto now = std::chrono::steady_clock::now();
  total_ += documents;
  recent_.emplace_back(now, documents);
  while (!recent_.empty() && now - recent_.front().first > kRateWindow) recent_.pop_front();
}

IngestCounters ArticleWriter::counters() {
  std::lock_guard<std::mutex> lock(counters_mu_);
  auto now = std::chrono::steady_clock::now();
  while (!recent_.empty() && now - recent_.front().first > kRateWindow) recent_.pop_front();
  IngestCounters c;
  c.total = total_;
  for (const auto& [when, n] : recent_) c.last_minute += n;
  return c;
}

}  // namespace storytrace
