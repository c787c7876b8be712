// Per-hour article counts over a story's span, for the story charts of the HTTP API.
#ifndef STORYTRACE_SERVER_TIMELINE_H_
#define STORYTRACE_SERVER_TIMELINE_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <vector>

namespace storytrace {

struct Timeline {
  int64_t bucket_seconds = 3600;  // a whole number of hours
  struct Bucket {
    int64_t start = 0;  // seconds since epoch, aligned to the hour
    int64_t count = 0;
  };
  std::vector<Bucket> buckets;  // consecutive, empty ones included
};

// Counts `times` (seconds since epoch, any order) in buckets of one hour from the hour of the
// earliest to the hour of the latest; when that needs more than `max_buckets` buckets, each
// bucket spans the smallest whole number of hours that fits. No times: no buckets.
Timeline BuildTimeline(const std::vector<int64_t>& times, size_t max_buckets = 72);

// [{"t": "2024-12-04T10:00:00Z", "count": 3}, ...]
nlohmann::ordered_json TimelineToJson(const Timeline& timeline);

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_TIMELINE_H_
