#include "cluster/story_clusterer.h"

#include <gtest/gtest.h>

#include "core/time.h"
#include "tests/shared_analyzer.h"

namespace storytrace {
namespace {

class StoryClustererTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    analyzer_ = &testing::SharedAnalyzer();
  }

  std::string Add(StoryClusterer& c, const std::string& id, const std::string& title,
                  const std::string& text, const char* when) {
    Article a;
    a.id = id;
    a.title = title;
    a.text = text;
    a.published = ParseIso8601(when);
    return c.Assign(a, analyzer_->Analyze(title + "\n\n" + text));
  }
  static const TextAnalyzer* analyzer_;
};
const TextAnalyzer* StoryClustererTest::analyzer_ = nullptr;

TEST_F(StoryClustererTest, SameEventJoinsOtherEventSplits) {
  StoryClusterer c;
  auto s1 = Add(c, "a", "Earthquake of magnitude 6.8 strikes southern Peru",
                "A strong earthquake shook the Arequipa region on Monday, damaging homes.",
                "2025-03-10T08:00:00Z");
  auto s2 = Add(c, "b", "Peru earthquake: rescuers search damaged homes in Arequipa",
                "Rescuers searched homes damaged by Monday's magnitude 6.8 earthquake in Arequipa.",
                "2025-03-10T12:00:00Z");
  auto s3 = Add(c, "c", "Central bank raises interest rates to fight inflation",
                "The central bank raised its main interest rate by half a point on Tuesday.",
                "2025-03-11T09:00:00Z");
  EXPECT_EQ(s1, "st-a");
  EXPECT_EQ(s2, s1);
  EXPECT_NE(s3, s1);
}

TEST_F(StoryClustererTest, Deterministic) {
  auto run = [&]() {
    StoryClusterer c;
    std::vector<std::string> out;
    out.push_back(Add(c, "1", "Flood in Valencia", "Floods hit Valencia after heavy rain.", "2025-01-01T00:00:00Z"));
    out.push_back(Add(c, "2", "Valencia flood victims", "Flood victims in Valencia wait for aid.", "2025-01-01T05:00:00Z"));
    out.push_back(Add(c, "3", "Elections in Chile", "Chile votes in a presidential runoff.", "2025-01-02T00:00:00Z"));
    return out;
  };
  EXPECT_EQ(run(), run());
}

TEST_F(StoryClustererTest, OldStoriesExpire) {
  ClustererOptions o;
  o.window_seconds = 86400;
  StoryClusterer c(o);
  auto s1 = Add(c, "a", "Flood in Valencia", "Floods hit Valencia after heavy rain.", "2025-01-01T00:00:00Z");
  auto s2 = Add(c, "b", "Flood in Valencia", "Floods hit Valencia after heavy rain.", "2025-01-05T00:00:00Z");
  EXPECT_NE(s1, s2);
  EXPECT_EQ(c.live_stories(), 1u);
}

}  // namespace
}  // namespace storytrace
