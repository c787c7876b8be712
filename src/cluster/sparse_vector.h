// Compact sparse vectors (sorted 32-bit feature hashes with float weights) for clustering.
#ifndef STORYTRACE_CLUSTER_SPARSE_VECTOR_H_
#define STORYTRACE_CLUSTER_SPARSE_VECTOR_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace storytrace {

struct SparseEntry {
  uint32_t key;
  float weight;
};

// A sparse vector sorted by key, with its Euclidean norm. Eight bytes per entry, so a live
// story costs little memory; merge-joins make dot products cache friendly.
struct SparseVector {
  std::vector<SparseEntry> entries;
  double norm = 0;

  bool empty() const { return entries.empty(); }
  // Builds from unsorted (key, weight) pairs; equal keys are summed.
  static SparseVector FromPairs(std::vector<std::pair<uint32_t, float>> pairs);
  // Recomputes `norm` from the entries.
  void UpdateNorm();
};

// Dot product of two sorted vectors.
double Dot(const SparseVector& a, const SparseVector& b);

// Cosine similarity; 0 when either vector is empty.
double Cosine(const SparseVector& a, const SparseVector& b);

// A read-only hash view of one vector, for taking its dot product with many others: each
// product costs one probe per entry of the other vector instead of a merge over both.
class SparseLookup {
 public:
  explicit SparseLookup(const SparseVector& v);
  // Dot product with `other`; Cosine likewise (0 when either is empty).
  double Dot(const SparseVector& other) const;
  double Cosine(const SparseVector& other) const;

 private:
  std::vector<SparseEntry> slots_;  // open addressing; weight 0 marks an empty slot
  uint32_t mask_ = 0;
  double norm_ = 0;
};

// The keys of the `k` largest entries of `v` (ties broken by key, for determinism).
std::vector<uint32_t> TopKeys(const SparseVector& v, size_t k);

// `v` cut to its `k` largest entries (still sorted by key).
SparseVector Truncated(const SparseVector& v, size_t k);

// Adds `scale * v` to `sum` (both sorted), then keeps only the `max_entries` largest weights
// (ties broken by key, so the result is deterministic) and updates the norm.
// When `added` is given, it receives the keys that are in the result but were not in `sum`.
void AddAndPrune(SparseVector* sum, const SparseVector& v, float scale, size_t max_entries,
                 std::vector<uint32_t>* added = nullptr);

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_SPARSE_VECTOR_H_
