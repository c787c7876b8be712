#include "pipeline/stream_order.h"

#include <gtest/gtest.h>

namespace storytrace {
namespace {

constexpr int64_t kDay = 86400;

TEST(StreamOrderTest, OrdersByDayAndKeepsInputOrderWithinADay) {
  // Two articles of day 3 (the later one first), one of day 1.
  std::vector<StreamItem> items = {
      {3 * kDay + 7200, "a"}, {3 * kDay + 60, "a"}, {1 * kDay, "a"}};
  EXPECT_EQ(StreamOrder(items), (std::vector<size_t>{2, 0, 1}));
}

TEST(StreamOrderTest, AnUndatedArticleStaysBesideTheDatedOneBeforeItInItsGroup) {
  std::vector<StreamItem> items = {
      {5 * kDay, "seeds"}, {std::nullopt, "seeds"}, {1 * kDay, "other"}};
  EXPECT_EQ(StreamOrder(items), (std::vector<size_t>{2, 0, 1}));
}

TEST(StreamOrderTest, AnUndatedArticleOpeningItsGroupGoesWithTheGroupsNextDatedOne) {
  // A folder of recent articles, then a folder whose first (undated) file is the translation of
  // an old one: it must reach the clusterer beside that article, not after the recent folder.
  std::vector<StreamItem> items = {{2025 * kDay, "corpus"},
                                   {2026 * kDay, "corpus"},
                                   {std::nullopt, "seeds"},
                                   {17 * kDay, "seeds"},
                                   {24 * kDay, "seeds"},
                                   {std::nullopt, "seeds"}};
  EXPECT_EQ(StreamOrder(items), (std::vector<size_t>{2, 3, 4, 5, 0, 1}));
}

TEST(StreamOrderTest, AGroupWithoutDatesFollowsTheBatchsDatedArticleBeforeIt) {
  std::vector<StreamItem> items = {
      {9 * kDay, "a"}, {std::nullopt, "b"}, {2 * kDay, "a"}, {std::nullopt, "c"}};
  // b and c have no dated article of their own: each stays after the dated article before it.
  EXPECT_EQ(StreamOrder(items), (std::vector<size_t>{2, 3, 0, 1}));
}

TEST(StreamOrderTest, UndatedArticlesAloneKeepInputOrder) {
  std::vector<StreamItem> items = {{std::nullopt, "x"}, {std::nullopt, "y"}, {std::nullopt, "x"}};
  EXPECT_EQ(StreamOrder(items), (std::vector<size_t>{0, 1, 2}));
  EXPECT_TRUE(StreamOrder({}).empty());
}

TEST(StreamOrderTest, InputGroupIsTheFileForRecordsAndTheFolderForFiles) {
  EXPECT_EQ(InputGroup("feeds/a.jsonl", 12), "feeds/a.jsonl");
  EXPECT_EQ(InputGroup("stdin", 3), "stdin");
  EXPECT_EQ(InputGroup("scrape/de/000.txt", 0), "scrape/de");
  EXPECT_EQ(InputGroup("page.html", 0), "");
  EXPECT_EQ(InputGroupOfOrigin("feeds/a.jsonl:12"), "feeds/a.jsonl");
  EXPECT_EQ(InputGroupOfOrigin("feeds/a.json[3]"), "feeds/a.json");
  EXPECT_EQ(InputGroupOfOrigin("stdin:7"), "stdin");
  EXPECT_EQ(InputGroupOfOrigin("scrape/de/000.txt"), "scrape/de");
  EXPECT_EQ(InputGroupOfOrigin("stdin"), "");
}

}  // namespace
}  // namespace storytrace
