// Dates written in news text ("Thursday, November 23, 2017", "4. Dezember 2024", "2017年11月23日").
#ifndef STORYTRACE_EXTRACT_DATE_PARSER_H_
#define STORYTRACE_EXTRACT_DATE_PARSER_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace storytrace {

// Finds the first calendar date in `s` written in English, German, French, Spanish, Russian,
// Portuguese, Italian, Slovenian or Arabic month-name form (Arabic-Indic digits and the
// Levantine month names too), numeric European form (23.11.2017), year-first form (2017-11-23,
// 2017/11/23, 2017.11.23) or Chinese and Japanese form (2017年11月23日), with an optional time
// of day. Returns seconds since epoch (UTC, time taken as UTC), or nullopt.
std::optional<int64_t> FindDate(std::string_view s);

// FindDate's date with the bytes [begin, end) it takes in `s` (time of day not included).
struct DateMatch {
  int64_t seconds = 0;
  size_t begin = 0;
  size_t end = 0;
};
std::optional<DateMatch> MatchDate(std::string_view s);

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_DATE_PARSER_H_
