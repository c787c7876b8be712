// The outlet a headline names after it: "… - Reuters", "… | The China Post, Taiwan", as feeds
// of headlines (RSS, aggregators, scraped <title>s) append it.
#ifndef STORYTRACE_EXTRACT_OUTLET_SUFFIX_H_
#define STORYTRACE_EXTRACT_OUTLET_SUFFIX_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace storytrace {

struct OutletSuffix {
  size_t begin = 0;    // byte offset of the white space before the separator
  std::string outlet;  // as written, separators between its parts kept ("Freie Presse - Chemnitz")
};

// The outlet named at the end of `headline`: the trailing segments after " - ", " | ", " – " or
// " — " that read as names (at most six words each, every word capitalised, a number, a web
// domain or a connector such as "de", "of", "&"), leaving at least three words of headline before
// them; the parts before the last at most three words. Not an outlet: a segment with a score,
// date or time ("81-71", "03/08", "23.14"), a label ("VIDEO", "EN VIVO"), or one or two words
// after a hyphen that follow a short head ending in a single capitalised word, as in a match-up
// ("Previa del España - Francia"). Returns nullopt when the headline ends in no outlet. Pure
// function of the text.
std::optional<OutletSuffix> FindOutletSuffix(std::string_view headline);

// `headline` without the outlet it ends with when that outlet is `source` (what
// FindOutletSuffix gave at ingest); otherwise `headline` whole. A view into `headline`.
std::string_view WithoutOutlet(std::string_view headline, std::string_view source);

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_OUTLET_SUFFIX_H_
