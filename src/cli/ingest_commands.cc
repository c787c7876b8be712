// The subcommands that read input: ingest, recluster and extract.
#include "cli/ingest_commands.h"

#include <fmt/format.h>
#include <unistd.h>

#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/command_support.h"
#include "core/data_dir.h"
#include "core/interrupt.h"
#include "core/time.h"
#include "extract/extractor.h"
#include "ingest/input_reader.h"
#include "pipeline/ingest_engine.h"
#include "pipeline/pipeline.h"
#include "pipeline/recluster.h"
#include "store/store.h"

namespace storytrace {
namespace {

void DrawProgress(const IngestSummary& s) {
  int64_t done = s.documents + s.rejected;
  double rate = s.seconds > 0 ? s.documents / s.seconds : 0;
  std::cerr << fmt::format("\r\033[K[{}] {} articles, {} rejected, {:.0f} articles/s",
                           std::string(static_cast<size_t>(done / 50 % 20), '=') + ">", s.documents,
                           s.rejected, rate)
            << std::flush;
}

// "rejected: feed.jsonl:2: invalid JSON: …" on standard error.
void PrintRejection(const Rejection& r) {
  std::cerr << "rejected: " << r.input << (r.line > 0 ? fmt::format(":{}", r.line) : "") << ": "
            << r.reason << "\n";
}

}  // namespace

int RunIngest(const CommonOptions& o, const std::vector<std::string>& inputs, size_t batch) {
  CatchInterrupts();
  auto store = Store::Open(o.db);
  if (Failed(store)) return kExitFailure;
  auto engine = OpenIngestEngine(store.value().get(), FindDataDir(o.data_dir));
  if (Failed(engine)) return kExitFailure;
  Pipeline& pipeline = *engine.value()->pipeline;
  const bool tty = isatty(STDERR_FILENO);
  std::vector<Rejection> rejections;
  int64_t last_drawn = -1;
  auto progress = [&](const IngestSummary& s) {
    int64_t done = s.documents + s.rejected;
    if (tty && done / 50 != last_drawn) {
      last_drawn = done / 50;
      DrawProgress(s);
    }
  };
  auto result = pipeline.Ingest(inputs, progress,
                                [&](Rejection&& r) { rejections.push_back(std::move(r)); }, batch);
  if (tty && last_drawn >= 0) std::cerr << "\r\033[K";
  if (Failed(result)) return kExitFailure;
  for (const auto& r : rejections) PrintRejection(r);
  const IngestSummary& s = result.value();
  for (const auto& w : s.first_warnings) std::cerr << "warning: " << w << "\n";
  if (s.warnings > static_cast<int64_t>(s.first_warnings.size())) {
    std::cerr << fmt::format("warning: … and {} more\n", s.warnings - s.first_warnings.size());
  }
  std::cerr << fmt::format(
      "ingested {} documents in {:.2f}s ({:.0f}/s): {} new, {} updated, {} unchanged, {} "
      "duplicate content, {} reprints, {} translation links, {} rejected{} -> {}\n",
      s.documents, s.seconds, s.seconds > 0 ? s.documents / s.seconds : 0.0, s.inserted,
      s.updated, s.unchanged, s.duplicate_content, s.reprints, s.translations, s.rejected,
      s.warnings ? fmt::format(", {} warnings", s.warnings) : "", o.db);
  if (s.interrupted) {
    std::cerr << "interrupted: what was read is stored; the same command again goes on (stored "
                 "articles come back as unchanged)\n";
    return kExitInterrupted;
  }
  return s.rejected > 0 ? kExitRejected : kExitOk;
}

int RunRecluster(const CommonOptions& o, const std::string& since, const std::string& until) {
  std::optional<int64_t> from, to;
  for (auto [text, out] : {std::pair{&since, &from}, std::pair{&until, &to}}) {
    if (text->empty()) continue;
    *out = ParseIso8601(*text);
    if (!*out) {
      Error(fmt::format("cannot read the time '{}' (ISO 8601, e.g. 2025-05-01T00:00:00Z)", *text));
      return kExitUsage;
    }
  }
  auto store = OpenExisting(o.db);
  if (!store) return kExitFailure;
  std::string data_dir = FindDataDir(o.data_dir);
  auto analyzer = TextAnalyzer::Create(data_dir);
  if (Failed(analyzer)) return kExitFailure;
  LexiconSet lexicons = LexiconSet::Load(data_dir + "/lexicon");
  ConceptMapper concepts(&lexicons);
  auto gazetteer = Gazetteer::Load(data_dir);
  if (Failed(gazetteer)) return kExitFailure;
  auto r = Recluster(store.get(), *analyzer.value(), &concepts, gazetteer.value().get(),
                     ClustererOptions(), from, to);
  if (Failed(r)) return kExitFailure;
  const ReclusterSummary& s = r.value();
  std::cerr << fmt::format(
      "re-clustered {} articles in {:.2f}s: {} stories before, {} after, {} articles moved\n",
      s.articles, s.seconds, s.stories_before, s.stories_after, s.moved);
  return kExitOk;
}

int RunExtract(const CommonOptions& o, const std::vector<std::string>& inputs) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  int rejected = 0;
  InputReader reader;
  reader.Read(
      inputs,
      [&](RawDocument&& doc) {
        ExtractedArticle ex = Extract(doc.content, doc.format, doc.title.empty());
        nlohmann::ordered_json j;
        j["title"] = doc.title.empty() ? ex.title : doc.title;
        j["articleBody"] = ex.body;
        auto published = doc.published ? doc.published : ex.published;
        j["published"] = published ? nlohmann::ordered_json(FormatIso8601(*published)) : nullptr;
        j["source"] = doc.source.empty() ? ex.source : doc.source;
        j["dateline"] = ex.dateline;
        out[doc.id] = std::move(j);
      },
      [&](Rejection&& r) {
        ++rejected;
        PrintRejection(r);
      });
  std::cout << (o.format == "jsonl" ? out.dump() : out.dump(2)) << "\n";
  return rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace storytrace
