// Text analysis throughput: language ID + normalisation + tokenisation + stemming, one core.
//
// Usage: bench_text [--benchmark_*] ; reads the text corpus named by STORYTRACE_BENCH_TEXT
// (a file of UTF-8 news text; default: the bundled sample corpus concatenated).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/data_dir.h"
#include "text/analyzed_text.h"
#include "text/tokenizer.h"

namespace {

std::vector<std::string> LoadTexts() {
  std::vector<std::string> texts;
  const char* env = std::getenv("STORYTRACE_BENCH_TEXT");
  std::string root = env && *env ? env : std::string(STORYTRACE_SOURCE_DIR) + "/examples/corpus";
  auto add = [&](const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  };
  if (std::filesystem::is_directory(root)) {
    for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
      if (e.is_regular_file() && e.path().extension() == ".txt") add(e.path());
    }
  } else {
    add(root);
  }
  return texts;
}

const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = LoadTexts();
  return texts;
}

const storytrace::TextAnalyzer& Analyzer() {
  static auto a = storytrace::TextAnalyzer::Create(storytrace::FindDataDir()).value().release();
  return *a;
}

void BM_AnalyzeArticle(benchmark::State& state) {
  const auto& analyzer = Analyzer();
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& t : Texts()) {
      auto a = analyzer.Analyze(t);
      benchmark::DoNotOptimize(a.tokens.data());
      bytes += t.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_AnalyzeArticle)->Unit(benchmark::kMillisecond);

void BM_LanguageIdOnly(benchmark::State& state) {
  const auto& lid = Analyzer().language_identifier();
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& t : Texts()) {
      benchmark::DoNotOptimize(lid.Identify(t).confidence);
      bytes += t.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_LanguageIdOnly)->Unit(benchmark::kMillisecond);

void BM_TokenizeOnly(benchmark::State& state) {
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& t : Texts()) {
      benchmark::DoNotOptimize(storytrace::Tokenize(t).size());
      bytes += t.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_TokenizeOnly)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
