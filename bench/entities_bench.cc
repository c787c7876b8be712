// Entities and quotes throughput on one core: mention finding, entity resolution and quote
// extraction over real news text, with text analysis timed separately.
//
// Usage: bench_entities [--data DIR] [--rounds N]
// Reads the English article bodies of the extraction benchmark's ground-truth.json (beside the
// repository: ../shared/data/extraction-benchmark), or the file named by STORYTRACE_BENCH_ENTITIES:
// a ground-truth.json-shaped object ({"id": {"articleBody": …}}), a JSONL file of {"text": …}
// records, or plain text (one article). Each text is analysed once (not timed with the stage);
// then the stage runs `rounds` times over all texts on the calling thread, and MB/s is the text
// bytes processed per second of that stage.
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/data_dir.h"
#include "dedup/lexicon.h"
#include "entities/entity_registry.h"
#include "entities/gazetteer.h"
#include "entities/mention_finder.h"
#include "quotes/quote_extractor.h"
#include "text/analyzed_text.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// The article texts of `path`, by the file's shape (see the header comment).
std::vector<std::string> LoadTexts(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string all = ss.str();
  std::vector<std::string> texts;
  auto parsed = nlohmann::json::parse(all, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_object()) {
    for (const auto& [id, rec] : parsed.items()) {
      if (rec.is_object() && rec.contains("articleBody") && rec["articleBody"].is_string()) {
        texts.push_back(rec["articleBody"].get<std::string>());
      }
    }
    return texts;
  }
  std::istringstream lines(all);
  for (std::string line; std::getline(lines, line);) {
    auto rec = nlohmann::json::parse(line, nullptr, false);
    if (rec.is_object() && rec.contains("text") && rec["text"].is_string()) {
      texts.push_back(rec["text"].get<std::string>());
    }
  }
  if (texts.empty() && !all.empty()) texts.push_back(all);
  return texts;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace storytrace;
  std::string data_flag;
  int rounds = 20;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) {
      data_flag = argv[++i];
    } else if (a == "--rounds" && i + 1 < argc) {
      rounds = std::max(1, std::stoi(argv[++i]));
    } else {
      std::cerr << "usage: bench_entities [--data DIR] [--rounds N]\n";
      return 2;
    }
  }
  const char* env = std::getenv("STORYTRACE_BENCH_ENTITIES");
  std::string path = env && *env ? env
                                 : std::string(STORYTRACE_SOURCE_DIR) +
                                       "/../shared/data/extraction-benchmark/ground-truth.json";
  std::vector<std::string> texts = LoadTexts(path);
  if (texts.empty()) {
    std::cerr << "bench_entities: no text in " << path << " (set STORYTRACE_BENCH_ENTITIES)\n";
    return 1;
  }
  const std::string data_dir = FindDataDir(data_flag);
  auto analyzer = TextAnalyzer::Create(data_dir);
  auto gazetteer = Gazetteer::Load(data_dir);
  if (!analyzer.ok() || !gazetteer.ok()) {
    std::cerr << "bench_entities: cannot load the models from " << data_dir << "\n";
    return 1;
  }
  LexiconSet lexicons = LexiconSet::Load(data_dir + "/lexicon");
  MentionFinder finder(gazetteer.value().get(), &lexicons,
                       analyzer.value()->language_identifier().spelling_dictionaries());

  // Analysis once per text; only English articles are kept.
  std::vector<std::pair<const std::string*, AnalyzedText>> articles;
  size_t bytes = 0;
  auto t0 = Clock::now();
  for (const std::string& t : texts) {
    AnalyzedText at = analyzer.value()->Analyze(t);
    if (at.lang != "en") continue;
    bytes += t.size();
    articles.emplace_back(&t, std::move(at));
  }
  double analysis = Seconds(t0);

  size_t mentions = 0, quotes = 0;
  double find_s = 0, resolve_s = 0, quote_s = 0;
  for (int r = 0; r < rounds; ++r) {
    EntityRegistry registry;  // fresh per round, as for a new store
    for (const auto& [text, at] : articles) {
      auto a = Clock::now();
      std::vector<Mention> found = finder.Find(*text, at);
      auto b = Clock::now();
      for (const Mention& m : found) registry.Resolve(m);
      auto c = Clock::now();
      std::vector<ExtractedQuote> q = ExtractQuotes(*text, at, found);
      auto d = Clock::now();
      find_s += std::chrono::duration<double>(b - a).count();
      resolve_s += std::chrono::duration<double>(c - b).count();
      quote_s += std::chrono::duration<double>(d - c).count();
      mentions += found.size();
      quotes += q.size();
    }
  }
  const double mb = static_cast<double>(bytes) * rounds / 1e6;
  const double stage = find_s + resolve_s + quote_s;
  std::cout << fmt::format(
      "entities + quotes: {} English articles ({:.2f} MB) x {} rounds, one core: {:.1f} MB/s "
      "(mentions {:.1f} MB/s, resolution {:.1f} MB/s, quotes {:.1f} MB/s); "
      "{} mentions and {} quotes per round\n",
      articles.size(), bytes / 1e6, rounds, mb / stage, mb / find_s, mb / resolve_s, mb / quote_s,
      mentions / rounds, quotes / rounds);
  std::cout << fmt::format("text analysis (not included above): {:.1f} MB/s\n",
                           bytes / 1e6 / analysis);
  return 0;
}
