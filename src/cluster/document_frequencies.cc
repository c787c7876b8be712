// Document frequencies in a fixed table of counters.
#include "cluster/document_frequencies.h"

#include <new>

namespace storytrace {

DocumentFrequencies::DocumentFrequencies(int bits)
    : shift_(64 - bits), mask_((size_t{1} << bits) - 1) {
  // calloc: large blocks come zeroed from the OS, so only the pages counters land on are ever
  // touched (a short stream stays small).
  auto* p = static_cast<uint32_t*>(std::calloc(mask_ + 1, sizeof(uint32_t)));
  if (p == nullptr) throw std::bad_alloc();
  counts_.reset(p);
}

}  // namespace storytrace
