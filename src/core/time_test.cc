#include "core/time.h"

#include <gtest/gtest.h>

namespace storytrace {
namespace {

TEST(TimeTest, ParsesCommonIsoForms) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"2025-03-14", "2025-03-14T00:00:00Z"},
      {"2025-03-14T08:30:00Z", "2025-03-14T08:30:00Z"},
      {"2025-03-14T08:30Z", "2025-03-14T08:30:00Z"},
      {"2025-03-14 08:30:00", "2025-03-14T08:30:00Z"},
      {"2025-03-14T08:30:00.123+01:00", "2025-03-14T07:30:00Z"},
      {"2024-02-29T23:59:59-0500", "2024-03-01T04:59:59Z"},
      {"1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"},
  };
  for (const auto& c : cases) {
    auto t = ParseIso8601(c.in);
    ASSERT_TRUE(t.has_value()) << c.in;
    EXPECT_EQ(FormatIso8601(*t), c.out) << c.in;
  }
}

TEST(TimeTest, RejectsGarbage) {
  for (const char* in : {"", "yesterday", "2025-13-01", "2023-02-29", "2025-03-14T25:00",
                         "2025-03-14Tfoo", "14.03.2025"}) {
    EXPECT_FALSE(ParseIso8601(in).has_value()) << in;
  }
}

}  // namespace
}  // namespace storytrace
