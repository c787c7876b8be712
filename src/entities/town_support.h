// Whether a text supports reading a name that may be something else as a town of the city list.
#ifndef STORYTRACE_ENTITIES_TOWN_SUPPORT_H_
#define STORYTRACE_ENTITIES_TOWN_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "entities/gazetteer.h"
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

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_TOWN_SUPPORT_H_
