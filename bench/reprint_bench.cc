// Reprint lookup at scale: an index of N articles (default 1,000,000; synthetic signatures of
// unrelated texts), then lookups of 2,000 planted originals' reprints (70% of the text kept,
// 10% new) and of 2,000 unrelated articles. Prints lookup latency (mean, p50, p99), recall on
// the planted reprints, false matches, and memory per indexed article.
//
// Usage: bench_reprint [N]
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>
#include <string>
#include <unistd.h>

#include "dedup/reprint_index.h"

namespace {

size_t RssBytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

}  // namespace

int main(int argc, char** argv) {
  using namespace storytrace;
  using Clock = std::chrono::steady_clock;
  const size_t n = argc > 1 ? std::stoul(argv[1]) : 1000000;
  const size_t planted = 2000;
  std::mt19937_64 rng(20261123);
  auto random_doc = [&](size_t shingles) {
    std::vector<uint64_t> s(shingles);
    for (auto& x : s) x = rng();
    return s;
  };
  // Unrelated articles: a signature of independent random shingles is a vector of independent
  // uniform minima, so draw those directly (computing 1M real signatures would only slow the setup).
  ReprintIndex index;
  size_t rss0 = RssBytes();
  auto t0 = Clock::now();
  std::vector<std::vector<uint64_t>> originals;
  for (size_t i = 0; i < n; ++i) {
    if (i % (n / planted) == 0 && originals.size() < planted) {
      originals.push_back(random_doc(200 + rng() % 600));
      index.Add(fmt::format("orig-{}", originals.size() - 1), MinHashOfShingles(originals.back()));
      continue;
    }
    MinHashSignature s;
    for (auto& v : s.values) v = static_cast<uint32_t>(rng());
    s.shingles = 200 + rng() % 600;
    index.Add(fmt::format("a-{:08d}", i), s);
  }
  double build_s = std::chrono::duration<double>(Clock::now() - t0).count();
  size_t rss1 = RssBytes();

  std::vector<MinHashSignature> reprints, unrelated;
  for (const auto& o : originals) {
    std::vector<uint64_t> r(o.begin(), o.begin() + o.size() * 7 / 10);  // cut the end
    for (size_t k = 0; k < o.size() / 10; ++k) r.push_back(rng());       // add boilerplate
    reprints.push_back(MinHashOfShingles(r));
    unrelated.push_back(MinHashOfShingles(random_doc(200 + rng() % 600)));
  }
  std::vector<double> us;
  size_t found = 0, false_matches = 0;
  auto time_find = [&](const MinHashSignature& s) {
    auto a = Clock::now();
    auto m = index.Find(s);
    us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
    return m;
  };
  for (size_t i = 0; i < reprints.size(); ++i) {
    auto m = time_find(reprints[i]);
    found += !m.empty() && index.id(m[0].index) == fmt::format("orig-{}", i);
    false_matches += m.size() > 1 ? m.size() - 1 : 0;
  }
  for (const auto& u : unrelated) false_matches += time_find(u).size();
  std::sort(us.begin(), us.end());
  double mean = 0;
  for (double x : us) mean += x;
  mean /= us.size();
  fmt::print("reprint index: {} articles indexed in {:.1f} s\n", index.size(), build_s);
  fmt::print("lookup: mean {:.1f} us, p50 {:.1f} us, p99 {:.1f} us over {} lookups\n", mean,
             us[us.size() / 2], us[us.size() * 99 / 100], us.size());
  fmt::print("planted reprints found: {}/{}; false matches: {}\n", found, reprints.size(),
             false_matches);
  fmt::print("memory: {:.0f} bytes per article by the index's count, {:.0f} bytes per article "
             "resident (RSS growth)\n",
             static_cast<double>(index.MemoryBytes()) / index.size(),
             static_cast<double>(rss1 - rss0) / index.size());
  return 0;
}
