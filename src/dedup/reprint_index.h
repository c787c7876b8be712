// An LSH index over MinHash signatures: which earlier article does a new one copy?
#ifndef STORYTRACE_DEDUP_REPRINT_INDEX_H_
#define STORYTRACE_DEDUP_REPRINT_INDEX_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dedup/minhash.h"

namespace storytrace {

struct ReprintOptions {
  // A pair is a reprint when the smaller text is at least this much contained in the larger
  // (a shortened reprint, or an original with boilerplate added around it)...
  double min_containment = 0.6;
  // ...and they share at least this many distinct shingles (a few shared sentences, such as one
  // quotation, are not a reprint).
  uint32_t min_shared_shingles = 12;
  // A band's chain is read newest first, this many entries at most. A text copied thousands of
  // times fills every chain it is in with its copies; each copy's family is found through its
  // newest members (LinkFinder follows a match to its family's original), so the work per
  // article stays bounded instead of growing with the copies before it.
  uint32_t max_band_entries = 128;
};

struct ReprintMatch {
  uint32_t index = 0;     // entry index in the ReprintIndex
  double jaccard = 0;
  double containment = 0;  // of the smaller text in the larger
};

// In-memory index of every article's signature, with LSH band tables (open addressing) for
// candidate lookup in time independent of the index size. Not thread-safe.
class ReprintIndex {
 public:
  explicit ReprintIndex(ReprintOptions options = {}) : options_(options) {}

  // Adds a signature under `id` and returns its entry index. Signatures with no shingles are
  // kept (so indices stay dense) but never matched.
  uint32_t Add(const std::string& id, const MinHashSignature& sig);

  // Entries that pass the reprint test against `sig`, best (highest containment) first; of the
  // entries sharing a band with it, the newest options.max_band_entries per band are tested.
  std::vector<ReprintMatch> Find(const MinHashSignature& sig) const;

  const std::string& id(uint32_t index) const { return ids_[index]; }
  size_t size() const { return ids_.size(); }
  // Bytes held by the index (signatures, ids, band tables), for capacity planning.
  size_t MemoryBytes() const;

 private:
  // One band's table: 32-bit band-key fingerprint → newest entry with that key; entries with
  // equal keys chain through next_.
  struct BandTable {
    std::vector<uint64_t> slots;  // (fingerprint << 32) | (entry + 1); 0 = empty
    size_t used = 0;
  };
  void Insert(BandTable& t, uint32_t fingerprint, uint32_t entry, uint32_t* next);
  uint32_t Lookup(const BandTable& t, uint32_t fingerprint) const;  // entry + 1, 0 if none

  ReprintOptions options_;
  std::vector<std::string> ids_;
  std::vector<MinHashSignature> sigs_;
  std::vector<BandTable> bands_ = std::vector<BandTable>(kMinHashBands);
  std::vector<uint32_t> next_;  // [entry * kMinHashBands + band] → older entry + 1, 0 = end
};

}  // namespace storytrace

#endif  // STORYTRACE_DEDUP_REPRINT_INDEX_H_
