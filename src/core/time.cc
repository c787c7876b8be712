// ISO 8601 parsing and formatting without locale or time-zone database dependence.
#include "core/time.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace storytrace {
namespace {

bool ReadInt(std::string_view s, size_t& pos, int digits, int& out) {
  if (pos + digits > s.size()) return false;
  int v = 0;
  for (int i = 0; i < digits; ++i) {
    char c = s[pos + i];
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    v = v * 10 + (c - '0');
  }
  pos += digits;
  out = v;
  return true;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

}  // namespace

// Howard Hinnant's days_from_civil.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::optional<int64_t> ParseIso8601(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  size_t p = 0;
  int y, mo, d, h = 0, mi = 0, se = 0;
  if (!ReadInt(s, p, 4, y) || p >= s.size() || s[p++] != '-') return std::nullopt;
  if (!ReadInt(s, p, 2, mo) || p >= s.size() || s[p++] != '-') return std::nullopt;
  if (!ReadInt(s, p, 2, d)) return std::nullopt;
  if (mo < 1 || mo > 12 || d < 1 || d > DaysInMonth(y, mo)) return std::nullopt;
  int64_t offset = 0;
  if (p < s.size()) {
    if (s[p] != 'T' && s[p] != 't' && s[p] != ' ') return std::nullopt;
    ++p;
    if (!ReadInt(s, p, 2, h) || p >= s.size() || s[p++] != ':') return std::nullopt;
    if (!ReadInt(s, p, 2, mi)) return std::nullopt;
    if (p < s.size() && s[p] == ':') {
      ++p;
      if (!ReadInt(s, p, 2, se)) return std::nullopt;
      if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
        ++p;
        while (p < s.size() && std::isdigit(static_cast<unsigned char>(s[p]))) ++p;
      }
    }
    if (h > 23 || mi > 59 || se > 60) return std::nullopt;
    if (p < s.size()) {
      if (s[p] == 'Z' || s[p] == 'z') {
        ++p;
      } else if (s[p] == '+' || s[p] == '-') {
        int sign = s[p] == '+' ? 1 : -1;
        ++p;
        int oh, om = 0;
        if (!ReadInt(s, p, 2, oh)) return std::nullopt;
        if (p < s.size() && s[p] == ':') ++p;
        if (p < s.size() && !ReadInt(s, p, 2, om)) return std::nullopt;
        offset = sign * (oh * 3600 + om * 60);
      }
      if (p != s.size()) return std::nullopt;
    }
  }
  return DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - offset;
}

std::optional<int64_t> ParseRfc2822(std::string_view s) {
  // Tokens split at spaces and commas: [weekday] day month year time [zone].
  std::vector<std::string> tok;
  for (size_t i = 0; i < s.size();) {
    size_t end = s.find_first_of(" \t,", i);
    if (end == std::string_view::npos) end = s.size();
    if (end > i) {
      std::string t(s.substr(i, end - i));
      for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      tok.push_back(std::move(t));
    }
    i = end + 1;
  }
  size_t k = 0;
  if (k < tok.size() && !tok[k].empty() && std::isalpha(static_cast<unsigned char>(tok[k][0]))) {
    ++k;  // the weekday (not checked against the date)
  }
  if (tok.size() < k + 4 || tok.size() > k + 5) return std::nullopt;
  auto number = [](const std::string& t, int max_digits, int& out) {
    if (t.empty() || t.size() > static_cast<size_t>(max_digits)) return false;
    size_t p = 0;
    return ReadInt(t, p, static_cast<int>(t.size()), out);
  };
  int d, y, mo = 0;
  if (!number(tok[k], 2, d)) return std::nullopt;
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  static const char* kFull[] = {"january",   "february", "march",    "april",
                                "may",       "june",     "july",     "august",
                                "september", "october",  "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (tok[k + 1] == kMonths[m] || tok[k + 1] == kFull[m]) mo = m + 1;
  }
  if (mo == 0 || !number(tok[k + 2], 4, y) || tok[k + 2].size() == 3) return std::nullopt;
  if (tok[k + 2].size() <= 2) y += y < 50 ? 2000 : 1900;
  if (d < 1 || d > DaysInMonth(y, mo)) return std::nullopt;
  // hh:mm[:ss]
  const std::string& t = tok[k + 3];
  size_t p = 0;
  int h, mi, se = 0;
  if (!ReadInt(t, p, 2, h) || p >= t.size() || t[p++] != ':' || !ReadInt(t, p, 2, mi)) {
    return std::nullopt;
  }
  if (p < t.size() && (t[p++] != ':' || !ReadInt(t, p, 2, se))) return std::nullopt;
  if (p != t.size() || h > 23 || mi > 59 || se > 60) return std::nullopt;
  int64_t offset = 0;
  if (tok.size() == k + 5) {
    const std::string& z = tok[k + 4];
    static const std::pair<const char*, int> kZones[] = {
        {"gmt", 0},  {"ut", 0},   {"utc", 0},  {"z", 0},    {"est", -5}, {"edt", -4},
        {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}};
    bool known = false;
    for (const auto& [name, hours] : kZones) {
      if (z == name) offset = hours * 3600, known = true;
    }
    if (!known) {
      int oh, om;
      size_t q = 1;
      if (z.size() != 5 || (z[0] != '+' && z[0] != '-') || !ReadInt(z, q, 2, oh) ||
          !ReadInt(z, q, 2, om) || om > 59) {
        return std::nullopt;
      }
      offset = (z[0] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
    }
  }
  return DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - offset;
}

std::optional<int64_t> ParseTimestamp(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (auto t = ParseIso8601(s)) return t;
  if (auto t = ParseRfc2822(s)) return t;
  if ((s.size() == 10 || s.size() == 13) && std::all_of(s.begin(), s.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      })) {
    int64_t v = std::strtoll(std::string(s).c_str(), nullptr, 10);
    return s.size() == 13 ? v / 1000 : v;
  }
  return std::nullopt;
}

std::string FormatIso8601(int64_t t) {
  int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  int64_t rem = t - days * 86400;
  // civil_from_days
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  return fmt::format("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z", y, m, d, rem / 3600,
                     (rem / 60) % 60, rem % 60);
}

int64_t NowSeconds() {
  // A fixed clock for reproducible runs and golden tests.
  if (const char* fixed = std::getenv("STORYTRACE_NOW"); fixed && *fixed) {
    if (auto t = ParseIso8601(fixed)) return *t;
  }
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace storytrace
