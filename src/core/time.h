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

// Formats seconds since epoch as "YYYY-MM-DDTHH:MM:SSZ".
std::string FormatIso8601(int64_t seconds);

// Seconds since epoch for a civil UTC date-time; fields are not range-checked.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d);

// The current time, seconds since epoch; the STORYTRACE_NOW environment variable (ISO 8601)
// fixes it for reproducible runs.
int64_t NowSeconds();

}  // namespace storytrace

#endif  // STORYTRACE_CORE_TIME_H_
