// Story clustering at scale: a synthetic stream of full-length articles in four languages,
// built from real vocabulary (the FreeDict dictionaries' headwords and their translations),
// clustered online with a 7-day live window.
//
// Usage: bench_cluster [--articles N (default 1000000)] [--days D (default 60)]
//                      [--data DIR] [--dictd DIR (default /usr/share/dictd)]
//                      [--spelling-check on|off (default on)] [--undated on|off (default off)]
//
// `--undated on` gives no article a publication time (a scrape whose dates were not found):
// the stream is the same, in the same order, but the clusterer cannot expire by time.
//
// Each event has ten English topic words with German, Spanish and French translations, three
// names and a number; it lasts up to two days and gets a Zipf-distributed number of articles
// (1 to 2,000) in a mix of languages. An article is a 10-word headline and a ~300-word body:
// a quarter topic words and names, the rest background words of its language drawn from a
// Zipf distribution. Generation and analysis (language given, tokenising, stemming) of the
// next chunks of 512 articles, and the clusterer's stateless counting step
// (StoryClusterer::Count), run on one thread per core while the clusterer works through the
// current chunk (AssignCounted) on its own thread; the threads share the cores. Prints
// articles/s for that clustering thread and end to end (wall clock), live
// clusters and articles at the end, memory (RSS growth) per live article, and BCubed F1
// against the events as a sanity check. Memory is measured after a warm-up of the analysis;
// spelling dictionaries the language identifier loads later in the stream still count, so
// `--spelling-check off` gives the clusterer's own figure.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <malloc.h>
#include <unistd.h>

#include "cluster/cluster_metrics.h"
#include "cluster/story_clusterer.h"
#include "core/data_dir.h"
#include "dedup/freedict.h"
#include "text/analyzed_text.h"

namespace storytrace {
namespace {

double RssMiB() {
  std::ifstream in("/proc/self/statm");
  long pages = 0, resident = 0;
  in >> pages >> resident;
  return resident * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1 << 20);
}

bool IsWord(const std::string& w) {
  if (w.size() < 3 || w.size() > 14) return false;
  for (unsigned char c : w) {
    if (c == ' ' || c == '-' || c == '.' || c == '\'' || (c >= '0' && c <= '9')) return false;
  }
  return true;
}

// Zipf sampler over ranks 0..n-1 with exponent 1 (inverse CDF over a precomputed table).
class Zipf {
 public:
  explicit Zipf(size_t n) {
    cdf_.reserve(n);
    double sum = 0;
    for (size_t i = 0; i < n; ++i) cdf_.push_back(sum += 1.0 / (i + 1));
    for (double& c : cdf_) c /= sum;
  }
  size_t operator()(std::mt19937_64& rng) const {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin();
  }

 private:
  std::vector<double> cdf_;
};

struct Language {
  std::string code;
  std::vector<std::string> words;  // background vocabulary, in a fixed random order
  std::map<std::string, std::string> from_english;
};

struct Event {
  std::vector<std::string> topic;  // English topic words with translations in every language
  std::vector<std::string> names;
  int number = 0;
  int64_t start = 0;
};

}  // namespace
}  // namespace storytrace

int main(int argc, char** argv) {
  using namespace storytrace;
  size_t n_articles = 1000000;
  int days = 60;
  std::string data_flag, dictd = "/usr/share/dictd";
  LanguageIdOptions lid_options;
  bool undated = false;
  for (int i = 1; i < argc; i += 2) {
    std::string a = argv[i];
    if (i + 1 == argc) a = "";  // an option without its value: usage
    if (a == "--articles") n_articles = std::stoul(argv[i + 1]);
    else if (a == "--days") days = std::stoi(argv[i + 1]);
    else if (a == "--data") data_flag = argv[i + 1];
    else if (a == "--dictd") dictd = argv[i + 1];
    else if (a == "--spelling-check") lid_options.spelling_check = std::string(argv[i + 1]) != "off";
    else if (a == "--undated") undated = std::string(argv[i + 1]) == "on";
    else {
      std::cerr << "usage: bench_cluster [--articles N] [--days D] [--data DIR] [--dictd DIR] "
                   "[--spelling-check on|off] [--undated on|off]\n";
      return 2;
    }
  }
  std::string data_dir = FindDataDir(data_flag);
  auto analyzer = TextAnalyzer::Create(data_dir, lid_options);
  if (!analyzer.ok()) {
    std::cerr << analyzer.status().message() << "\n";
    return 1;
  }
  LexiconSet lexicons = LexiconSet::Load(data_dir + "/lexicon");
  ConceptMapper concepts(&lexicons);
  auto gazetteer = Gazetteer::Load(data_dir);  // country keys, as ingest gives them
  if (!gazetteer.ok()) {
    std::cerr << "bench_cluster: " << gazetteer.status().message() << "\n";
    return 1;
  }

  // Vocabulary: English from eng-deu, the others from their x-eng dictionaries; translations
  // of English words from eng-x.
  std::mt19937_64 rng(20261202);
  std::vector<Language> langs = {{"en", {}, {}}, {"de", {}, {}}, {"es", {}, {}}, {"fr", {}, {}}};
  const std::map<std::string, std::string> own = {
      {"en", "eng-deu"}, {"de", "deu-eng"}, {"es", "spa-eng"}, {"fr", "fra-eng"}};
  const std::map<std::string, std::string> translations = {
      {"de", "eng-deu"}, {"es", "eng-spa"}, {"fr", "eng-fra"}};
  for (Language& l : langs) {
    auto pairs = ReadDictd(dictd + "/freedict-" + own.at(l.code));
    if (!pairs.ok()) {
      std::cerr << pairs.status().message() << " (install dict-freedict-* via scripts/setup.sh)\n";
      return 1;
    }
    for (const DictPair& p : pairs.value()) {
      if (IsWord(p.headword)) l.words.push_back(p.headword);
    }
    std::sort(l.words.begin(), l.words.end());
    l.words.erase(std::unique(l.words.begin(), l.words.end()), l.words.end());
    std::shuffle(l.words.begin(), l.words.end(), rng);
    if (translations.count(l.code)) {
      auto tr = ReadDictd(dictd + "/freedict-" + translations.at(l.code));
      if (!tr.ok()) return 1;
      for (const DictPair& p : tr.value()) {
        if (IsWord(p.headword) && IsWord(p.translation)) l.from_english.emplace(p.headword, p.translation);
      }
    }
  }
  std::vector<std::string> shared_topic;  // English words translatable into every language
  for (const auto& [en, de] : langs[1].from_english) {
    if (langs[2].from_english.count(en) && langs[3].from_english.count(en)) shared_topic.push_back(en);
  }
  std::shuffle(shared_topic.begin(), shared_topic.end(), rng);

  // Events and the articles' (time, event, language) schedule, in time order.
  const int64_t t0 = 1735689600;  // 2025-01-01
  const int64_t span = static_cast<int64_t>(days) * 86400;
  Zipf event_size(2000);
  std::vector<Event> events;
  struct Slot {
    int64_t time;
    uint32_t event;
    uint8_t lang;
  };
  std::vector<Slot> slots;
  slots.reserve(n_articles);
  while (slots.size() < n_articles) {
    Event e;
    for (int k = 0; k < 10; ++k) e.topic.push_back(shared_topic[rng() % shared_topic.size()]);
    for (int k = 0; k < 3; ++k) {
      std::string name = langs[0].words[rng() % langs[0].words.size()];
      name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
      e.names.push_back(name);
    }
    e.number = static_cast<int>(rng() % 9000) + 10;
    e.start = t0 + static_cast<int64_t>(rng() % span);
    size_t size = event_size(rng) + 1;
    for (size_t k = 0; k < size && slots.size() < n_articles; ++k) {
      uint8_t lang = static_cast<uint8_t>(std::discrete_distribution<int>({50, 20, 15, 15})(rng));
      slots.push_back({e.start + static_cast<int64_t>(rng() % (2 * 86400)),
                       static_cast<uint32_t>(events.size()), lang});
    }
    events.push_back(std::move(e));
  }
  std::stable_sort(slots.begin(), slots.end(),
                   [](const Slot& a, const Slot& b) { return a.time < b.time; });
  std::vector<Zipf> background;
  for (const Language& l : langs) background.emplace_back(l.words.size());

  auto word_of = [&](const Language& l, const Event& e, std::mt19937_64& r, bool topical) {
    if (!topical) return l.words[background[&l - langs.data()](r)];
    size_t k = r() % (e.topic.size() + e.names.size() + 1);
    if (k < e.topic.size()) {
      return l.code == "en" ? e.topic[k] : l.from_english.at(e.topic[k]);
    }
    if (k < e.topic.size() + e.names.size()) return e.names[k - e.topic.size()];
    return std::to_string(e.number);
  };

  StoryClusterer clusterer({}, &concepts, gazetteer.value().get());
  // (event, language cluster number) per article, allocated before the memory baseline; the
  // article's final story is its cluster's (merges and splits included).
  std::vector<std::pair<uint32_t, uint32_t>> assigned(n_articles);
  const double rss_start = RssMiB();
  double cluster_s = 0, bytes = 0;
  using Clock = std::chrono::steady_clock;
  // A chunk of generated, analysed and counted articles. The next chunks are prepared on other
  // threads while the clusterer works through the current one, as a pipeline would.
  struct Chunk {
    size_t begin = 0;
    std::vector<Article> articles;
    std::vector<AnalyzedText> analyzed;
    std::vector<ArticleCounts> counts;  // the clusterer's stateless first step
  };
  const size_t kChunk = 512;
  auto prepare = [&](size_t begin) {
    Chunk c;
    c.begin = begin;
    size_t end = std::min(slots.size(), begin + kChunk);
    c.articles.resize(end - begin);
    for (size_t i = begin; i < end; ++i) {
      const Slot& s = slots[i];
      const Event& e = events[s.event];
      const Language& l = langs[s.lang];
      std::mt19937_64 r(i * 7919 + 17);
      Article& a = c.articles[i - begin];
      a.id = std::to_string(i);
      a.lang = l.code;
      if (!undated) a.published = s.time;
      for (int w = 0; w < 10; ++w) {
        if (w) a.title += ' ';
        a.title += word_of(l, e, r, w < 4);
      }
      for (int w = 0; w < 300; ++w) {
        a.text += word_of(l, e, r, r() % 4 == 0);
        a.text += (w % 15 == 14) ? ". " : " ";
      }
    }
    c.analyzed.reserve(c.articles.size());
    for (const Article& a : c.articles) {
      c.analyzed.push_back(analyzer.value()->Analyze(a.title + "\n\n" + a.text, a.lang));
      c.counts.push_back(clusterer.Count(a, c.analyzed.back()));
    }
    return c;
  };
  // Warm-up: the language identifier loads a spelling dictionary on the first use of each
  // language it considers. That is a fixed cost of analysis, not the clusterer's, so chunks
  // from across the stream are analysed (and dropped) before the memory baseline.
  for (int w = 0; w < 8; ++w) prepare((slots.size() * w / 8) / kChunk * kChunk);
  malloc_trim(0);  // what the warm-up freed is not the clusterer's
  const double rss_before = RssMiB();
  auto wall0 = Clock::now();
  // One long-lived preparing thread per core (their per-thread memos stay warm), as the ingest
  // pipeline analyses on every core: chunk k is worker k % workers', at most two chunks per
  // worker ahead of the clusterer.
  const size_t workers = std::max(1u, std::thread::hardware_concurrency());
  const size_t n_chunks = (slots.size() + kChunk - 1) / kChunk;
  std::vector<std::optional<Chunk>> ready(n_chunks);
  std::mutex mu;
  std::condition_variable cv;
  size_t consumed = 0;
  std::vector<std::thread> pool;
  for (size_t w = 0; w < workers; ++w) {
    pool.emplace_back([&, w] {
      for (size_t k = w; k < n_chunks; k += workers) {
        {
          std::unique_lock<std::mutex> lock(mu);
          cv.wait(lock, [&] { return k < consumed + 2 * workers; });
        }
        Chunk c = prepare(k * kChunk);
        std::lock_guard<std::mutex> lock(mu);
        ready[k] = std::move(c);
        cv.notify_all();
      }
    });
  }
  for (size_t begin = 0; begin < slots.size(); begin += kChunk) {
    Chunk chunk;
    {
      std::unique_lock<std::mutex> lock(mu);
      const size_t k = begin / kChunk;
      cv.wait(lock, [&] { return ready[k].has_value(); });
      chunk = std::move(*ready[k]);
      ready[k].reset();
      ++consumed;
    }
    cv.notify_all();
    auto c0 = Clock::now();
    for (size_t i = 0; i < chunk.articles.size(); ++i) {
      const Article& a = chunk.articles[i];
      bytes += a.title.size() + a.text.size();
      clusterer.AssignCounted(a, chunk.counts[i]);
      assigned[begin + i] = {slots[begin + i].event, clusterer.last_cluster_number()};
    }
    cluster_s += std::chrono::duration<double>(Clock::now() - c0).count();
    if ((begin / kChunk) % 200 == 0) {
      std::cerr << fmt::format("\r{} articles, {} live clusters, RSS {:.0f} MiB   ",
                               begin + chunk.articles.size(), clusterer.live_clusters(), RssMiB());
    }
  }
  std::cerr << "\n";
  for (std::thread& t : pool) t.join();
  const double wall = std::chrono::duration<double>(Clock::now() - wall0).count();
  // Freed chunks linger in the preparing threads' malloc arenas; returned, they leave what the
  // clusterer holds.
  malloc_trim(0);
  const double rss_after = RssMiB();
  std::vector<LabeledItem> items;
  items.reserve(n_articles);
  for (size_t i = 0; i < n_articles; ++i) {
    items.push_back(
        {std::to_string(assigned[i].first), clusterer.StoryOfCluster(assigned[i].second), ""});
  }
  ClusterScores scores = ScoreClusters(items);
  size_t live = clusterer.live_articles();
  std::cout << fmt::format(
      "stream: {} articles ({:.1f} MB of text), {} events, {} days, 4 languages\n"
      "analysis warm-up (language models, spelling dictionaries): {:.0f} MiB\n"
      "clustering: {:.0f} articles/s ({:.1f} s, one thread; counting runs with analysis)\n"
      "end to end (text generation, analysis and counting on a thread per core, clustering on "
      "its own, overlapped): {:.0f} articles/s ({:.1f} s wall)\n"
      "live at the end: {} clusters, {} articles; RSS growth {:.0f} MiB = {:.0f} bytes per live "
      "article\n"
      "sanity: BCubed P {:.3f} R {:.3f} F1 {:.3f} against the events\n",
      n_articles, bytes / 1e6, events.size(), days, rss_before - rss_start, n_articles / cluster_s,
      cluster_s,
      n_articles / wall, wall, clusterer.live_clusters(),
      live, rss_after - rss_before, (rss_after - rss_before) * (1 << 20) / std::max<size_t>(1, live),
      scores.bcubed.precision, scores.bcubed.recall, scores.bcubed.f1);
  return 0;
}
