// How languages write their words, where a dictionary lookup must look past it: Arabic
// proclitics, closed compounds, capitalised nouns.
#ifndef STORYTRACE_TEXT_WORD_FORMS_H_
#define STORYTRACE_TEXT_WORD_FORMS_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storytrace {

// True for the languages that capitalise every noun (German, Luxembourgish): there a
// capitalised word is not necessarily a name, and a stopword capitalised inside a clause is a
// noun ("das Recht", not "recht gut").
bool CapitalisesNouns(std::string_view lang);

// What is left of the folded word `word` of `lang` without each proclitic it may begin with,
// longest proclitic first, for words a dictionary lacks as written. Arabic only (the
// conjunctions و and ف, the prepositions ب, ك and ل, and the article ال alone or after them:
// "والحرية" → "الحرية", "حرية"; "لحقوق" → "حقوق"), where Snowball leaves "و" before "ال" and
// "ال" on short words; a rest of under three letters is not offered. Empty for other languages.
std::vector<std::string> WithoutProclitics(std::string_view word, std::string_view lang);

// True for the languages that write compounds closed and whose compounds SplitCompound serves:
// German, Dutch, Swedish, Danish, Norwegian Bokmål.
bool WritesClosedCompounds(std::string_view lang);

// The fewest bytes each part of a compound SplitCompound finds has.
inline constexpr size_t kMinCompoundPart = 4;

// The two known words a closed compound is made of: the first place from the left where the
// rest of the folded word `word` is a known word and the part before it is one too, a linking
// "s" allowed ("eröffnungs|feier": eröffnung, feier). Both parts have kMinCompoundPart bytes;
// `known` tells a known (folded) word. Views into `word`; nullopt when no place splits it.
struct CompoundParts {
  std::string_view modifier;  // without its linking "s"
  std::string_view head;
};
std::optional<CompoundParts> SplitCompound(std::string_view word,
                                           const std::function<bool(std::string_view)>& known);

}  // namespace storytrace

#endif  // STORYTRACE_TEXT_WORD_FORMS_H_
