// Posting keys of the clusters' inverted index: one hash space per vector kind.
#ifndef STORYTRACE_CLUSTER_CLUSTER_INDEX_H_
#define STORYTRACE_CLUSTER_CLUSTER_INDEX_H_

#include <cstdint>

namespace storytrace {

// The same 32-bit hash in two spaces must not collide, so postings carry their channel.
constexpr uint64_t kTermChannel = 1, kConceptChannel = 2, kGramChannel = 3, kKeyChannel = 4;

inline uint64_t Posting(uint64_t channel, uint32_t key) { return channel << 32 | key; }

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_CLUSTER_INDEX_H_
