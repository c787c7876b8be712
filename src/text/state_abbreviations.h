// The states of the United States and the provinces of Canada as news abbreviates them in
// datelines and after a town ("BUFFALO, N.Y.", "Dekalb, Ill.", "San Diego, CA", "Toronto, ON").
#ifndef STORYTRACE_TEXT_STATE_ABBREVIATIONS_H_
#define STORYTRACE_TEXT_STATE_ABBREVIATIONS_H_

#include <string_view>

namespace storytrace {

struct AbbreviatedState {
  std::string_view name;     // in English: "New York", "Ontario"
  std::string_view country;  // ISO 3166-1 alpha-2: "US", "CA"
};

// The state, province or territory (or the District of Columbia) `abbreviation` stands for:
// the AP style's abbreviations with their final period ("N.Y.", "Ill.", "Ont.") and the
// two-letter postal codes in capitals ("NY", "ON"). Empty name when it is none. Postal codes
// are also words ("IN", "OR", "ME"): ask only where a state is expected, after a town and a
// comma.
AbbreviatedState StateOfAbbreviation(std::string_view abbreviation);

}  // namespace storytrace

#endif  // STORYTRACE_TEXT_STATE_ABBREVIATIONS_H_
