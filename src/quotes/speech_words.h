// The words that attribute quotations: speech verbs, source markers, pronouns and the nouns that
// stand for a speaker (documents, spokespeople, institutions, roles), in the supported languages.
#ifndef STORYTRACE_QUOTES_SPEECH_WORDS_H_
#define STORYTRACE_QUOTES_SPEECH_WORDS_H_

#include <cstdint>
#include <string_view>

namespace storytrace {

enum class CueKind : uint8_t {
  kNone,
  kVerb,          // said, told, sagte, a déclaré: the speaker is the verb's subject
  kParticiple,    // saying, adding: the speaker is the subject of the clause it hangs on
  kSourceAfter,   // according (to), laut, selon, según, so: the speaker follows
  kSourceBefore,  // zufolge: the speaker comes before
  kSpeechNoun,    // announcement, statement: the speaker is a possessive before it
};

// What a folded word does in an attribution; kNone for any other word.
CueKind CueOf(std::string_view folded);

// A speech verb whose subject may follow it right after a quotation ("…," said Lopez; „…“,
// sagte sie). Verbs of telling, urging and calling take their listener or object there instead.
bool Inverts(std::string_view folded);

enum class PronounKind : uint8_t { kNone, kPerson, kPlural, kThing, kFirstPerson, kIndefinite };

// Subject pronouns: he/she/er/sie/il/elle (kPerson), they/ils (kPlural), it/es (kThing),
// I/we/ich/wir/je (kFirstPerson, never a reporter's attribution), everyone/someone/many/man
// (kIndefinite, nobody in particular).
PronounKind PronounOf(std::string_view folded);

enum class NounKind : uint8_t {
  kNone,
  kDocument,      // statement, letter, release, Erklärung: speaks for whoever issued it
  kSpokesperson,  // spokesperson, Sprecher: speaks for the organisation
  kInstitution,   // ministry, agency, police, prosecutors, Ministerium: is the speaker
  kPersonRole,    // coach, singer, officer, Militärchef: a person, named before or anonymous
  kPeople,        // teachers, protesters, users: an unnamed group
};

// The kind of a (folded) head noun; German compounds count by their last part
// (Verteidigungsministerium is an institution, Militärchef a role).
NounKind NounOf(std::string_view folded);

// The part of a German compound that gives its kind ("verteidigungsministerium" →
// "ministerium"), or the word itself.
std::string_view NounHead(std::string_view folded);

// Determiners that open a noun phrase; `definite` tells the/der/le from a/ein/un/one.
bool IsDeterminer(std::string_view folded, bool* definite);

// Adverbs and auxiliaries that may stand between a speaker and the verb ("Noem later tweeted",
// "Trump has since said").
bool IsAdverbBetween(std::string_view folded);

// Prepositions: a name after one is not a subject ("told US media", "in Greenbelt").
bool IsPreposition(std::string_view folded);

// Words that open a subordinate clause ("When", "Although", "Because"): never part of a name.
bool IsSubordinator(std::string_view folded);

// Days and months, which are capitalised without being names of speakers.
bool IsCalendarWord(std::string_view folded);

// Words that make quoted words a name or term, not speech ("the term", "dubbed", "so-called").
bool IsNamingWord(std::string_view folded);

}  // namespace storytrace

#endif  // STORYTRACE_QUOTES_SPEECH_WORDS_H_
