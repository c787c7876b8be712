#include "geo/dateline.h"

#include <gtest/gtest.h>

namespace storytrace {
namespace {

struct DatelineCase {
  const char* dateline;
  std::vector<std::string> places;
  const char* qualifier;
};

TEST(DatelinePlacesTest, PlacesAndQualifier) {
  const DatelineCase cases[] = {
      {"PORTO, Portugal, May 23 (Reuters)", {"PORTO"}, "Portugal"},
      {"Moskau, 4. Dezember 2024 (AFP)", {"Moskau"}, ""},
      {"Passau (DPA)", {"Passau"}, ""},
      {"PASSAU, 14. Mai (Reuters)", {"PASSAU"}, ""},
      {"BISHKEK, Kyrgyzstan (AP)", {"BISHKEK"}, "Kyrgyzstan"},
      {"KOUROU, French Guiana (Reuters)", {"KOUROU"}, "French Guiana"},
      {"Darmstadt/Kourou (DPA)", {"Darmstadt", "Kourou"}, ""},
      {"San Sebastián, 16 may (EFE)", {"San Sebastián"}, ""},
      {"Toulouse, 23 mai 2025", {"Toulouse"}, ""},
      {"Kourou (Guyane), 22 mai 2025 (AFP)", {"Kourou"}, "Guyane"},
      {"Dortmund (Allemagne), 16 mai 2025 (AFP)", {"Dortmund"}, "Allemagne"},
      {"PARIS, Texas – ", {"PARIS"}, "Texas"},
      {"23 May 2025 (Reuters)", {}, ""},
      {"", {}, ""},
  };
  for (const DatelineCase& c : cases) {
    DatelinePlaces got = PlacesOfDateline(c.dateline);
    EXPECT_EQ(got.places, c.places) << c.dateline;
    EXPECT_EQ(got.qualifier, c.qualifier) << c.dateline;
  }
}

}  // namespace
}  // namespace storytrace
