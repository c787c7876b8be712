// Hunspell spelling dictionaries as a third language-identification model: what share of a
// text's words does a language's dictionary accept?
//
// CLD2 and fastText both confuse close languages whose texts share most character n-grams
// (Indonesian/Malay, Croatian/Serbian/Bosnian, Bokmål/Nynorsk) and take texts of languages they
// know poorly for a big neighbour (Scots and Interlingua for English). A spelling dictionary
// answers a different question, "are these words of this language?", so it separates cases
// the n-gram models cannot. The dictionaries are Debian's hunspell packages (installed by
// scripts/setup.sh); languages without one are simply not checked.
#ifndef STORYTRACE_TEXT_SPELLING_DICTIONARIES_H_
#define STORYTRACE_TEXT_SPELLING_DICTIONARIES_H_

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storytrace {

// The words of `text` a dictionary can judge, in order, at most `max_words`: runs of letters
// (with inner apostrophes, as in "don't"), of ≥ 2 letters, that start in lower case, or start a
// sentence (first word, or after . ! ? :) and are not all capitals. Web and mail addresses are skipped. Capitalised words inside
// a sentence are skipped: they are mostly names, which no dictionary knows and which say
// nothing about the language. Except in title case ("Tokyo Olympics Come to a Close": at
// least half of three or more words capitalised inside their sentence), where they are
// checked too and `*title_case` (when given) is set: coverage then counts names as unknown
// words, so only comparisons between languages mean something.
// The views point into `text`.
std::vector<std::string_view> CheckableWords(std::string_view text, size_t max_words,
                                             bool* title_case = nullptr);

// Lazily loaded hunspell dictionaries for the languages listed in the .cc (ISO 639-1 codes as
// LanguageIdentifier returns them, "no" for Bokmål). Thread-safe; each dictionary loads on first
// use (5–75 MB each, 25 on average; all 46 together about 1.2 GB) and remembers its verdicts
// on up to 32,768 distinct words.
class SpellingDictionaries {
 public:
  // Looks for `<name>.aff`/`<name>.dic` in `dirs`, in order. Languages whose files are in none
  // of them are treated as having no dictionary.
  explicit SpellingDictionaries(std::vector<std::string> dirs);
  ~SpellingDictionaries();
  SpellingDictionaries(const SpellingDictionaries&) = delete;
  SpellingDictionaries& operator=(const SpellingDictionaries&) = delete;

  // The directories a default installation searches: `<data_dir>/hunspell`, then the system's
  // /usr/share/hunspell.
  static std::vector<std::string> DefaultDirs(const std::string& data_dir);

  // True when `lang` has a dictionary installed (does not load it).
  bool Has(std::string_view lang) const;

  // Share of `words` (from CheckableWords) that `lang`'s dictionary accepts, or nullopt when
  // `lang` has no dictionary or none of `words` is in a script its dictionaries are written in
  // (Latin Uzbek against the Cyrillic uz_UZ). Words of other scripts are left out of the
  // share; a word that cannot be written in the dictionary's character set counts as rejected.
  // Words are looked up in their display form (NFKC, see NormalizeForDisplay), with ’ ʼ ʻ as the
  // ASCII apostrophe.
  std::optional<double> Coverage(std::string_view lang, const std::vector<std::string_view>& words) const;

  // How `lang`'s dictionary reads `word` as written (the roots hunspell finds for it).
  enum class Reading {
    kUnknown,     // no root: not in the dictionary, or no dictionary for `lang` or its script
    kCommonWord,  // every root is written in lower case: "Golfer" (golfer), "Juegos" (juego),
                  // "Россиянка"; capitalised only by its place in the text
    kName,        // every root is capitalised: "Paula", "Tokio", "Дарья"
    kCommonWordAndName,  // roots of both kinds: "Mike" (mike, Mike), "Centro" (centro, Centro)
  };
  Reading Read(std::string_view lang, std::string_view word) const;

  // The roots (lemmas) `lang`'s dictionary finds for `word` as written, in UTF-8, sorted and
  // distinct: "dolžnostih" → dolžnost, "взяла" → взять, "Jeux" → jeu. Empty when the word is
  // unknown, when `lang` has no dictionary, or when a root is capitalised (the word is or may
  // be a name: "Rui", not the verb ruir). Loads the dictionary on first use.
  std::vector<std::string> CommonRoots(std::string_view lang, std::string_view word) const;

 private:
  struct Dictionary;
  Dictionary* Find(std::string_view lang) const;
  std::vector<std::unique_ptr<Dictionary>> dictionaries_;
};

}  // namespace storytrace

#endif  // STORYTRACE_TEXT_SPELLING_DICTIONARIES_H_
