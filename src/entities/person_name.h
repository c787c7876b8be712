// The words of a run that name a person: roles, professions, acronyms and sentence-start
// words before the name are left out of it, and what may still qualify it is noted for the
// entity registry.
#ifndef STORYTRACE_ENTITIES_PERSON_NAME_H_
#define STORYTRACE_ENTITIES_PERSON_NAME_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "entities/mention_finder.h"
#include "entities/name_tokens.h"

namespace storytrace {

// Shapes `m`, a person named by tokens [b, j) of `nt` (read from `text`), as the mention finder
// gives it: its begin, text and key start at the first word of the name proper ("Minister of
// Economy Rui Valente" → "Rui Valente", "Judoka Takato" → "Takato", "Partnerin Tanja Schweiger"
// → "Tanja Schweiger"); `qualifier_word` and `unqualified_from` are set for a first word no
// dictionary knows at a clause's start ("Skatista Rayssa Leal"), `full_name` when the name
// begins with a word that is no common word (or a German given name), and `name_starts` where
// the name may begin after words that may qualify it. `j` - `b` >= 1.
void ShapePersonName(const NameTokens& nt, std::string_view text, size_t b, size_t j, Mention* m);

// How many tokens from `i` of the run [i, j) of `nt` (read from `text`) are a word for a
// country's people before a person's name ("American Steffens", "Japanese Nishiya", "Costa
// Rican Andrea Vargas", the first word of which may stand before `i`): 0 when none is, or when
// what follows is no name (a common word, a word for an organisation, a name `gazetteer` knows:
// "American Airlines", "Japanese Grand Prix", "American Samoa").
size_t DemonymBeforeName(const NameTokens& nt, const Gazetteer& gazetteer, std::string_view text,
                         size_t i, size_t j);
// Whether token `i - 1` of `nt`, left out of a run that begins at `i` (a common word at a
// sentence's start), is a word for a country's people before a name ("Japanese Nishiya wins
// gold"); not before a common word or an acronym.
bool DemonymLeftOutBefore(const NameTokens& nt, const Gazetteer& gazetteer, size_t i);

// Whether token `i` of a German text is the genitive of the surname of a person named before,
// `surname_keys` holding the name keys of those persons' last words, which then ends the run it
// leads: "Putins Rede", "Merkels Nachfolger" after "Wladimir Putin", "Angela Merkel". False in
// other languages.
bool GenitiveOfPersonNamed(const NameTokens& nt, size_t i,
                           const std::vector<std::string>& surname_keys);

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_PERSON_NAME_H_
