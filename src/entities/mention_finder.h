// Finding person, organisation and place mentions in an analysed article.
#ifndef STORYTRACE_ENTITIES_MENTION_FINDER_H_
#define STORYTRACE_ENTITIES_MENTION_FINDER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dedup/lexicon.h"
#include "entities/gazetteer.h"
#include "entities/name_words.h"  // IsPersonRole, for the quotes stage too
#include "text/analyzed_text.h"
#include "text/spelling_dictionaries.h"

namespace storytrace {

struct Mention {
  uint32_t begin = 0, end = 0;  // byte span in the analysed text
  std::string text;             // surface form (roles such as "President" stripped)
  std::string type;             // "PER", "ORG" or "LOC"
  std::string key;              // NameKey of the entity this mention names (for a surname-only
                                // mention: of the full name given earlier in the article)
  const GazetteerEntry* known = nullptr;  // gazetteer entry, when the name is in one
  // A person named in two or more words whose first is no common word (a given name, not
  // "First Covid") and whose first and last are not in capitals (an acronym more often than a
  // name: "Seven COVID"), or by a surname alone that a common word went before ("Judoka
  // Ressel" → "Ressel"): its last word may name it alone elsewhere
  // (EntityRegistry::PersonBySurname).
  bool full_name = false;
  // Where the name may begin after words that may qualify it rather than belong to it: a
  // common word of the language (a profession or a demonym: "Judoka", "American",
  // "Epidemiologe"), an acronym ("NBA-Star"): the byte offsets in the text of the words after
  // each such leading word, in order ("Judoka Giovanna Scoccimarro": the offset of "Giovanna").
  // A caller that knows the person the rest names takes the rest (EntityRegistry::KnownPersonIn).
  std::vector<uint32_t> name_starts;
  // For a person mention after words its run began with and the name left out ("Letícia" of
  // "Letícia Bufoni não festeja…": *letícia* is read as a common word at the headline's start),
  // or after a word that begins the sentence or clause and is capitalised only there: where
  // the longer name begins. A caller that knows the person by the longer name takes it instead.
  std::optional<uint32_t> longer_from;
  // For an untyped run of a given name and a word the dictionary reads as a common word only,
  // capitalised inside its sentence ("Pedro Barros luta hoje…": *barros*, plural of *barro*;
  // but also "Villa Olímpica"): that word, folded. The run names a person when the stream
  // writes the word capitalised only (WordCase::WrittenAsName); the caller decides. (Not when
  // the first word is a common word only too: the stream writes "Juegos Olímpicos" so.)
  std::string case_word;
  // For a person named after a first word no dictionary knows, which starts the sentence or
  // clause, not in title case ("Judoca Idalys Ortiz lo quiso…", "Дзюдоистка Таймазова не
  // смогла…": a profession the dictionaries lack, or a given name: "Idalys Ortiz hace…"):
  // that word, folded, and where the name after it begins. The caller takes the rest when the
  // stream writes the word in lower case (WordCase::WrittenInLowerCase).
  std::string qualifier_word;
  uint32_t unqualified_from = 0;
  // For an untyped word alone that the dictionaries read as a common word, capitalised at the
  // start of a clause or inside a sentence ("Macron at Covid-restricted Tokyo Olympics…": the
  // English *macron*): that word, folded. It may name a person the stream knows by that
  // surname only if the stream never writes it in lower case (WordCase::WrittenInLowerCase).
  std::string lower_case_veto;
};

// Finds mentions from capitalisation (names are capitalised words the language's dictionary does
// not know as common words, so German nouns are not names), name particles (al-, bin, von, de),
// roles and titles before names (Präsidentin, General, Defense Minister), organisation words
// (Ministerium, Party) and the gazetteers. Surname-only mentions are linked to the full name
// earlier in the article. With spelling dictionaries, a word the language's dictionary reads
// as a common word only ("Juegos", "Golfer", "Россиянка"; see SpellingDictionaries::Read) does
// not make a person's name: a run of such words, or of such words before a particle
// ("Olímpicos de Tokio"), is no person; such words before a name are not part of it ("Judoka
// Takato" is "Takato"); and in a title-case or capitals headline they are no name at all
// ("Carapaz Wins Cycling Crown"). German is not asked (its nouns are capitalised like names).
// Thread-safe.
class MentionFinder {
 public:
  // `gazetteer`, `lexicons` and `spelling` must outlive the finder; any may be null.
  MentionFinder(const Gazetteer* gazetteer, const LexiconSet* lexicons,
                const SpellingDictionaries* spelling = nullptr)
      : gazetteer_(gazetteer), lexicons_(lexicons), spelling_(spelling) {}

  // Mentions in `text` (the text `analyzed` was computed from), in text order. When `lone_names`
  // is given, what was left untyped that may still name a person a caller knows from elsewhere
  // is put there in text order, untyped: single capitalised words that are no common word of
  // the language's dictionaries ("Djokovic" in "Djokovic Starts Olympic Mission"), a surname
  // alone (EntityRegistry::PersonBySurname); single capitalised words they read as common
  // words, likewise, but with Mention::lower_case_veto ("Macron at…"); and runs of two or more
  // words that made no name, with the capitalised word that starts the sentence before them
  // ("Sky Brown to make…", "Ítalo Ferreira: …"), for a person known by the whole name (a
  // single word of the first kind among them is then in `name_starts`).
  // In a script without capitals (Arabic, Chinese), where no capital marks a name, countries and
  // major cities are found as the packaged lists spell them in the text's language
  // (CaselessNames: "وفرنسا", "القاهرة", "中国"), keyed as the place in English (LOC), so that
  // they are places and meet the same place named in other languages.
  std::vector<Mention> Find(std::string_view text, const AnalyzedText& analyzed,
                            std::vector<Mention>* lone_names = nullptr) const;

 private:
  const Gazetteer* gazetteer_;
  const LexiconSet* lexicons_;
  const SpellingDictionaries* spelling_;
};

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_MENTION_FINDER_H_
