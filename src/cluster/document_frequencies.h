// Document frequencies of hashed terms for incremental TF-IDF, in bounded memory.
#ifndef STORYTRACE_CLUSTER_DOCUMENT_FREQUENCIES_H_
#define STORYTRACE_CLUSTER_DOCUMENT_FREQUENCIES_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace storytrace {

// A fixed table of counters addressed by (space, key) hash: a one-row count-min sketch. Memory
// stays the same however long the stream runs, and a lookup is one memory access that can be
// prefetched. Two keys sharing a counter both read as common as the pair together; with the
// default 2^22 counters and a million distinct keys a rare key meets one of the few common keys
// seldom, and meeting another rare key only halves its idf's denominator.
// Deterministic; not thread-safe.
class DocumentFrequencies {
 public:
  // 2^bits counters (4 bytes each, allocated lazily by the OS: untouched pages cost nothing).
  explicit DocumentFrequencies(int bits = 22);

  // Counts one more document holding `key` of `space` (stems of one language, grams, ...);
  // returns the key's document frequency, this document included.
  uint32_t Add(uint32_t space, uint32_t key) {
    uint32_t& c = counts_.get()[Slot(space, key)];
    if (c != UINT32_MAX) ++c;
    return c;
  }
  // The key's document frequency so far.
  uint32_t Get(uint32_t space, uint32_t key) const { return counts_.get()[Slot(space, key)]; }
  // Hints that `key` of `space` is about to be counted (its counter is fetched into cache).
  void Prefetch(uint32_t space, uint32_t key) const {
    __builtin_prefetch(counts_.get() + Slot(space, key), 1);
  }

  size_t capacity() const { return mask_ + 1; }

 private:
  struct Free {
    void operator()(uint32_t* p) const { std::free(p); }
  };
  size_t Slot(uint32_t space, uint32_t key) const {
    // The keys are already hashes; mixing in the space (Fibonacci hashing of the pair) keeps
    // equal hashes of different spaces apart.
    uint64_t x = (static_cast<uint64_t>(space) << 32 | key) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(x >> shift_) & mask_;
  }

  int shift_;
  size_t mask_;
  std::unique_ptr<uint32_t, Free> counts_;
};

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_DOCUMENT_FREQUENCIES_H_
