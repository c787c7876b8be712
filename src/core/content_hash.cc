// XXH3 over white-space-folded text.
#include "core/content_hash.h"

#include <fmt/format.h>
#include <xxhash.h>

namespace storytrace {

std::string ContentHash(std::string_view body) {
  std::string folded;
  folded.reserve(body.size());
  bool pending_space = false;
  for (char c : body) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !folded.empty();
      continue;
    }
    if (pending_space) folded.push_back(' ');
    pending_space = false;
    folded.push_back(c);
  }
  return fmt::format("{:016x}", XXH3_64bits(folded.data(), folded.size()));
}

}  // namespace storytrace
