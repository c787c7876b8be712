// Sorted sparse vector arithmetic.
#include "cluster/sparse_vector.h"

#include <algorithm>
#include <cmath>

namespace storytrace {

SparseVector SparseVector::FromPairs(std::vector<std::pair<uint32_t, float>> pairs) {
  std::sort(pairs.begin(), pairs.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  SparseVector v;
  v.entries.reserve(pairs.size());
  for (const auto& [k, w] : pairs) {
    if (!v.entries.empty() && v.entries.back().key == k) {
      v.entries.back().weight += w;
    } else {
      v.entries.push_back({k, w});
    }
  }
  v.UpdateNorm();
  return v;
}

void SparseVector::UpdateNorm() {
  double n = 0;
  for (const SparseEntry& e : entries) n += static_cast<double>(e.weight) * e.weight;
  norm = std::sqrt(n);
}

double Dot(const SparseVector& a, const SparseVector& b) {
  double dot = 0;
  auto i = a.entries.begin(), j = b.entries.begin();
  while (i != a.entries.end() && j != b.entries.end()) {
    if (i->key < j->key) {
      ++i;
    } else if (j->key < i->key) {
      ++j;
    } else {
      dot += static_cast<double>(i->weight) * j->weight;
      ++i;
      ++j;
    }
  }
  return dot;
}

double Cosine(const SparseVector& a, const SparseVector& b) {
  if (a.norm <= 0 || b.norm <= 0) return 0;
  return Dot(a, b) / (a.norm * b.norm);
}

namespace {
inline uint32_t Slot(uint32_t key, uint32_t mask) { return (key * 0x9e3779b1u) >> 7 & mask; }
}  // namespace

SparseLookup::SparseLookup(const SparseVector& v) : norm_(v.norm) {
  size_t cap = 8;
  while (cap < v.entries.size() * 2) cap *= 2;
  slots_.assign(cap, {0, 0.f});
  mask_ = static_cast<uint32_t>(cap - 1);
  for (const SparseEntry& e : v.entries) {
    if (e.weight == 0) continue;
    uint32_t s = Slot(e.key, mask_);
    while (slots_[s].weight != 0) s = (s + 1) & mask_;
    slots_[s] = e;
  }
}

double SparseLookup::Dot(const SparseVector& other) const {
  double dot = 0;
  for (const SparseEntry& e : other.entries) {
    for (uint32_t s = Slot(e.key, mask_); slots_[s].weight != 0; s = (s + 1) & mask_) {
      if (slots_[s].key == e.key) {
        dot += static_cast<double>(slots_[s].weight) * e.weight;
        break;
      }
    }
  }
  return dot;
}

double SparseLookup::Cosine(const SparseVector& other) const {
  if (norm_ <= 0 || other.norm <= 0) return 0;
  return Dot(other) / (norm_ * other.norm);
}

std::vector<uint32_t> TopKeys(const SparseVector& v, size_t k) {
  std::vector<SparseEntry> e = v.entries;
  auto by_weight = [](const SparseEntry& a, const SparseEntry& b) {
    return a.weight > b.weight || (a.weight == b.weight && a.key < b.key);
  };
  if (e.size() > k) {
    std::nth_element(e.begin(), e.begin() + static_cast<std::ptrdiff_t>(k), e.end(), by_weight);
    e.resize(k);
  }
  std::vector<uint32_t> out;
  out.reserve(e.size());
  for (const SparseEntry& x : e) out.push_back(x.key);
  return out;
}

SparseVector Truncated(const SparseVector& v, size_t k) {
  if (v.entries.size() <= k) return v;
  std::vector<uint32_t> keep = TopKeys(v, k);
  std::sort(keep.begin(), keep.end());
  SparseVector out;
  for (const SparseEntry& e : v.entries) {
    if (std::binary_search(keep.begin(), keep.end(), e.key)) out.entries.push_back(e);
  }
  out.UpdateNorm();
  return out;
}

void AddAndPrune(SparseVector* sum, const SparseVector& v, float scale, size_t max_entries,
                 std::vector<uint32_t>* added) {
  std::vector<SparseEntry> before;
  if (added != nullptr) before = sum->entries;
  std::vector<SparseEntry> merged;
  merged.reserve(sum->entries.size() + v.entries.size());
  auto i = sum->entries.cbegin();
  auto j = v.entries.cbegin();
  while (i != sum->entries.cend() || j != v.entries.cend()) {
    if (j == v.entries.end() || (i != sum->entries.end() && i->key < j->key)) {
      merged.push_back(*i++);
    } else if (i == sum->entries.end() || j->key < i->key) {
      merged.push_back({j->key, j->weight * scale});
      ++j;
    } else {
      merged.push_back({i->key, i->weight + j->weight * scale});
      ++i;
      ++j;
    }
  }
  if (merged.size() > max_entries) {
    std::vector<SparseEntry> top = merged;
    std::nth_element(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(max_entries), top.end(),
                     [](const SparseEntry& a, const SparseEntry& b) {
                       return a.weight > b.weight || (a.weight == b.weight && a.key < b.key);
                     });
    top.resize(max_entries);
    std::sort(top.begin(), top.end(),
              [](const SparseEntry& a, const SparseEntry& b) { return a.key < b.key; });
    merged = std::move(top);
  }
  sum->entries = std::move(merged);
  sum->entries.shrink_to_fit();
  sum->UpdateNorm();
  if (added != nullptr) {
    added->clear();
    auto old = before.cbegin();
    for (const SparseEntry& e : sum->entries) {
      while (old != before.cend() && old->key < e.key) ++old;
      if (old == before.cend() || old->key != e.key) added->push_back(e.key);
    }
  }
}

}  // namespace storytrace
