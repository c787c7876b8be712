// The place named by an article's dateline ("PORTO, Portugal, May 23 (Reuters)").
#ifndef STORYTRACE_GEO_DATELINE_H_
#define STORYTRACE_GEO_DATELINE_H_

#include <string>
#include <string_view>
#include <vector>

namespace storytrace {

struct DatelinePlaces {
  std::vector<std::string> places;  // as written, in order: "PORTO"; "Darmstadt", "Kourou"
  std::string qualifier;            // the country or region after the place: "Portugal", ""
};

// Reads the places of a dateline as the extractor keeps it: the place (or places joined by
// '/') before the first comma, then an optional country or region (or that in brackets after
// the place: "Kourou (Guyane), 22 mai 2025 (AFP)"), then the date, then the agency in
// parentheses. Segments with digits are dates and end the places. Empty for an empty
// dateline or one that starts with a date.
DatelinePlaces PlacesOfDateline(std::string_view dateline);

// Where `text` holds `dateline` at a paragraph's start (a newspaper's own, which the extractor
// leaves in the text: "MADRID — …"); npos when it does not, or the dateline is empty.
size_t DatelineInText(std::string_view text, std::string_view dateline);

}  // namespace storytrace

#endif  // STORYTRACE_GEO_DATELINE_H_
