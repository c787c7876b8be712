// LSH candidate lookup and containment verification.
#include "dedup/reprint_index.h"

#include <algorithm>
#include <unordered_set>

namespace storytrace {
namespace {

inline size_t SlotOf(uint32_t fingerprint, size_t mask) {
  return (static_cast<uint64_t>(fingerprint) * 0x9e3779b97f4a7c15ULL >> 20) & mask;
}

}  // namespace

void ReprintIndex::Insert(BandTable& t, uint32_t fingerprint, uint32_t entry, uint32_t* next) {
  if ((t.used + 1) * 10 > t.slots.size() * 7) {  // keep the load under 0.7
    std::vector<uint64_t> old = std::move(t.slots);
    t.slots.assign(std::max<size_t>(1024, old.size() * 2), 0);
    size_t mask = t.slots.size() - 1;
    for (uint64_t s : old) {
      if (s == 0) continue;
      size_t i = SlotOf(static_cast<uint32_t>(s >> 32), mask);
      while (t.slots[i] != 0) i = (i + 1) & mask;
      t.slots[i] = s;
    }
  }
  size_t mask = t.slots.size() - 1;
  size_t i = SlotOf(fingerprint, mask);
  while (t.slots[i] != 0) {
    if (static_cast<uint32_t>(t.slots[i] >> 32) == fingerprint) {
      *next = static_cast<uint32_t>(t.slots[i]);  // chain to the previous holder of this key
      t.slots[i] = (static_cast<uint64_t>(fingerprint) << 32) | (entry + 1);
      return;
    }
    i = (i + 1) & mask;
  }
  *next = 0;
  t.slots[i] = (static_cast<uint64_t>(fingerprint) << 32) | (entry + 1);
  ++t.used;
}

uint32_t ReprintIndex::Lookup(const BandTable& t, uint32_t fingerprint) const {
  if (t.slots.empty()) return 0;
  size_t mask = t.slots.size() - 1;
  for (size_t i = SlotOf(fingerprint, mask); t.slots[i] != 0; i = (i + 1) & mask) {
    if (static_cast<uint32_t>(t.slots[i] >> 32) == fingerprint) {
      return static_cast<uint32_t>(t.slots[i]);
    }
  }
  return 0;
}

uint32_t ReprintIndex::Add(const std::string& id, const MinHashSignature& sig) {
  uint32_t entry = static_cast<uint32_t>(ids_.size());
  ids_.push_back(id);
  sigs_.push_back(sig);
  next_.resize(next_.size() + kMinHashBands, 0);
  if (sig.shingles == 0) return entry;
  for (int b = 0; b < kMinHashBands; ++b) {
    uint32_t fp = static_cast<uint32_t>(BandKey(sig, b) >> 32);
    Insert(bands_[b], fp, entry, &next_[static_cast<size_t>(entry) * kMinHashBands + b]);
  }
  return entry;
}

std::vector<ReprintMatch> ReprintIndex::Find(const MinHashSignature& sig) const {
  std::vector<ReprintMatch> out;
  if (sig.shingles == 0) return out;
  std::unordered_set<uint32_t> seen;
  for (int b = 0; b < kMinHashBands; ++b) {
    uint32_t fp = static_cast<uint32_t>(BandKey(sig, b) >> 32);
    uint32_t visited = 0;
    for (uint32_t e = Lookup(bands_[b], fp); e != 0 && visited < options_.max_band_entries;
         e = next_[static_cast<size_t>(e - 1) * kMinHashBands + b], ++visited) {
      uint32_t entry = e - 1;
      if (!seen.insert(entry).second) continue;
      const MinHashSignature& other = sigs_[entry];
      double j = EstimateJaccard(sig, other);
      if (j == 0) continue;
      const MinHashSignature& small = sig.shingles <= other.shingles ? sig : other;
      const MinHashSignature& large = sig.shingles <= other.shingles ? other : sig;
      double c = EstimateContainment(small, large, j);
      double shared = c * small.shingles;
      if (c < options_.min_containment || shared < options_.min_shared_shingles) continue;
      out.push_back({entry, j, c});
    }
  }
  std::sort(out.begin(), out.end(), [](const ReprintMatch& a, const ReprintMatch& b) {
    return a.containment != b.containment ? a.containment > b.containment : a.index < b.index;
  });
  return out;
}

size_t ReprintIndex::MemoryBytes() const {
  size_t bytes = sigs_.capacity() * sizeof(MinHashSignature) + next_.capacity() * sizeof(uint32_t);
  for (const auto& id : ids_) bytes += sizeof(std::string) + (id.size() > 15 ? id.capacity() : 0);
  for (const auto& t : bands_) bytes += t.slots.capacity() * sizeof(uint64_t);
  return bytes;
}

}  // namespace storytrace
