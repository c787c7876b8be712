// Whether a text supports reading a name that may be something else as a town of the city list.
#ifndef STORYTRACE_ENTITIES_TOWN_SUPPORT_H_
#define STORYTRACE_ENTITIES_TOWN_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "entities/gazetteer.h"
#include "entities/mention_finder.h"
#include "entities/name_tokens.h"

namespace storytrace {

// Whether token `b` of `nt` follows a word for a town, directly or with "of" / "de" between
// ("die Stadt Mayadin", "the town of Mayadin", "la ville de Mayadine").
bool AfterSettlementWord(const NameTokens& nt, size_t b);

// Whether the text `nt` was read from supports tokens [b, j) as the town `town` (a name that may
// also be a person's or a word: Claudia, Regen): a place preposition before it ("bei
// Vilshofen", "Richtung Heidelberg"), a conjunction after a place (`place_before_end`: where the
// mention before it ends, when that is a place: "Passau und Linz"), a list of places that goes
// on ("nach Wien, Zürich, Luzern und Hannover"; not "In Berlin, Charlotte said so"), an acronym,
// a German genitive (`genitive`: "Nürnbergs OB"), a word for a town before it ("die Stadt
// Mayadin", "the town of Mayadin"), a major city ("visited Paris"), the same town named before
// in the text (`named_before`: "al-Mayadin … Mayadin") or a second mention of the same words.
bool TownSupported(const NameTokens& nt, std::string_view text, size_t b, size_t j,
                   const GazetteerEntry& town, std::optional<uint32_t> place_before_end,
                   bool genitive, bool named_before);

// How a run read as a town of the city list is to be read.
struct TownReading {
  bool town = true;     // it stays the town
  bool person = false;  // it is a person's name instead (the run is no common words)
};

// Whether tokens [b, j) of `nt` (text `text`, language `lang`, written `surface`), which the
// gazetteer reads as `town`, stay that town. A country, a curated place or a town named in full
// (more than two words, or two for a regional seat or major city) does; a run of one or two
// words that may be something else (first names and words that are also towns: Claudia, Regen;
// two words a key joins into one town: "Martin Hagen") needs TownSupported, with the place
// before it and the same town named before in another form taken from `earlier` (the mentions
// found before it). A month, weekday, event's word or kind of organisation alone is no town ("in
// March", "bei Olympia", "the Council"; "in Olympia" is). Two words joined into an unsupported
// town that the spelling dictionary reads as names are a person ("Martin Hagen").
TownReading ReadTown(const NameTokens& nt, std::string_view text, std::string_view lang, size_t b,
                     size_t j, const GazetteerEntry& town, const std::string& surface,
                     const std::vector<Mention>& earlier, bool genitive);

}  // namespace storytrace



#endif  // STORYTRACE_ENTITIES_TOWN_SUPPORT_H_
