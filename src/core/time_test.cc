#include "core/time.h"

#include <gtest/gtest.h>

namespace storytrace {
namespace {

struct Case {
  const char* in;
  const char* out;  // as FormatIso8601 writes the parsed time
};

// Each input parses, by `parse`, to the time its case names.
template <size_t N, typename Parse>
void ExpectParses(const Case (&cases)[N], Parse parse) {
  for (const auto& c : cases) {
    auto t = parse(c.in);
    ASSERT_TRUE(t.has_value()) << c.in;
    EXPECT_EQ(FormatIso8601(*t), c.out) << c.in;
  }
}

TEST(TimeTest, ParsesCommonIsoForms) {
  const Case cases[] = {
      {"2025-03-14", "2025-03-14T00:00:00Z"},
      {"2025-03-14T08:30:00Z", "2025-03-14T08:30:00Z"},
      {"2025-03-14T08:30Z", "2025-03-14T08:30:00Z"},
      {"2025-03-14 08:30:00", "2025-03-14T08:30:00Z"},
      {"2025-03-14T08:30:00.123+01:00", "2025-03-14T07:30:00Z"},
      {"2024-02-29T23:59:59-0500", "2024-03-01T04:59:59Z"},
      {"1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"},
  };
  ExpectParses(cases, ParseIso8601);
}

TEST(TimeTest, RejectsGarbage) {
  for (const char* in : {"", "yesterday", "2025-13-01", "2023-02-29", "2025-03-14T25:00",
                         "2025-03-14Tfoo", "14.03.2025"}) {
    EXPECT_FALSE(ParseIso8601(in).has_value()) << in;
  }
}

// RSS feeds date their items as e-mail does; scrapers often write epoch seconds.
TEST(TimeTest, ParsesFeedDates) {
  const Case cases[] = {
      {"Thu, 01 Jul 2021 13:21:00 GMT", "2021-07-01T13:21:00Z"},
      {"Thu, 01 Jul 2021 13:21:00 +0200", "2021-07-01T11:21:00Z"},
      {"1 Jul 2021 13:21 -0430", "2021-07-01T17:51:00Z"},
      {"Sat, 31 December 2022 23:30:00 EST", "2023-01-01T04:30:00Z"},
      {"Mon, 5 Feb 24 08:00:00 UT", "2024-02-05T08:00:00Z"},
      {"Thu, 01 Jul 2021 13:21:00", "2021-07-01T13:21:00Z"},
  };
  ExpectParses(cases, ParseRfc2822);
  ExpectParses(cases, ParseTimestamp);
  for (const char* in : {"", "Thu, 31 Feb 2021 10:00:00 GMT", "01 Jul 2021", "01 Juli 2021 13:21",
                         "01 Jul 2021 25:00 GMT", "01 Jul 2021 13:21 +02", "01 Jul 2021 13:21 CET",
                         "2021-07-01T13:21:00Z"}) {
    EXPECT_FALSE(ParseRfc2822(in).has_value()) << in;
  }
  EXPECT_EQ(FormatIso8601(*ParseTimestamp(" 2021-07-01T13:21:00Z ")), "2021-07-01T13:21:00Z");
  EXPECT_EQ(FormatIso8601(*ParseTimestamp("1625145660")), "2021-07-01T13:21:00Z");
  EXPECT_EQ(FormatIso8601(*ParseTimestamp("1625145660123")), "2021-07-01T13:21:00Z");
  for (const char* in : {"162514566", "yesterday", "14.03.2025", "1625145660.5"}) {
    EXPECT_FALSE(ParseTimestamp(in).has_value()) << in;
  }
}

}  // namespace
}  // namespace storytrace
