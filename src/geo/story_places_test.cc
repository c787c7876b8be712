#include "geo/story_places.h"

#include <gtest/gtest.h>

namespace storytrace {
namespace {

ArticlePlace Place(const char* id, const char* name, int mentions, bool focus, bool settled,
                   const char* keys) {
  ArticlePlace p;
  p.place_id = id;
  p.name = name;
  p.kind = "city";
  p.mentions = mentions;
  p.focus = focus;
  p.settled = settled;
  p.keys = keys;
  return p;
}

TEST(StoryPlacesTest, CountsArticlesAndPutsTheFocusFirst) {
  std::vector<StoryPlaceRow> rows = {
      {"s", "a1", Place("country:DE", "Germany", 3, false, true, "germani")},
      {"s", "a1", Place("city:DE:02:pasau", "Passau", 2, true, true, "pasau")},
      {"s", "a2", Place("city:DE:02:pasau", "Passau", 4, true, true, "pasau")},
      {"s", "a3", Place("country:DE", "Deutschland", 1, true, true, "deutSland")},
      {"s", "a3", Place("city:DE:02:pasau", "Passau", 1, false, true, "pasau")},
  };
  auto places = AggregatePlaces(rows);
  ASSERT_EQ(places.size(), 2u);
  EXPECT_EQ(places[0].name, "Passau");
  EXPECT_TRUE(places[0].focus);
  EXPECT_EQ(places[0].articles, 3);
  EXPECT_EQ(places[0].mentions, 7);
  EXPECT_EQ(places[0].focus_articles, 2);
  EXPECT_EQ(places[1].name, "Germany");  // on a tie, the name used first
  EXPECT_FALSE(places[1].focus);
  EXPECT_EQ(places[1].articles, 2);
}

TEST(StoryPlacesTest, ANameTheStorySettledTakesThatPlace) {
  // One article could not tell which Kourou; another's dateline said French Guiana.
  std::vector<StoryPlaceRow> rows = {
      {"launch", "fr", Place("city:CI:87:kuru", "Kourou", 2, true, false, "kuru")},
      {"launch", "en", Place("city:GF:GF:kuru", "Kourou", 1, true, true, "kuru")},
      // In another story the unsettled guess stands.
      {"other", "x", Place("city:CI:87:kuru", "Kourou", 1, true, false, "kuru")},
  };
  auto places = AggregatePlaces(rows);
  ASSERT_EQ(places.size(), 2u);
  EXPECT_EQ(places[0].place_id, "city:GF:GF:kuru");
  EXPECT_EQ(places[0].articles, 2);
  EXPECT_EQ(places[0].focus_articles, 2);
  EXPECT_TRUE(places[0].focus);
  EXPECT_EQ(places[1].place_id, "city:CI:87:kuru");
  EXPECT_EQ(places[1].articles, 1);
}

TEST(StoryPlacesTest, NoRowsNoPlaces) { EXPECT_TRUE(AggregatePlaces({}).empty()); }

}  // namespace
}  // namespace storytrace
