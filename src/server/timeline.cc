// Timeline bucketing.
#include "server/timeline.h"

#include <algorithm>

#include "core/time.h"

namespace storytrace {
namespace {

constexpr int64_t kHour = 3600;

// Floor division that rounds towards minus infinity (times before 1970 stay aligned).
int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

Timeline BuildTimeline(const std::vector<int64_t>& times, size_t max_buckets) {
  Timeline t;
  if (times.empty()) return t;
  max_buckets = std::max<size_t>(max_buckets, 1);
  auto [lo, hi] = std::minmax_element(times.begin(), times.end());
  int64_t first = FloorDiv(*lo, kHour) * kHour;
  int64_t hours = FloorDiv(*hi, kHour) - first / kHour + 1;
  int64_t width =
      (hours + static_cast<int64_t>(max_buckets) - 1) / static_cast<int64_t>(max_buckets);
  t.bucket_seconds = width * kHour;
  int64_t n = (hours + width - 1) / width;
  t.buckets.resize(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i)
    t.buckets[static_cast<size_t>(i)].start = first + i * t.bucket_seconds;
  for (int64_t time : times)
    ++t.buckets[static_cast<size_t>((time - first) / t.bucket_seconds)].count;
  return t;
}

nlohmann::ordered_json TimelineToJson(const Timeline& timeline) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& b : timeline.buckets) {
    out.push_back({{"t", FormatIso8601(b.start)}, {"count", b.count}});
  }
  return out;
}

}  // namespace storytrace
