// MinHash with 64-bit mixing per permutation.
#include "dedup/minhash.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace storytrace {
namespace {

// SplitMix64 finaliser: a strong 64-bit mixer, cheap enough to run once per (shingle, row).
inline uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

const std::array<uint64_t, kMinHashSize>& Seeds() {
  static const std::array<uint64_t, kMinHashSize> seeds = [] {
    std::array<uint64_t, kMinHashSize> s{};
    for (int i = 0; i < kMinHashSize; ++i) s[i] = Mix(0x9e3779b97f4a7c15ULL * (i + 1));
    return s;
  }();
  return seeds;
}

}  // namespace

MinHashSignature ComputeMinHash(const AnalyzedText& analyzed, size_t body_begin) {
  std::vector<uint64_t> words;
  words.reserve(analyzed.tokens.size());
  for (const AnalyzedToken& t : analyzed.tokens) {
    if (t.span.begin < body_begin || t.folded.empty()) continue;
    words.push_back(XXH3_64bits(t.folded.data(), t.folded.size()));
  }
  if (words.size() < static_cast<size_t>(kShingleWords)) return MinHashSignature{};
  std::vector<uint64_t> shingles;
  shingles.reserve(words.size());
  for (size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    uint64_t h = 0;
    for (int k = 0; k < kShingleWords; ++k) h = Mix(h ^ words[i + k]) + k;
    shingles.push_back(h);
  }
  return MinHashOfShingles(std::move(shingles));
}

MinHashSignature MinHashOfShingles(std::vector<uint64_t> shingles) {
  MinHashSignature sig;
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  if (shingles.empty()) return sig;
  sig.shingles = static_cast<uint32_t>(shingles.size());
  sig.values.fill(UINT32_MAX);
  const auto& seeds = Seeds();
  for (uint64_t h : shingles) {
    for (int i = 0; i < kMinHashSize; ++i) {
      uint32_t v = static_cast<uint32_t>(Mix(h ^ seeds[i]) >> 32);
      if (v < sig.values[i]) sig.values[i] = v;
    }
  }
  return sig;
}

double EstimateJaccard(const MinHashSignature& a, const MinHashSignature& b) {
  if (a.shingles == 0 || b.shingles == 0) return 0;
  int equal = 0;
  for (int i = 0; i < kMinHashSize; ++i) equal += a.values[i] == b.values[i];
  return static_cast<double>(equal) / kMinHashSize;
}

double EstimateContainment(const MinHashSignature& a, const MinHashSignature& b, double j) {
  if (a.shingles == 0) return 0;
  double inter = j * (static_cast<double>(a.shingles) + b.shingles) / (1 + j);
  return std::min(1.0, inter / a.shingles);
}

uint64_t BandKey(const MinHashSignature& s, int band) {
  return XXH3_64bits_withSeed(&s.values[band * kMinHashRows], kMinHashRows * sizeof(uint32_t),
                              static_cast<uint64_t>(band));
}

std::string SerializeSignature(const MinHashSignature& s) {
  std::string out(sizeof(s.values) + sizeof(uint32_t), '\0');
  // Little-endian hosts only (x86-64, aarch64); the store is not meant to move across endianness.
  std::memcpy(out.data(), s.values.data(), sizeof(s.values));
  std::memcpy(out.data() + sizeof(s.values), &s.shingles, sizeof(uint32_t));
  return out;
}

bool ParseSignature(const std::string& blob, MinHashSignature* s) {
  if (blob.size() != sizeof(s->values) + sizeof(uint32_t)) return false;
  std::memcpy(s->values.data(), blob.data(), sizeof(s->values));
  std::memcpy(&s->shingles, blob.data() + sizeof(s->values), sizeof(uint32_t));
  return true;
}

}  // namespace storytrace
