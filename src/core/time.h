// ISO 8601 timestamps: parsing input dates and formatting UTC output.
#ifndef STORYTRACE_CORE_TIME_H_
#define STORYTRACE_CORE_TIME_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storytrace {

// Parses "2025-03-14", "2025-03-14T08:30", "2025-03-14T08:30:00Z", "...+01:00", "... 08:30:00"
// (fractions ignored) into seconds since the epoch, UTC. A time without zone is taken as UTC.
// Returns nullopt on anything else, including impossible dates.
std::optional<int64_t> ParseIso8601(std::string_view s);

// Parses the dates of RSS feeds and e-mail (RFC 2822, after RFC 822): "Thu, 01 Jul 2021
// 13:21:00 GMT", "1 Jul 2021 13:21 +0200". The weekday and the seconds are optional, English
// month names (three letters or full), two-digit years read as 1950-2049, zones GMT, UT, UTC,
// Z, the US zones EST to PDT, or +hhmm/-hhmm (none: UTC). Returns nullopt on anything else.
std::optional<int64_t> ParseRfc2822(std::string_view s);

// A publication time as feeds and scrapers write it: ISO 8601, RFC 2822, or digits since the
// epoch (10 digits: seconds, 13: milliseconds). Returns nullopt on anything else.
std::optional<int64_t> ParseTimestamp(std::string_view s);

// Formats seconds since epoch as "YYYY-MM-DDTHH:MM:SSZ".
std::string FormatIso8601(int64_t seconds);

// Seconds since epoch for a civil UTC date-time; fields are not range-checked.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d);

// The current time, seconds since epoch; the STORYTRACE_NOW environment variable (ISO 8601)
// fixes it for reproducible runs.
int64_t NowSeconds();

// How far past the moment an article is read its publication time may lie (a time zone written
// wrongly, an embargoed feed item); a later one is a misread or mistyped date, not when the
// article was published.
constexpr int64_t kPublishedAheadToleranceSeconds = 86400;

// Whether `published` can be the publication time of an article read at `now`.
inline bool CrediblePublicationTime(int64_t published, int64_t now) {
  return published <= now + kPublishedAheadToleranceSeconds;
}

}  // namespace storytrace

#endif  // STORYTRACE_CORE_TIME_H_
