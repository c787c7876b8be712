// Dateline splitting.
#include "geo/dateline.h"

#include <algorithm>

namespace storytrace {
namespace {

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// A place name: no digits, a few words, not empty.
bool LooksLikeName(std::string_view s) {
  if (s.empty() || s.size() > 60) return false;
  if (std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return std::count(s.begin(), s.end(), ' ') < 4;
}

}  // namespace

DatelinePlaces PlacesOfDateline(std::string_view written) {
  DatelinePlaces out;
  // The place's country or region in brackets before a comma, as French agencies write it:
  // "Kourou (Guyane), 22 mai 2025 (AFP)".
  std::string_view bracketed;
  std::string unbracketed;
  const size_t open = written.find('('), close = written.find(')');
  if (open != std::string_view::npos && close != std::string_view::npos && open < close &&
      written.substr(close + 1, 1) == ",") {
    bracketed = Trim(written.substr(open + 1, close - open - 1));
    unbracketed = std::string(written.substr(0, open)) + std::string(written.substr(close + 1));
    written = unbracketed;
  }
  // The agency and anything after it: "(Reuters)", "(DPA)".
  std::string_view dateline = written.substr(0, written.find('('));
  // A dash may end the dateline: "PASSAU – ", "Bischkek -".
  for (std::string_view dash : {" – ", " — ", " - "}) {
    dateline = dateline.substr(0, dateline.find(dash));
  }
  std::vector<std::string_view> segments;
  for (size_t i = 0; i <= dateline.size();) {
    size_t j = dateline.find(',', i);
    if (j == std::string_view::npos) j = dateline.size();
    segments.push_back(Trim(dateline.substr(i, j - i)));
    i = j + 1;
  }
  if (segments.empty() || !LooksLikeName(segments[0])) return out;
  std::string_view first = segments[0];
  for (size_t i = 0; i <= first.size();) {
    size_t j = first.find('/', i);
    if (j == std::string_view::npos) j = first.size();
    std::string_view place = Trim(first.substr(i, j - i));
    if (LooksLikeName(place)) out.places.emplace_back(place);
    i = j + 1;
  }
  if (segments.size() > 1 && LooksLikeName(segments[1])) out.qualifier = std::string(segments[1]);
  if (out.qualifier.empty() && LooksLikeName(bracketed)) out.qualifier = std::string(bracketed);
  return out;
}

size_t DatelineInText(std::string_view text, std::string_view dateline) {
  if (dateline.empty()) return std::string_view::npos;
  size_t at = text.find(dateline);
  while (at != std::string_view::npos && at > 0 && text[at - 1] != '\n') {
    at = text.find(dateline, at + 1);
  }
  return at;
}

}  // namespace storytrace
