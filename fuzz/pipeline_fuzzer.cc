// libFuzzer target: the whole ingest pipeline (record parsing, extraction, language, analysis,
// reprints and translations, entities, quotations, places, clustering, the store) must take any
// bytes as one to three documents without crashing, and without a store failure. The engine and
// an in-memory store are opened once, so the stream grows across inputs as a real one does:
// later inputs meet the clusters, names and signatures earlier ones left.
//
// An input is cut at "\n\x1e" into up to three documents. A document whose first byte is '{' is
// a JSONL record (ParseJsonRecord; a record it rejects is dropped, as ingest would reject it);
// otherwise its first byte's low bit picks plain text or HTML and the rest is the content. The
// dates of every document are also read by the date parsers (ParseTimestamp, MatchDate), whose
// results must format and parse back to themselves.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/time.h"
#include "extract/date_parser.h"
#include "ingest/input_reader.h"
#include "pipeline/ingest_engine.h"
#include "store/store.h"

namespace {

using storytrace::IngestEngine;
using storytrace::RawDocument;
using storytrace::Store;

struct Harness {
  std::unique_ptr<Store> store;
  std::unique_ptr<IngestEngine> engine;
};

// The data directory: $STORYTRACE_DATA, else ./data (run from the source tree after setup).
Harness& Open() {
  static Harness* h = [] {
    auto* out = new Harness;
    const char* env = std::getenv("STORYTRACE_DATA");
    const std::string data = env != nullptr ? env : "data";
    auto store = Store::Open(":memory:");
    if (!store.ok()) std::abort();
    out->store = std::move(store).value();
    auto engine = storytrace::OpenIngestEngine(out->store.get(), data);
    if (!engine.ok()) {
      std::fprintf(stderr, "cannot open the engine over %s: %s\n", data.c_str(),
                   engine.status().message().c_str());
      std::abort();
    }
    out->engine = std::move(engine).value();
    return out;
  }();
  return *h;
}

// A time a parser returned must survive formatting and parsing back.
void CheckTime(std::optional<int64_t> t) {
  if (!t) return;
  auto back = storytrace::ParseIso8601(storytrace::FormatIso8601(*t));
  if (!back || *back != *t) __builtin_trap();
}

}  // namespace

// The engine opens before the first input, so that its seconds are not taken for a slow input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Open();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Harness& h = Open();
  static uint64_t n = 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<RawDocument> docs;
  size_t start = 0;
  while (start <= bytes.size() && docs.size() < 3) {
    size_t end = bytes.find("\n\x1e", start);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string part(bytes.substr(start, end - start));
    start = end + 2;
    CheckTime(storytrace::ParseTimestamp(part));
    if (auto m = storytrace::MatchDate(part)) {  // FindDate's date, with its place
      CheckTime(m->seconds);
      if (m->begin > m->end || m->end > part.size()) __builtin_trap();
    }
    const std::string id = "fuzz-" + std::to_string(++n);
    if (!part.empty() && part[0] == '{') {
      auto doc = storytrace::ParseJsonRecord(part, id);
      if (doc.ok()) docs.push_back(std::move(doc).value());
      continue;
    }
    RawDocument doc;
    doc.id = id;
    doc.origin = id;
    doc.input = id;
    doc.format = !part.empty() && (part[0] & 1) ? "html" : "text";
    doc.content = part.empty() ? part : part.substr(1);
    docs.push_back(std::move(doc));
  }
  if (!docs.empty() && !h.engine->pipeline->IngestDocuments(std::move(docs)).ok()) {
    __builtin_trap();  // a store or data failure: bad input must be rejected, never fail ingest
  }
  return 0;
}
