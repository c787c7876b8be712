#include "server/timeline.h"

#include <gtest/gtest.h>

#include "server/contest_api.h"

namespace storytrace {
namespace {

constexpr int64_t kH = 3600;
constexpr int64_t kDay0 = 1733270400;  // 2024-12-04T00:00:00Z

TEST(TimelineTest, HourlyBucketsIncludeEmptyHours) {
  Timeline t = BuildTimeline({kDay0 + 10 * kH + 5, kDay0 + 10 * kH + 1800, kDay0 + 12 * kH});
  EXPECT_EQ(t.bucket_seconds, kH);
  ASSERT_EQ(t.buckets.size(), 3u);
  EXPECT_EQ(t.buckets[0].start, kDay0 + 10 * kH);
  EXPECT_EQ(t.buckets[0].count, 2);
  EXPECT_EQ(t.buckets[1].count, 0);
  EXPECT_EQ(t.buckets[2].count, 1);
  EXPECT_EQ(TimelineToJson(t)[0]["t"], "2024-12-04T10:00:00Z");
}

TEST(TimelineTest, LongSpansUseWiderBuckets) {
  // 10 days = 240 hours → 4-hour buckets, 60 of them.
  Timeline t = BuildTimeline({kDay0, kDay0 + 240 * kH - 1}, 72);
  EXPECT_EQ(t.bucket_seconds, 4 * kH);
  EXPECT_EQ(t.buckets.size(), 60u);
  EXPECT_EQ(t.buckets.front().count, 1);
  EXPECT_EQ(t.buckets.back().count, 1);
  EXPECT_TRUE(BuildTimeline({}).buckets.empty());
}

TEST(GroupThreadsTest, LargestThreadFirstArticlesEarliestFirst) {
  std::vector<Store::WindowArticle> window = {
      {"b.html", "s1", "Title B", 200}, {"a.html", "s1", "Title A", 100},
      {"c.html", "s2", "Title C", 300}, {"d.html", "", "Title D", 50},
      {"e.html", "s2", "Title E", 300}, {"f.html", "s1", "Title F", 150}};
  auto threads = GroupThreads(window);
  ASSERT_EQ(threads.size(), 3u);
  EXPECT_EQ(threads[0].story_id, "s1");
  EXPECT_EQ(threads[0].title, "Title A");
  EXPECT_EQ(threads[0].articles, (std::vector<std::string>{"a.html", "f.html", "b.html"}));
  EXPECT_EQ(threads[1].articles, (std::vector<std::string>{"c.html", "e.html"}));
  EXPECT_EQ(threads[2].articles, (std::vector<std::string>{"d.html"}));
}

}  // namespace
}  // namespace storytrace
