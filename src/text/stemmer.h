// Snowball stemming for every language libstemmer supports, and for Slovenian, Croatian and
// Bosnian with its Serbian stemmer (the same case endings in Latin script: olimpijskih and
// olimpijske both give olimpijsk, as the FreeDict headword olimpijski does).
#ifndef STORYTRACE_TEXT_STEMMER_H_
#define STORYTRACE_TEXT_STEMMER_H_

#include <string>
#include <string_view>

struct sb_stemmer;  // libstemmer.h

namespace storytrace {

// True when Snowball has a stemmer for the ISO 639-1 code `lang`.
bool HasStemmer(std::string_view lang);

// The calling thread's Snowball stemmer for `lang`, or nullptr when none exists; for loops
// that stem many words of one language. Use only on the calling thread.
sb_stemmer* ThreadStemmer(std::string_view lang);

// Stems `word` with `stemmer` (from ThreadStemmer); returns `word` when `stemmer` is null.
std::string StemWith(sb_stemmer* stemmer, std::string_view word);

// Stems one folded (lower-case) word with the Snowball stemmer for `lang`; returns the word
// unchanged when no stemmer exists for `lang`. Thread-safe (one stemmer per thread and language).
std::string Stem(std::string_view word, std::string_view lang);

}  // namespace storytrace

#endif  // STORYTRACE_TEXT_STEMMER_H_
