// Ingest benchmark: the whole pipeline (read, decode, extract, analyse, store) over a corpus.
//
// Usage: bench_ingest [--data DIR] [--copies N] INPUT...
// The inputs are read once into memory, then written N times under fresh ids into a JSONL
// file so that every copy is a new article (the store's idempotency would skip repeats).
// Prints articles/s and MB/s for the end-to-end ingest into a fresh database.
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>
#include <nlohmann/json.hpp>

#include "core/data_dir.h"
#include "pipeline/ingest_engine.h"

int main(int argc, char** argv) {
  using namespace storytrace;
  namespace fs = std::filesystem;
  std::string data_flag;
  int copies = 20;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) {
      data_flag = argv[++i];
    } else if (a == "--copies" && i + 1 < argc) {
      copies = std::stoi(argv[++i]);
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty()) {
    std::cerr << "usage: bench_ingest [--data DIR] [--copies N] INPUT...\n";
    return 2;
  }
  std::vector<RawDocument> docs;
  InputReader().Read(inputs, [&](RawDocument&& d) { docs.push_back(std::move(d)); },
                     [](Rejection&&) {});
  fs::path dir = fs::temp_directory_path() / fmt::format("st_bench_{}", getpid());
  fs::create_directories(dir);
  fs::path feed = dir / "feed.jsonl";
  size_t bytes = 0;
  {
    std::ofstream out(feed);
    for (int c = 0; c < copies; ++c) {
      for (const auto& d : docs) {
        nlohmann::json j{{"id", fmt::format("{}-{}", d.id, c)},
                         {d.format == "html" ? "html" : "text",
                          d.content + fmt::format("\n\nCopy {}.", c)}};
        if (!d.title.empty()) j["title"] = d.title;
        std::string line = j.dump();
        bytes += line.size();
        out << line << "\n";
      }
    }
  }
  auto store = Store::Open((dir / "bench.db").string());
  if (!store.ok()) {
    std::cerr << store.status().message() << "\n";
    return 1;
  }
  auto engine = OpenIngestEngine(store.value().get(), FindDataDir(data_flag));
  if (!engine.ok()) {
    std::cerr << engine.status().message() << "\n";
    return 1;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto r = engine.value()->pipeline->Ingest({feed.string()});
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  engine.value().reset();
  store.value().reset();
  fs::remove_all(dir);
  if (!r.ok()) {
    std::cerr << r.status().message() << "\n";
    return 1;
  }
  std::cout << fmt::format(
      "ingest: {} articles ({} distinct inputs x {} copies), {:.1f} MB in {:.2f} s: "
      "{:.0f} articles/s, {:.2f} MB/s ({} threads for extraction and analysis, fresh SQLite store)\n",
      r.value().inserted, docs.size(), copies, bytes / 1e6, s, r.value().inserted / s,
      bytes / 1e6 / s, std::max(1u, std::thread::hardware_concurrency()));
  return 0;
}
