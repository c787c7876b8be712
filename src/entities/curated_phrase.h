// Curated names of several words that a run of capitalised tokens would not hold whole: German
// nouns and their adjectives ("die Vereinigten Staaten", "des Islamischen Staates"), and names
// with lower-case words inside ("Federal Republic of Germany").
#ifndef STORYTRACE_ENTITIES_CURATED_PHRASE_H_
#define STORYTRACE_ENTITIES_CURATED_PHRASE_H_

#include <cstddef>
#include <string_view>

#include "entities/gazetteer.h"
#include "entities/name_tokens.h"

namespace storytrace {

// Where a curated name of `gazetteer` of two to five words begins at token `k` of `nt` (read
// from `text`), the index of the token after it; 0 where none does. Its words are capitalised,
// or stopwords and particles in lower case before a capitalised one ("of" in "Federal Republic
// of Germany"), stand together, and each is a word of a curated name of several words
// (Gazetteer::InAddedPhrase); in German the last may carry a genitive's -s or -es ("des
// Weißen Hauses"). The longest such name wins, and it must name a curated entry as spelled.
size_t CuratedPhraseEnd(const NameTokens& nt, const Gazetteer& gazetteer, std::string_view text,
                        size_t k);

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_CURATED_PHRASE_H_
