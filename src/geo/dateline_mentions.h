// The places of a dateline the text keeps, as entity mentions ("MADRID — …", "BUFFALO, N.Y. —").
#ifndef STORYTRACE_GEO_DATELINE_MENTIONS_H_
#define STORYTRACE_GEO_DATELINE_MENTIONS_H_

#include <string_view>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/mention_finder.h"

namespace storytrace {

// LOC mentions of the places and the qualifier of `dateline` (as the extractor keeps it) where
// `text` holds it at a paragraph's start: a newspaper's own dateline in capitals, which the
// mention finder reads as a heading ("MADRID", "BUFFALO" and "N.Y." of "BUFFALO, N.Y. — …").
// Each is a place of the gazetteer (`known` set; a US state's or Canadian province's
// abbreviation keyed as the state: "N.Y." as New York), else left out. Offsets are in `text`;
// in text order. Empty when the dateline is not in the text (an agency's, which the extractor
// cuts out) or names no known place.
std::vector<Mention> DatelineMentions(std::string_view text, std::string_view dateline,
                                      const Gazetteer& gazetteer);

// Adds the DatelineMentions at or after offset `from` to `found` (the mention finder's output
// for `text`, in text order), in the place of untyped runs there (the finder reads "MADRID" as
// a heading, "Dekalb" as a lone name); a span the finder typed stays its.
void AddDatelineMentions(std::string_view text, std::string_view dateline,
                         const Gazetteer& gazetteer, uint32_t from, std::vector<Mention>* found);

}  // namespace storytrace

#endif  // STORYTRACE_GEO_DATELINE_MENTIONS_H_
