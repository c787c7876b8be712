// Reading who speaks from the reporter's words around a quotation: the speech verb or source
// marker, and the name, pronoun or noun phrase that is its subject.
#ifndef STORYTRACE_QUOTES_ATTRIBUTION_H_
#define STORYTRACE_QUOTES_ATTRIBUTION_H_

#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "entities/mention_finder.h"
#include "quotes/quote_spans.h"
#include "quotes/speech_words.h"
#include "text/analyzed_text.h"

namespace storytrace {

// A speaker as the text refers to it, before pronouns and descriptions are resolved.
struct SpeakerRef {
  enum Kind : uint8_t { kNone, kName, kPronoun, kNounPhrase };
  Kind kind = kNone;
  uint32_t begin = 0,
           end = 0;  // byte span of the name, pronoun or noun phrase (without its determiner)
  int mention = -1;  // index of the mention the name is; -1 for a name no mention covers
  PronounKind pronoun = PronounKind::kNone;
  NounKind noun = NounKind::kNone;  // kind of a noun phrase's head
  std::string_view head;            // the folded head noun of a noun phrase
  bool definite = true;             // false after a/an/ein/un ("an officer")
  bool anonymous_source = false;    // "heißt es" with no document named

  bool found() const { return kind != kNone; }
};

// Reads the clauses of one analysed article. `mentions` and `quotes` are those of `text` and
// must outlive the reader; quoted words are never read as attribution. Not thread-safe to share
// while constructing; const methods are thread-safe.
class ClauseReader {
 public:
  ClauseReader(std::string_view text, const AnalyzedText& analyzed,
               const std::vector<Mention>& mentions, const std::vector<QuotedSpan>& quotes);

  // The speaker named in the clause right after the quotation (“…,” Parise said; „…“, sagte
  // sie; "…," said Lisa Boesky, a psychologist), or none. A quotation ending its sentence with
  // a full stop has no such clause.
  SpeakerRef AfterQuote(const QuotedSpan& q) const;

  // The speaker named in the same sentence before the quotation (Parise said: “…”; He urged
  // Mr. Trump …, saying “…”; Cruz called the suicide a "…"), or none.
  SpeakerRef BeforeQuote(const QuotedSpan& q) const;

  // The speaker of reported speech in the reporter's words of [from, to) (the Russian Defense
  // Ministry said on Thursday that …; so das Verteidigungsministerium), or none.
  SpeakerRef SpeechIn(uint32_t from, uint32_t to) const;

  // The grammatical subject of the sentence [from, to): its first person or organisation name,
  // subject pronoun or speaker-like noun phrase that no preposition governs, or none.
  SpeakerRef SubjectIn(uint32_t from, uint32_t to) const;

  // The subject of the sentence around `pos`, from its start up to `pos` ("Carlineo was
  // arrested … in which he said": Carlineo for the "he" at `pos`), or none.
  SpeakerRef SubjectBefore(uint32_t pos) const;

  // Whether the reporter's words of the quotation's sentence hold a speech cue.
  bool SentenceHasCue(const QuotedSpan& q) const;

  // Whether a word that makes the quoted words a name or term comes right before the quotation
  // ("the term", "dubbed", "the slogan").
  bool IntroducedAsTerm(const QuotedSpan& q) const;

  // Role words right before each person mention ("coach" in "Wild coach Bruce Boudreau"), as
  // (mention index, folded role) pairs in text order.
  std::vector<std::pair<int, std::string_view>> RolesBeforePersons() const;

  // Document nouns outside quotations in [from, to) (folded heads: "statement", "erklarung").
  std::vector<std::string_view> DocumentsIn(uint32_t from, uint32_t to) const;

  const std::vector<Mention>& mentions() const { return mentions_; }

 private:
  struct Frame {
    int begin = 0, end = 0;  // token indices [begin, end)
  };
  // The gap after token t ends a clause (always after the last token and before the first).
  bool Breaks(int t) const { return t < 0 || t >= static_cast<int>(breaks_.size()) || breaks_[t]; }
  // The gap after token t holds a comma.
  bool Comma(int t) const { return t >= 0 && t < static_cast<int>(comma_.size()) && comma_[t]; }
  bool Possessive(int t) const;
  bool AfterPreposition(int t) const;
  bool NameLike(int t) const;
  bool NameElsewhere(int t) const;
  bool NamePart(int t) const;  // a capitalised word that may be part of a name
  bool IsCue(int t, int frame_begin) const;
  SpeakerRef FromCue(int c, Frame f) const;
  SpeakerRef FirstCue(Frame f) const;
  SpeakerRef EndingAt(int e, int lo) const;
  SpeakerRef StartingAt(int b, int hi) const;
  SpeakerRef AppositionSubject(int c, int lo) const;
  SpeakerRef ClauseSubject(int c) const;
  SpeakerRef Subject(int from, int to) const;
  SpeakerRef NounPhrase(int b, int e, bool definite) const;
  SpeakerRef NameRun(int b, int e) const;
  SpeakerRef PronounRef(int t, PronounKind kind) const;  // the pronoun of token t
  SpeakerRef MentionRef(int m) const;                    // the name of mention m
  int TokenAt(uint32_t pos) const;                       // first token starting at or after pos
  std::string_view Folded(int t) const { return at_.tokens[t].folded; }
  bool Cap(int t) const { return at_.tokens[t].capitalized; }

  std::string_view text_;
  const AnalyzedText& at_;
  const std::vector<Mention>& mentions_;
  const std::vector<QuotedSpan>& quotes_;
  bool german_, english_;
  std::vector<bool> in_quote_;
  std::vector<int> mention_of_;                        // mention covering each token, or -1
  std::vector<int> sentence_of_;                       // sentence index of each token
  std::vector<bool> breaks_;                           // Breaks(t) for each token
  std::vector<bool> comma_;                            // Comma(t) for each token
  std::unordered_set<std::string_view> names_inside_;  // folded words capitalised mid-sentence
};

}  // namespace storytrace

#endif  // STORYTRACE_QUOTES_ATTRIBUTION_H_
