// Content hash of an article body, used for idempotent re-ingest and exact-duplicate detection.
#ifndef STORYTRACE_CORE_CONTENT_HASH_H_
#define STORYTRACE_CORE_CONTENT_HASH_H_

#include <string>
#include <string_view>

namespace storytrace {

// 16 hex digits of XXH3-64 over the body with white space runs folded to one space and
// trimmed, so re-wrapped copies of the same text hash alike. Case and punctuation count.
std::string ContentHash(std::string_view body);

}  // namespace storytrace

#endif  // STORYTRACE_CORE_CONTENT_HASH_H_
