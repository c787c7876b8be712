// MinHash signatures of an article body's word shingles, for finding reprints.
#ifndef STORYTRACE_DEDUP_MINHASH_H_
#define STORYTRACE_DEDUP_MINHASH_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "text/analyzed_text.h"

namespace storytrace {

// 32 LSH bands of 3 rows: a pair with Jaccard 0.5 becomes a candidate with probability 0.986,
// one with Jaccard 0.2 with probability 0.23.
constexpr int kMinHashBands = 32;
constexpr int kMinHashRows = 3;
constexpr int kMinHashSize = kMinHashBands * kMinHashRows;
// Words per shingle.
constexpr int kShingleWords = 4;

struct MinHashSignature {
  std::array<uint32_t, kMinHashSize> values{};
  uint32_t shingles = 0;  // distinct shingles in the body; 0 means "too short to compare"
};

// The signature of the body part of `analyzed` (tokens at byte offsets >= `body_begin`, so a
// new headline does not hide a reprint). Shingles are runs of kShingleWords folded word and
// number tokens; punctuation, case and diacritics do not matter.
MinHashSignature ComputeMinHash(const AnalyzedText& analyzed, size_t body_begin = 0);

// The signature of a set of 64-bit shingle hashes (duplicates allowed).
MinHashSignature MinHashOfShingles(std::vector<uint64_t> shingles);

// Estimated Jaccard similarity of the two shingle sets (share of equal signature values).
double EstimateJaccard(const MinHashSignature& a, const MinHashSignature& b);

// Estimated share of a's shingles that also occur in b, from the Jaccard estimate and the set
// sizes: |a ∩ b| = J (|a| + |b|) / (1 + J). 0 when a is empty.
double EstimateContainment(const MinHashSignature& a, const MinHashSignature& b, double jaccard);

// The LSH key of band `band` (0 ≤ band < kMinHashBands).
uint64_t BandKey(const MinHashSignature& s, int band);

// Serialisation for the store: little-endian values then the shingle count.
std::string SerializeSignature(const MinHashSignature& s);
// Inverse of SerializeSignature; false when `blob` has the wrong size.
bool ParseSignature(const std::string& blob, MinHashSignature* s);

}  // namespace storytrace

#endif  // STORYTRACE_DEDUP_MINHASH_H_
