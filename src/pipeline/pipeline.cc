// Ingest orchestration with batched transactions.
#include "pipeline/pipeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "core/content_hash.h"
#include "core/time.h"
#include "extract/extractor.h"

namespace storytrace {
namespace {

// A title for articles whose input has none: the first sentence, cut at a word boundary.
std::string TitleFromBody(const std::string& body, const AnalyzedText& analyzed) {
  if (analyzed.sentences.empty()) return {};
  const SentenceSpan& s = analyzed.sentences.front();
  // `analyzed` covers the body only when the title was empty, so offsets index `body`.
  std::string first = body.substr(s.begin, s.end - s.begin);
  constexpr size_t kMax = 140;
  if (first.size() <= kMax) return first;
  size_t cut = first.rfind(' ', kMax);
  if (cut == std::string::npos || cut < 40) cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(first[cut]) & 0xC0) == 0x80) --cut;
  return first.substr(0, cut) + "…";
}

}  // namespace

Result<Article> BuildArticle(RawDocument&& doc, const TextAnalyzer& analyzer,
                             AnalyzedText* analyzed) {
  ExtractedArticle ex = Extract(doc.content, doc.format, /*find_title=*/doc.title.empty());
  if (ex.body.find_first_not_of(" \n\t") == std::string::npos) {
    return InvalidArgument("no article text found after removing page furniture");
  }
  Article a;
  a.id = std::move(doc.id);
  a.origin = std::move(doc.origin);
  a.raw_format = doc.format;
  a.title = !doc.title.empty() ? doc.title : ex.title;
  a.text = std::move(ex.body);
  a.source = !doc.source.empty() ? doc.source : ex.source;
  a.url = !doc.url.empty() ? doc.url : ex.url;
  a.published = doc.published ? doc.published : ex.published;
  a.dateline = std::move(ex.dateline);
  a.fetched = NowSeconds();
  a.content_hash = ContentHash(doc.title + "\n" + doc.content);
  a.raw = std::move(doc.content);
  std::string analysed_text = a.title.empty() ? a.text : a.title + "\n\n" + a.text;
  *analyzed = analyzer.Analyze(analysed_text, doc.lang);
  if (a.title.empty()) a.title = TitleFromBody(a.text, *analyzed);
  a.lang = analyzed->lang;
  a.lang_confidence = analyzed->lang_confidence;
  a.lang_given = doc.lang;
  return a;
}

Result<IngestSummary> Pipeline::Ingest(const std::vector<std::string>& inputs,
                                       const ProgressFn& progress,
                                       const InputReader::RejectFn& on_reject, size_t batch_size) {
  auto start = std::chrono::steady_clock::now();
  IngestSummary sum;
  Status failure;
  std::vector<std::string> touched;
  size_t in_batch = 0;
  auto report = [&]() {
    sum.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (progress) progress(sum);
  };
  auto begin_if_needed = [&]() -> bool {
    if (in_batch == 0) {
      failure = store_->Begin();
      if (!failure.ok()) return false;
    }
    return true;
  };
  auto end_of_item = [&]() {
    if (++in_batch >= batch_size) {
      failure = Flush(touched);
      in_batch = 0;
    }
    report();
  };
  auto reject = [&](Rejection&& r) {
    if (!failure.ok() || !begin_if_needed()) return;
    ++sum.rejected;
    if (Status s = store_->AddRejection(r); !s.ok()) failure = s;
    if (on_reject) on_reject(std::move(r));
    end_of_item();
  };
  auto accept = [&](RawDocument&& doc) {
    if (!failure.ok() || !begin_if_needed()) return;
    std::string input = doc.origin;
    sum.warnings += static_cast<int64_t>(doc.warnings.size());
    AnalyzedText analyzed;
    auto built = BuildArticle(std::move(doc), *analyzer_, &analyzed);
    if (!built.ok()) {
      Rejection r{input, 0, built.status().message()};
      ++sum.rejected;
      if (Status s = store_->AddRejection(r); !s.ok()) failure = s;
      if (on_reject) on_reject(std::move(r));
      end_of_item();
      return;
    }
    ++sum.documents;
    Article& a = built.value();
    auto outcome = store_->UpsertArticle(a);
    if (!outcome.ok()) {
      failure = outcome.status();
      return;
    }
    switch (outcome.value()) {
      case UpsertOutcome::kInserted:
      case UpsertOutcome::kUpdated: {
        outcome.value() == UpsertOutcome::kInserted ? ++sum.inserted : ++sum.updated;
        std::string story = assigner_->Assign(a, analyzed);
        if (Status s = store_->SetStory(a.id, story); !s.ok()) failure = s;
        touched.push_back(std::move(story));
        break;
      }
      case UpsertOutcome::kUnchanged: ++sum.unchanged; break;
      case UpsertOutcome::kDuplicateContent: ++sum.duplicate_content; break;
    }
    end_of_item();
  };
  InputReader reader(limits_);
  reader.Read(inputs, accept, reject);
  if (failure.ok() && in_batch > 0) failure = Flush(touched);
  if (!failure.ok()) {
    store_->Rollback();
    return failure;
  }
  report();
  return sum;
}

Status Pipeline::Flush(std::vector<std::string>& touched) {
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (const auto& story : touched) {
    if (Status s = store_->RefreshStory(story); !s.ok()) return s;
  }
  touched.clear();
  return store_->Commit();
}

}  // namespace storytrace
