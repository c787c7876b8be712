// How the mention finder reads the tokens of one analysed text before it forms names: which
// words are common words of the language, which may be given names, where sentences start,
// which sentences are in title case, and which tokens may be part of a name.
#ifndef STORYTRACE_ENTITIES_NAME_TOKENS_H_
#define STORYTRACE_ENTITIES_NAME_TOKENS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dedup/lexicon.h"
#include "entities/gazetteer.h"
#include "text/analyzed_text.h"
#include "text/spelling_dictionaries.h"

namespace storytrace {

// "al-Bukamal", "el-Sisi": a lower-case particle glued by a hyphen to a capitalised name.
bool IsParticleName(std::string_view surface);
// Six characters or fewer, all in capitals: "NBA", "COVID".
bool IsAcronym(std::string_view surface);
// `word` without a possessive 's ("Kyrgyzstan’s" → "Kyrgyzstan"); `word` when it has none.
std::string_view WithoutPossessive(std::string_view word);
// The role part of a folded token: "us-prasident" → "prasident", "sen." → "sen".
std::string_view RolePart(std::string_view folded);
// A German compound naming a ministry: verteidigungsministerium, aussenministerium.
bool IsGermanOrgCompound(std::string_view folded);
// A German compound naming a kind of association, a name only with what follows it:
// förderverein, bauernverband ("Bauernverband Schleswig-Holstein").
bool IsGermanAssociationCompound(std::string_view folded);
// The entry `gazetteer` (may be null) gives for `word` keyed `key` (Gazetteer::Best), except
// that a common word (`common_word`) is no name by its key alone (it reads "Win" like "Wien",
// "Schade" like Chad, "Kino" like Cino): it names a curated entry or division as spelled there,
// a country as spelled or when it begins the country's name ("German"), a town of the city list
// as the list spells it or a regional centre or major city spelled otherwise ("Sotschi"), in
// which case `*by_key_only` (when given) is set; null otherwise.
const GazetteerEntry* EntryFor(const Gazetteer* gazetteer, const std::string& key,
                               std::string_view word, bool common_word,
                               bool* by_key_only = nullptr);
// Whether a curated entry or a country names `word` (the city list has a town called almost
// every word, so towns do not count, nor do divisions: "Virginia" of "Virginia Giuffre").
bool Curated(const Gazetteer* gazetteer, std::string_view word);
// Whether `words` name, as spelled, a place that is no mere town: a curated place, a country
// or a first-level division ("New Jersey", "Texas").
bool KnownPlaceNotTown(const Gazetteer* gazetteer, std::string_view words);
// The byte lengths of the German genitive endings `word` may end in, longest first: {2, 1}
// for -es ("Staates"), {1, 0} for -s ("Kremls"), {0, 0} for none or a word under five bytes.
std::array<size_t, 2> GenitiveEndings(std::string_view word);
// The curated entry, country, division, regional centre or major city a German genitive names
// ("Kremls" → Kreml, "des Islamischen Staates" → Islamic State, "Nürnbergs" → Nuremberg), or
// null; `base_size` (may be null) gets the length of `word` without the ending. Other towns
// are left out: too many nouns plus s are also a town's name.
const GazetteerEntry* GenitiveEntry(const Gazetteer* gazetteer, std::string_view word,
                                    size_t* base_size = nullptr);

// The tokens of one analysed text as names are read from them. Built once per text; the
// spelling dictionary is asked about a token at most once. Not thread-safe (it caches); the
// text, analysis and resources must outlive it.
class NameTokens {
 public:
  enum Kind : uint8_t {
    kNone,      // cannot be part of a name by itself
    kName,      // may be part of a name: capitalised and no common word, a known place, an
                // acronym, a capitalised common word inside a sentence ("Olímpica"); in
                // German a given name and the capitalised word after it ("Katharina Schulze")
    kParticle,  // a particle inside a name: "de", "al", "von"
  };
  using Reading = SpellingDictionaries::Reading;

  // Reads the tokens of `analyzed` (computed from `text`); any resource may be null.
  NameTokens(std::string_view text, const AnalyzedText& analyzed, const Gazetteer* gazetteer,
             const LexiconSet* lexicons, const SpellingDictionaries* spelling);

  size_t size() const { return toks_.size(); }
  const AnalyzedToken& token(size_t k) const { return toks_[k]; }
  const std::vector<AnalyzedToken>& tokens() const { return toks_; }
  // The text's language (ISO 639-1).
  const std::string& lang() const { return lang_; }
  // Token `k` as written.
  std::string_view surface(size_t k) const;
  // Whether token `k` begins a sentence.
  bool sentence_start(size_t k) const { return sentence_start_[k]; }
  // Whether token `k` begins a sentence or a headline's part after a colon ("Olympics Latest:
  // Judoka Takato claims…").
  bool clause_start(size_t k) const;
  // Whether token `k` is in a title-case or all-capitals sentence ("Carapaz Wins Cycling
  // Crown"): at least three words after its first, stopwords aside, at most a fifth in lower
  // case (not a body sentence ending in a full stop), or three words or more, stopwords
  // included, all in capitals ("WILL THEY BASH THE BILLIONAIRES?"). Capitalisation says nothing
  // there.
  bool titled(size_t k) const { return titled_[k]; }
  // Whether token `k` and the next stand together, as the words of one name do: spaces only, or
  // a hyphen inside a word ("al-Bukamal"); not punctuation, a line break or a dash between
  // spaces, which separates a headline from its outlet ("Juegos Olímpicos - Unión Radio").
  // `k` + 1 must be a token.
  bool joined(size_t k) const;
  Kind kind(size_t k) const { return kind_[k]; }
  // Whether token `k` is capitalised and a common word (common_word), as classified.
  bool common_token(size_t k) const { return common_token_[k]; }

  // Whether the spelling dictionary is asked for this text's language (not German, whose
  // nouns are capitalised like names).
  bool ask_spelling() const { return ask_spelling_; }
  // How the language's spelling dictionary reads token `k` (kUnknown when it is not asked).
  Reading reading(size_t k) const;
  // How a dictionary reads token `k` for the purpose of telling names from words: the
  // language's, or for German the English one (its loanwords and professions).
  Reading name_reading(size_t k) const;
  // The spelling dictionary reads token `k` as a common word only ("Golfer", "Juegos").
  bool common_only(size_t k) const { return reading(k) == Reading::kCommonWord; }
  // FreeDict (the largest lexicon from the language) knows the stem of token `k`.
  bool lexicon_word(size_t k) const;
  // FreeDict knows the stem of a folded word that is no token of its own (a compound's end).
  bool lexicon_knows(const std::string& folded) const;
  // Whether token `k` is a common word of the language. The spelling dictionary decides where
  // it is asked (FreeDict, looked up by stem, takes names for the words they stem like:
  // "Ferreira", "Macron"), except in English, whose dictionary lists first names as common
  // words too (kamala); there, and in German, FreeDict. A word read both ways ("Centro",
  // "Luna") is common when FreeDict knows it too.
  bool common_word(size_t k) const;
  // Whether token `k` may be a given name though it is also a common word ("Maria", "Pedro":
  // the spelling dictionary reads it both ways). Not in English, whose dictionary lists many
  // words so ("Will", "Grant"). In German, whose dictionary is not asked, a capitalised word
  // of the gazetteer's German given names ("Katharina", "Ann-Kathrin"), not a month ("August").
  bool given_name(size_t k) const;
  // Whether token `k` names `g` as a city a time zone is named after, a word the spelling
  // dictionary knows as a name only ("Paris", "Madrid"; not French "Paris", also "bets"), or
  // as a name and a rarer common word when it stands capitalised inside a sentence not in
  // title case and not after another capitalised word ("visited Berlin", a berlin is also a
  // carriage; not "Silvana Lima"). In German, whose
  // dictionary reads every noun capitalised, the English dictionary is asked ("London"; not
  // "Rom"). Such a city is one wherever it stands.
  bool major_city(size_t k, const GazetteerEntry& g) const;
  // Whether token `k` alone is an acronym of three to five letters that no list holds, among
  // words in lower case, and so an organisation's ("NASA", "FBI", "UEFA"): not a common acronym
  // (IsCommonAcronym: "CEO", "GDP", "COVID"), a word in capitals ("VIDEO", "JETZT"), a place of
  // the gazetteer ("TOKYO") nor a word of a heading in capitals.
  bool unknown_acronym(size_t k) const;

 private:
  void Classify();
  // German names whose words the dictionary also reads as nouns: after a given name, a
  // courtesy title or a given name's particle (part of Classify).
  void ClassifyGermanNames();
  // Whether token `k` is one of the gazetteer's German given names (given_name for German).
  bool GermanGivenName(size_t k) const;

  std::string_view text_;
  const std::vector<AnalyzedToken>& toks_;
  const Gazetteer* gazetteer_;
  std::string lang_;
  const Lexicon* common_ = nullptr;
  const SpellingDictionaries* spelling_;
  bool ask_spelling_;
  std::vector<bool> sentence_start_, titled_, common_token_;
  std::vector<bool> given_;  // German only: GermanGivenName of each token
  std::vector<Kind> kind_;
  mutable std::vector<Reading> readings_;
  mutable std::vector<bool> read_;
};

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_NAME_TOKENS_H_
