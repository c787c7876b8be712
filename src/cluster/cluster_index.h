// Posting keys of the clusters' inverted index: one hash space per vector kind.
#ifndef STORYTRACE_CLUSTER_CLUSTER_INDEX_H_
#define STORYTRACE_CLUSTER_CLUSTER_INDEX_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace storytrace {

// The same 32-bit hash in two spaces must not collide, so postings carry their channel.
constexpr uint64_t kTermChannel = 1, kConceptChannel = 2, kGramChannel = 3, kKeyChannel = 4;

inline uint64_t Posting(uint64_t channel, uint32_t key) { return channel << 32 | key; }

// Counts posting hits per cluster number while candidates are collected, then hands out the
// `k` clusters with the most hits (ties by number, so the choice is deterministic). A flat
// array instead of a hash map: collecting runs through long posting lists for every article.
class HitCounter {
 public:
  void Add(uint32_t n) {
    if (n >= counts_.size()) counts_.resize(std::max<size_t>(n + 1, counts_.size() * 2), 0);
    if (counts_[n]++ == 0) touched_.push_back(n);
  }
  // The (at most) `k` clusters with the most hits, in ascending number; resets the counter.
  std::vector<uint32_t> Top(size_t k) {
    std::vector<std::pair<int, uint32_t>> ranked;
    ranked.reserve(touched_.size());
    for (uint32_t n : touched_) {
      ranked.emplace_back(-counts_[n], n);
      counts_[n] = 0;
    }
    touched_.clear();
    if (ranked.size() > k) {
      std::nth_element(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(k),
                       ranked.end());
      ranked.resize(k);
    }
    std::vector<uint32_t> out;
    out.reserve(ranked.size());
    for (const auto& [h, n] : ranked) out.push_back(n);
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  std::vector<int> counts_;
  std::vector<uint32_t> touched_;
};

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_CLUSTER_INDEX_H_
