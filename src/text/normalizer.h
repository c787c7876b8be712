// Unicode normalisation for display and for matching.
#ifndef STORYTRACE_TEXT_NORMALIZER_H_
#define STORYTRACE_TEXT_NORMALIZER_H_

#include <unicode/uscript.h>

#include <string>
#include <string_view>

namespace storytrace {

// Display form: NFKC, typographic quotes unified to " and ', dashes (‐‑‒–—―−) to '-',
// no-break and other Unicode spaces to ' '. Diacritics and case are kept.
std::string NormalizeForDisplay(std::string_view text);

// Matching key of a word: NFKC case folding, diacritics removed (ü→u, é→e, ß→ss),
// apostrophes unified to '. ASCII input takes a fast path. Invalid UTF-8 is replaced by U+FFFD.
std::string FoldForMatching(std::string_view word);

// Script-neutral key for names: any script transliterated to Latin (ICU "Any-Latin;
// Latin-ASCII"), lower-cased, so "Путин" and "Putin" both become "putin". Thread-safe.
std::string TransliterateToAscii(std::string_view text);

// The script of a word: that of its first letter with a script of its own (not Common or
// Inherited: digits and punctuation are skipped); USCRIPT_INVALID_CODE when none.
UScriptCode WordScript(std::string_view word);

// A word written in capitals: two or more letters, every one A to Z ("NBA", "COVID"; not
// "US-Star", "Ü"). AnalyzedToken::all_caps.
bool IsInCapitals(std::string_view word);

// Whether `s` begins with an upper-case or title-case letter ("Nishiya", "Ítalo", "Дарья").
bool StartsCapitalised(std::string_view s);

}  // namespace storytrace

#endif  // STORYTRACE_TEXT_NORMALIZER_H_
