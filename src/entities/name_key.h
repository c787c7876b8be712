// Name keys: one spelling-independent key per name, so variants across languages and
// transliterations meet (Sotschi/Sochi, Sacharowa/Zakharova, al-Bukamal/Albu Kamal/Abu Kamal).
#ifndef STORYTRACE_ENTITIES_NAME_KEY_H_
#define STORYTRACE_ENTITIES_NAME_KEY_H_

#include <string>
#include <string_view>
#include <vector>

namespace storytrace {

// The matching key of a name as written (any script, any language): transliterated to ASCII,
// lower-cased, spaces, hyphens and apostrophes removed, and the spellings different languages
// use for one sound mapped to one form: sh/sch/ch/tsch/kh/zh → one class, dsch/dj/y → j,
// w → v, c/q/ck → k, z → s, ou → u; doubled letters single.
// Keys are for comparison only; display uses the surface forms.
std::string NameKey(std::string_view name);

// The key of `name` without Arabic article particles (al-, el-, ad-, ar-, as-, ash-, at-, az-
// before a name part, and a lower-case "al"/"el" standing alone), which transliterations keep
// or drop at will: "Baschar al-Assad" and "Bashar Assad" meet through it. Empty when the name
// has no particle.
std::string NameKeyWithoutArticles(std::string_view name);

// Other keys `name` may be matched by, besides NameKey(name) and NameKeyWithoutArticles: for a
// name in Cyrillic, the key of its reading as a Japanese name in Russian (the Polivanov system:
// х is h, дз z or j, ти chi, си shi, цу tsu, я ya; "Момидзи Нисия" → momiji nishiya,
// "Хоригомэ" → horigome) and of its reading as a South Slavic name written in Latin without
// diacritics (ч c, ш s, ж z: "Лука Дончич" → luka doncic), when they differ; for a name of two
// words, the key of the words in the other order ("NISHIYA Momiji", family name first).
// Possibly empty; no duplicates of NameKey(name), or of `key` when the caller gives the key it
// has already made or tried (then NameKey(name) is not made again). A name of one word in
// another script returns at once.
std::vector<std::string> AlternativeNameKeys(std::string_view name, std::string_view key = {});

// Levenshtein distance between two keys, stopping early once it exceeds `max` (then returns
// max + 1).
int KeyDistance(std::string_view a, std::string_view b, int max);

// The largest edit distance at which two keys of these lengths are taken as one name: 0 for
// keys shorter than 5 letters, 1 up to 9, 2 beyond.
int AllowedDistance(size_t len_a, size_t len_b);

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_NAME_KEY_H_
