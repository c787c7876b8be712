// Runs of capitalised words that begin with a place of several words the lists know whole
// ("New Jersey Sen. Cory Booker", "New Mexico is…"), which splitting a run at a country's or
// curated place's word would cut ("Jersey", "Mexico").
#ifndef STORYTRACE_ENTITIES_PLACE_RUNS_H_
#define STORYTRACE_ENTITIES_PLACE_RUNS_H_

#include <cstddef>
#include <string_view>

#include "entities/gazetteer.h"
#include "entities/name_tokens.h"

namespace storytrace {

// Places are looked for among the first this many words of a run.
inline constexpr size_t kMaxPlaceWords = 4;

// The end of the longest place of two to kMaxPlaceWords words (KnownPlaceNotTown: a division,
// country or curated place, as spelled) that tokens [i, j) of `nt` begin with and that is
// shorter than the run; 0 when there is none. `text` is the text `nt` was read from.
size_t KnownPlacePrefixEnd(const NameTokens& nt, const Gazetteer& gazetteer,
                           std::string_view text, size_t i, size_t j);

// Whether token i - 1, capitalised at its sentence's start and read as a common word (so left
// out of the run [i, j)), begins such a place with the run's first words ("New" of "New
// Mexico is hot"). `consumed`: tokens before it belong to a name already taken.
bool PlaceBeginsBeforeRun(const NameTokens& nt, const Gazetteer& gazetteer,
                          std::string_view text, size_t i, size_t j, size_t consumed);

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_PLACE_RUNS_H_
