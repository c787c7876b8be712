#include "entities/zone_cities.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace storytrace {
namespace {

TEST(ZoneCitiesTest, NamesTheCitiesOfTimeZonesInOtherLanguages) {
  std::vector<ZoneCity> cities = ZoneCities({"en", "pt", "ru", "el", "xx"});
  ASSERT_GT(cities.size(), 300u);
  auto tokyo = std::find_if(cities.begin(), cities.end(),
                            [](const ZoneCity& c) { return c.english == "Tokyo"; });
  ASSERT_NE(tokyo, cities.end());
  EXPECT_EQ(tokyo->country, "JP");
  EXPECT_EQ(tokyo->names, (std::vector<std::string>{"Tóquio", "Токио"}))
      << "Portuguese and Russian; not the Greek name, nor the English one again";
  for (const ZoneCity& c : cities) {
    EXPECT_EQ(c.country.size(), 2u) << c.english;
    EXPECT_FALSE(c.english.empty());
  }
  // Deterministic.
  std::vector<ZoneCity> again = ZoneCities({"en", "pt", "ru", "el", "xx"});
  ASSERT_EQ(again.size(), cities.size());
  for (size_t i = 0; i < cities.size(); ++i) EXPECT_EQ(again[i].names, cities[i].names);
}

}  // namespace
}  // namespace storytrace
