// A person named in full once and then by a part of the name: "Bakyt Toktogulov … Toktogulov
// said", "Bashar al-Assad … Assad", "Marine Le Pen … Le Pen".
#ifndef STORYTRACE_ENTITIES_NAME_PARTS_H_
#define STORYTRACE_ENTITIES_NAME_PARTS_H_

#include <vector>

#include "entities/mention_finder.h"

namespace storytrace {

// Gives each mention of `mentions` (in text order) that is a part of a person's name given in
// full before it the key of that person, and makes it a person: a surname, a given name, the
// name after an Arabic particle ("Assad" of "al-Assad"), a surname with its particle ("Le
// Pen", "De Bruyne") or, when `genitive_s` (German), an untyped word that is such a part with
// a genitive s ("Macrons"; English plurals are not: "the Bidens", "MacBooks"). Only untyped
// mentions, persons and towns from the city list (which has a town for many a surname) are so
// read; the latest full name wins.
void LinkNameParts(std::vector<Mention>& mentions, bool genitive_s = false);

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_NAME_PARTS_H_
