#include "geo/qualifier.h"

#include <gtest/gtest.h>

#include "entities/name_key.h"
#include "tests/shared_entities.h"

namespace storytrace {
namespace {

TEST(QualifierTest, ReadsCountriesDivisionsAndAbbreviations) {
  const Gazetteer& g = testing::SharedGazetteer();
  if (g.size() == 0) GTEST_SKIP() << "no gazetteer data (run scripts/setup.sh)";
  auto portugal = ReadQualifier(g, "Portugal");
  ASSERT_TRUE(portugal.has_value());
  EXPECT_EQ(portugal->country, "PT");
  auto ny = ReadQualifier(g, "N.Y.");
  ASSERT_TRUE(ny.has_value());
  EXPECT_EQ(ny->key, NameKey("New York"));
  ASSERT_EQ(ny->regions.size(), 1u);
  EXPECT_EQ(ny->regions.front()->country, "US");
  EXPECT_FALSE(ReadQualifier(g, "Customs").has_value());
  EXPECT_FALSE(ReadQualifier(g, "").has_value());
}

TEST(QualifierTest, PlaceInTheQualifierOrNone) {
  const Gazetteer& g = testing::SharedGazetteer();
  if (g.size() == 0) GTEST_SKIP() << "no gazetteer data (run scripts/setup.sh)";
  const GazetteerEntry* moscow = PlaceIn(g, NameKey("Moscow"), *ReadQualifier(g, "Idaho"));
  ASSERT_NE(moscow, nullptr);
  EXPECT_EQ(moscow->admin1, "ID");
  // A list, not a qualifier: no Paris lies in the state of Berlin.
  EXPECT_EQ(PlaceIn(g, NameKey("Paris"), *ReadQualifier(g, "Berlin")), nullptr);
}

}  // namespace
}  // namespace storytrace
