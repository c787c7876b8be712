// The word lists the mention finder reads names by, in the supported languages. Words are
// folded (FoldForMatching: lower case, no diacritics).
#ifndef STORYTRACE_ENTITIES_NAME_WORDS_H_
#define STORYTRACE_ENTITIES_NAME_WORDS_H_

#include <string_view>

namespace storytrace {

// A particle inside a name: "al", "bin", "von", "de", "dos".
bool IsNameParticle(std::string_view folded);
// True when `folded_word` is a role or title that introduces a person's name in any of the
// supported languages ("präsident", "sprecherin", "general", "minister", "mayor"), German
// compounds ending in one included (Flugdirektor), or a word of kinship before a name, as a
// word only ("wife", "ehefrau", "gattin", "épouse"; "Konzerntochter" is a company's).
bool IsPersonRole(std::string_view folded_word);
// A word that makes a name an organisation's: "ministry", "partei", "agence", "news", "team",
// and every IsCompanyWord.
bool IsOrganisationWord(std::string_view folded);
// A word for a kind of company, after which news shortens the name ("Carlyle Group" is
// "Carlyle", "Ceres Robotics" "Ceres"; not "Indiana University"): "group", "corp", "systems",
// "robotics", "airlines"…
bool IsCompanyWord(std::string_view folded);
// A company's legal form, no part of its name's key: "inc", "corp", "ltd", "gmbh", "se"…
bool IsLegalForm(std::string_view folded);
// A word that makes a name a place's: "river", "insel", "province", "strasse".
bool IsPlaceWord(std::string_view folded);
// A word for a town, village or region that may stand before its name: "stadt", "dorf",
// "town", "city", "village", "ville", "ciudad", "cidade"; German compounds ending in "stadt"
// ("Grenzstadt", "Kleinstadt") too.
bool IsSettlementWord(std::string_view folded);
// A word that makes a name of several words a venue's when it ends the name: "center",
// "centre", "theater", "theatre" ("Pepsi Center", "Jones Beach Theater"; not "Centre" leading
// "Centre Sophie Chardonnens", the party before its candidate, nor a "Center" alone).
bool IsVenueEnd(std::string_view folded);
// Whether `word` (as written) is a brand's camel case: a capital after a lower-case letter inside
// it ("SpaceX", "WeWork", "PolitiFact", "VMware"), not a surname's or given name's prefix
// ("McCarthy", "MacKenzie", "DeAndre", "LeBron", "DiCaprio", "VanDyke", "O'Neill").
bool IsCamelCaseBrand(std::string_view word);
// Whether `folded` is an acronym that names no organisation: titles, units, time zones,
// currencies, formats, illnesses, kinds of thing ("ceo", "gdp", "gmt", "usd", "pdf", "covid",
// "suv"), or a Roman numeral.
bool IsCommonAcronym(std::string_view folded);
// A definite or indefinite article ("der", "the", "los", "une") or contraction ("im", "au").
bool IsArticleWord(std::string_view folded);
// "und", "and", "et", "y", "or", "o".
bool IsConjunctionWord(std::string_view folded);
// A preposition before a place: "in", "bei", "near", "dans", "cerca".
bool IsPlacePreposition(std::string_view folded);
// A preposition that says where something is, never whom it is with or against: "in", "im",
// "bei", "near", "dans", "en" ("gegen", "from", "to" and French "à" / Spanish "a" are not).
bool IsLocativePreposition(std::string_view folded);
// Whether `folded` is the name of a month, weekday or feast in language `lang` (ISO 639-1; en,
// de, fr, es, pt, it): "march", "juli", "mai", "lunes", "christmas". False for other languages.
bool IsCalendarName(std::string_view lang, std::string_view folded);
// A word a club's name takes beside its town: "united", "city", "real", "atletico", "bayern",
// "borussia", "inter", "olympique", "fc", "sv". A club only with a town: "Real Madrid",
// "Manchester City", "Bayern Munich" ("Real Academia" is none).
bool IsClubWord(std::string_view folded);
// Whether `folded` names a sporting event or is a word of such a name, in any supported
// language: "olympics", "olympic", "games", "cup", "juegos", "olimpiadas", "олимпиады";
// each part of a hyphenated word counts ("olympia-eroffnungsfeier"). "olympia" is one in
// German only, which names the Games so ("bei Olympia"); elsewhere it is mostly the town.
bool IsEventWord(std::string_view lang, std::string_view folded);
// Whether `word` (as written) may name a person alone, as a surname: no hyphen and no digit
// ("COVID-19", "Judo-Silber", "Last-Minute" are not).
bool IsSurnameShaped(std::string_view word);

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_NAME_WORDS_H_
