// Organisations named by their kind and what they are of ("Ministry of Defence", "Institut für
// Seismologie", "Conseil d'État", "Banque centrale européenne"), which a run of capitalised
// words cuts after its first word or two.
#ifndef STORYTRACE_ENTITIES_ORGANISATION_NAMES_H_
#define STORYTRACE_ENTITIES_ORGANISATION_NAMES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "entities/mention_finder.h"
#include "text/analyzed_text.h"

namespace storytrace {

// Where an organisation's name goes on after the run of capitalised tokens [begin, end) of
// `at` (the analysis of `text`) when the run's last word names a kind of organisation
// (IsOrganisationWord, or a German compound of one): over at most two adjectives in lower case
// after it in French, Spanish, Portuguese and Italian ("Conseil fédéral", "Banque centrale
// européenne", "Gobierno cantonal"), then over a connector of the article's language, an
// optional article and at most four capitalised words ("of Defence", "of the Philippines",
// "für Seismologie", "de Estado", "d'État", "de l'Europe"). Returns the index of the token
// after the name: `end` when nothing follows that belongs to it.
size_t OrganisationNameEnd(std::string_view text, const AnalyzedText& at, size_t begin,
                           size_t end);

// Gives each organisation of `mentions` (in text order, of an article in `lang`) that is named
// by its kind alone ("the Council", "le Gouvernement", "das Ministerium"; no curated name) the
// key of the latest organisation of that kind named in full before it ("Council of Europe",
// "Verteidigungsministerium"), and removes those no such name went before: a kind alone names
// nothing one could look up. Newspapers' words ("Times", "Post", "News") and words that alone
// name a league or a club ("Liga", "Nacional") are left alone.
void ResolveOrganisationKinds(std::vector<Mention>& mentions, std::string_view lang);

// Keys each company of `mentions` (in text order) without its legal form ("Ceres Robotics Inc"
// and "Ceres Robotics" are one), and gives each later mention that names a company named in full
// before (its name ending in a word for a kind of company: Group, Corp, Systems, Robotics…) by
// a shorter form the full name's key, and makes it an organisation: the name without that word
// ("Sierra Nevada" of "Sierra Nevada Corporation") or its first word ("Tyvak" of "Tyvak
// Nano-Satellite Systems", "Carlyle" of "Carlyle Group"). Only untyped mentions, persons of one
// word and towns from the city list are so read.
void LinkCompanyNames(std::vector<Mention>& mentions);

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_ORGANISATION_NAMES_H_
