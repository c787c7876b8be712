// Clause reading over tokens: a frame is a run of the reporter's tokens between quotation marks
// and sentence breaks; a cue in it points to its speaker on one side or the other.
#include "quotes/attribution.h"

#include <algorithm>
#include <cctype>

namespace storytrace {
namespace {

bool IsConjunction(std::string_view folded) {
  return folded == "and" || folded == "but" || folded == "or" || folded == "und" ||
         folded == "aber" || folded == "et" || folded == "y" || folded == "mais" ||
         folded == "pero";
}

// Accusative and dative articles: the noun phrase after them is an object, not a subject.
bool IsObjectArticle(std::string_view folded) {
  return folded == "einen" || folded == "einem" || folded == "dem" || folded == "den";
}

}  // namespace

ClauseReader::ClauseReader(std::string_view text, const AnalyzedText& analyzed,
                           const std::vector<Mention>& mentions,
                           const std::vector<QuotedSpan>& quotes)
    : text_(text),
      at_(analyzed),
      mentions_(mentions),
      quotes_(quotes),
      german_(analyzed.lang == "de"),
      english_(analyzed.lang == "en") {
  const auto& toks = at_.tokens;
  const size_t n = toks.size();
  in_quote_.assign(n, false);
  mention_of_.assign(n, -1);
  sentence_of_.assign(n, 0);
  size_t qi = 0, si = 0;
  for (size_t t = 0; t < n; ++t) {
    uint32_t b = toks[t].span.begin;
    while (qi < quotes.size() && quotes[qi].end <= b) ++qi;
    in_quote_[t] = qi < quotes.size() && b >= quotes[qi].begin;
    while (si + 1 < at_.sentences.size() && at_.sentences[si].end <= b) ++si;
    sentence_of_[t] = static_cast<int>(si);
  }
  // Whether the gap after each token holds a comma and ends a clause; the last token's does.
  breaks_.assign(n, true);
  comma_.assign(n, false);
  for (size_t t = 0; t + 1 < n; ++t) {
    std::string_view gap =
        text_.substr(toks[t].span.end, toks[t + 1].span.begin - toks[t].span.end);
    comma_[t] = gap.find(',') != std::string_view::npos;
    if (in_quote_[t] != in_quote_[t + 1]) continue;  // breaks_[t] stays true
    // The period of an initial ("Sonya A. Zoghlin", "M. Maréchal") does not end a clause.
    if (gap.size() >= 2 && gap[0] == '.' && gap[1] == ' ' &&
        toks[t].span.end - toks[t].span.begin == 1 &&
        std::isupper(static_cast<unsigned char>(text_[toks[t].span.begin]))) {
      gap.remove_prefix(1);
    }
    const bool quotation_mark = HasQuotationMark(gap);
    // An abbreviation's period ("R-Neb., called", "Calif. officials") is no sentence end.
    if (size_t dot = gap.find('.'); dot != std::string_view::npos &&
                                    gap.find_first_of("!?;:()[]\n") == std::string_view::npos &&
                                    !quotation_mark) {
      std::string_view rest = gap.substr(dot + 1);
      bool more = rest.find('.') != std::string_view::npos;
      if (!more && (rest.find(',') != std::string_view::npos || !toks[t + 1].capitalized)) {
        breaks_[t] = false;
        continue;
      }
    }
    breaks_[t] = gap.find_first_of(".!?;:()[]\n") != std::string_view::npos || quotation_mark ||
                 gap.find("\xE2\x80\xA6") != std::string_view::npos;
  }
  // Capitalised words inside sentences, outside quotations: names (in English).
  for (size_t t = 1; t < n; ++t) {
    if (toks[t].capitalized && !in_quote_[t] && sentence_of_[t - 1] == sentence_of_[t] &&
        !Breaks(static_cast<int>(t) - 1)) {
      names_inside_.insert(toks[t].folded);
    }
  }
  for (size_t m = 0; m < mentions.size(); ++m) {
    for (int t = TokenAt(mentions[m].begin);
         t < static_cast<int>(n) && toks[t].span.begin < mentions[m].end; ++t) {
      mention_of_[t] = static_cast<int>(m);
    }
  }
}

int ClauseReader::TokenAt(uint32_t pos) const {
  const auto& toks = at_.tokens;
  return static_cast<int>(
      std::lower_bound(toks.begin(), toks.end(), pos,
                       [](const AnalyzedToken& t, uint32_t p) { return t.span.begin < p; }) -
      toks.begin());
}

SpeakerRef ClauseReader::PronounRef(int t, PronounKind kind) const {
  SpeakerRef r;
  r.kind = SpeakerRef::kPronoun;
  r.pronoun = kind;
  r.begin = at_.tokens[t].span.begin;
  r.end = at_.tokens[t].span.end;
  return r;
}

SpeakerRef ClauseReader::MentionRef(int m) const {
  SpeakerRef r;
  r.kind = SpeakerRef::kName;
  r.mention = m;
  r.begin = mentions_[m].begin;
  r.end = mentions_[m].end;
  return r;
}

bool ClauseReader::Possessive(int t) const {
  const auto& s = at_.tokens[t].span;
  std::string_view w = text_.substr(s.begin, s.end - s.begin);
  if (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s")) return true;
  return s.end < text_.size() &&
         (text_[s.end] == '\'' || text_.compare(s.end, 3, "\xE2\x80\x99") == 0) && w.ends_with("s");
}

bool ClauseReader::NamePart(int t) const {
  const TokenSpan& s = at_.tokens[t].span;
  // An initial ("Sonya A. Zoghlin"), even where the letter is also a word.
  if (s.end - s.begin == 1 && Cap(t) && s.end < text_.size() && text_[s.end] == '.') return true;
  if (!Cap(t) || at_.tokens[t].stopword || s.kind == TokenKind::kNumber) return false;
  std::string_view f = Folded(t);
  bool definite;
  return PronounOf(f) == PronounKind::kNone && !IsPreposition(f) && !IsCalendarWord(f) &&
         !IsDeterminer(f, &definite) && !IsSubordinator(f);
}

bool ClauseReader::NameElsewhere(int t) const { return names_inside_.count(Folded(t)) > 0; }

bool ClauseReader::NameLike(int t) const {
  // A capitalised common noun inside an English sentence, with no name after it, is a name
  // ("says Doctor", "Doctor asks"); before a name it is a title ("Coach Vogel").
  if (german_ || !Cap(t) || t == 0 || Breaks(t - 1) || sentence_of_[t - 1] != sentence_of_[t])
    return false;
  bool definite;
  if (IsDeterminer(Folded(t - 1), &definite)) return false;
  return t + 1 >= static_cast<int>(at_.tokens.size()) || Breaks(t) || Comma(t) || !Cap(t + 1);
}

bool ClauseReader::AfterPreposition(int t) const {
  bool definite;
  int k = t - 1;
  if (k >= 0 && !Breaks(k) && IsDeterminer(Folded(k), &definite)) --k;
  while (k >= 0 && !Breaks(k) && !Comma(k) && !Cap(k) && !at_.tokens[k].stopword &&
         !IsPreposition(Folded(k)) && t - k < 4) {
    --k;  // adjectives between: "in the eastern Idlib"
  }
  return k >= 0 && !Breaks(k) && !Comma(k) && IsPreposition(Folded(k));
}

SpeakerRef ClauseReader::ClauseSubject(int c) const {
  int from = c;
  while (from > 0 && sentence_of_[from - 1] == sentence_of_[c]) --from;
  return Subject(from, c);
}

SpeakerRef ClauseReader::AppositionSubject(int c, int lo) const {
  // "Sen. Ben Sasse, R-Neb., called", "“…,” John Williams, the president of …, said": the
  // speaker ends before the comma that opens the apposition; first the clause's opening name.
  SpeakerRef first = StartingAt(lo, c);
  if (first.found() && first.pronoun != PronounKind::kThing) {
    int last = TokenAt(first.end) - 1;
    if (last >= lo && last < c && Comma(last) &&
        (first.kind != SpeakerRef::kName || first.mention < 0 ||
         mentions_[first.mention].type != "LOC")) {
      return first;
    }
  }
  int commas = 0;
  for (int k = c - 1; k >= lo; --k) {
    if (k < c - 1 && Breaks(k)) break;
    if (!Comma(k)) continue;
    if (++commas < 2) continue;
    SpeakerRef r = EndingAt(k, lo);
    if (!r.found() || r.pronoun == PronounKind::kThing) continue;
    int first = TokenAt(r.begin);
    // Not a name governed by a preposition, nor one of a list ("to Kevin McAleenan, …, and
    // Alex Azar, the … secretary, said").
    if (AfterPreposition(first)) continue;
    if (first > lo && !Breaks(first - 1) && IsConjunction(Folded(first - 1))) continue;
    if (r.kind == SpeakerRef::kName && r.mention >= 0 && mentions_[r.mention].type == "LOC")
      continue;
    return r;
  }
  return {};
}

SpeakerRef ClauseReader::FromCue(int c, Frame f) const {
  std::string_view w = Folded(c);
  CueKind kind = CueOf(w);
  if (kind == CueKind::kNone && PronounOf(w) != PronounKind::kNone) {
    // "dit-elle", "ajoute-t-il": the verb and its subject in one token.
    if (CueOf(w.substr(0, w.find('-'))) != CueKind::kVerb) return {};
    return PronounRef(c, PronounOf(w));
  }
  switch (kind) {
    case CueKind::kNone:
      return {};
    case CueKind::kSourceAfter: {
      int b = c + 1;
      if (w == "according") {
        if (b >= f.end || Folded(b) != "to") return {};
        ++b;
      }
      if (w == "angaben" && (c == 0 || Folded(c - 1) != "nach")) return {};
      if (w == "so") {
        // German "…, so das Ministerium": after a comma or the quotation, before a name.
        bool definite;
        if (!german_ || (c > f.begin && !Comma(c - 1)) || b >= f.end ||
            !(Cap(b) || IsDeterminer(Folded(b), &definite))) {
          return {};
        }
      }
      if (b >= f.end || Breaks(b - 1)) return {};
      return StartingAt(b, f.end);
    }
    case CueKind::kSourceBefore:
      return c - 1 >= f.begin && !Breaks(c - 1) ? EndingAt(c - 1, f.begin) : SpeakerRef{};
    case CueKind::kSpeechNoun:
      // "Mr. Trump’s Oct. 11 announcement", "her statement".
      for (int k = c - 1; k >= f.begin && k >= c - 4; --k) {
        if (Breaks(k) || Comma(k)) break;
        if (Folded(k) == "his" || Folded(k) == "her") return PronounRef(k, PronounKind::kPerson);
        if (Possessive(k)) {
          SpeakerRef r = EndingAt(k, f.begin);
          return r.kind == SpeakerRef::kName ? r : SpeakerRef{};
        }
      }
      return {};
    case CueKind::kParticiple:
      return ClauseSubject(c);
    case CueKind::kVerb:
      break;
  }
  if ((w == "pour" || w == "para") && c == f.begin) {  // "Pour le politologue Pascal Sciboz, « … »"
    SpeakerRef r = StartingAt(c + 1, f.end);
    return r.kind == SpeakerRef::kName && r.mention >= 0 && mentions_[r.mention].type == "PER"
               ? r
               : SpeakerRef{};
  }
  if (w == "hervor") {  // "geht aus der Erklärung hervor"
    for (int k = f.begin; k < c; ++k) {
      if (Folded(k) == "aus") return StartingAt(k + 1, c);
    }
    return {};
  }
  if ((w == "heisst" || w == "hiess") && c + 1 < f.end && Folded(c + 1) == "es") {
    for (int k = c + 2; k < std::min(c + 5, f.end); ++k) {
      if (Folded(k) == "in" || Folded(k) == "im") return StartingAt(k + 1, f.end);
    }
    SpeakerRef r;  // "heißt es" alone: the source the text last named
    r.kind = SpeakerRef::kNounPhrase;
    r.noun = NounKind::kDocument;
    r.anonymous_source = true;
    r.begin = at_.tokens[c].span.begin;
    r.end = at_.tokens[c + 1].span.end;
    return r;
  }
  // A passive: "This was confirmed by Glööckler's lawyer Christian-Oliver Moser".
  if (english_ && c + 2 < f.end && Folded(c + 1) == "by" && !Breaks(c) && !Comma(c)) {
    SpeakerRef by = StartingAt(c + 2, f.end);
    if (by.kind == SpeakerRef::kName || by.kind == SpeakerRef::kNounPhrase) return by;
  }
  int l = c - 1;
  while (l >= f.begin && !Breaks(l) && !Comma(l) && IsAdverbBetween(Folded(l))) --l;
  const bool left_adjacent = l >= f.begin && !Breaks(l) && !Comma(l);
  const bool starts_clause = l < f.begin || Comma(l) || Breaks(l);
  SpeakerRef right;
  if (c + 1 < f.end && !Breaks(c) && !Comma(c)) right = StartingAt(c + 1, f.end);
  // German puts the subject after the verb whenever something else comes first ("sagte sie",
  // "Im Gespräch … sagte Trump"); "es" after a verb is its object.
  if (german_ && right.found() && right.pronoun != PronounKind::kThing) return right;
  if (left_adjacent) {
    if (IsConjunction(Folded(l))) return ClauseSubject(c);
    SpeakerRef r = EndingAt(l, f.begin);
    if (r.found()) return r;
    // "Microsoft said": a capitalised word opening the sentence right before the verb.
    if (!german_ && NamePart(l) && NounOf(Folded(l)) == NounKind::kNone) {
      SpeakerRef name;
      name.kind = SpeakerRef::kName;
      name.begin = at_.tokens[l].span.begin;
      name.end = at_.tokens[l].span.end;
      return name;
    }
  }
  // "“…,” Mayer, Disney’s chairman, said Tuesday": the apposition's name before what follows.
  if (l >= f.begin && Comma(l)) {
    SpeakerRef apposed = AppositionSubject(c, f.begin);
    if (apposed.found()) return apposed;
  }
  if (starts_clause && right.found() && right.pronoun != PronounKind::kThing && Inverts(w)) {
    return right;
  }
  if (starts_clause && !right.found() && Inverts(w)) {
    // "», a déclaré à l'AFP Markus Eibl": the subject after a phrase the verb governs.
    for (int t = c + 1; t < std::min(c + 6, f.end) && !Breaks(t - 1) && !Comma(t - 1); ++t) {
      if (int m = mention_of_[t]; m >= 0 && mentions_[m].type == "PER") return EndingAt(t, t);
    }
  }
  return {};
}

bool ClauseReader::IsCue(int t, int frame_begin) const {
  if (in_quote_[t] || mention_of_[t] >= 0) return false;
  std::string_view w = Folded(t);
  if (CueOf(w) == CueKind::kNone &&
      !(PronounOf(w) != PronounKind::kNone && CueOf(w.substr(0, w.find('-'))) == CueKind::kVerb)) {
    return false;
  }
  bool definite;
  if (english_ && t > 0 && !Breaks(t - 1) && !Cap(t - 1) &&
      IsDeterminer(Folded(t - 1), &definite)) {
    return false;  // "the observed volume": an adjective
  }
  // "the Russian and Syrian claims are false": a noun before a verb.
  if (t + 1 < static_cast<int>(at_.tokens.size()) && !Breaks(t) && !Comma(t)) {
    std::string_view next = Folded(t + 1);
    if (next == "are" || next == "is" || next == "were" || next == "was" || next == "have" ||
        next == "has") {
      return false;
    }
  }
  // Capitalised only where a sentence or clause starts ("According to", "„…“, Fragte");
  // elsewhere it is a name ("Islamic State").
  return !Cap(t) || t == frame_begin || t == 0 || Breaks(t - 1) || Comma(t - 1);
}

SpeakerRef ClauseReader::FirstCue(Frame f) const {
  // Verbs and source markers first; a possessive before a speech noun only when there is none.
  for (bool nouns : {false, true}) {
    for (int t = f.begin; t < f.end; ++t) {
      if (!IsCue(t, f.begin) || (CueOf(Folded(t)) == CueKind::kSpeechNoun) != nouns) continue;
      SpeakerRef r = FromCue(t, f);
      if (r.found()) return r;
    }
  }
  return {};
}

SpeakerRef ClauseReader::AfterQuote(const QuotedSpan& q) const {
  const int n = static_cast<int>(at_.tokens.size());
  if (q.runs_on || q.close == q.end) return {};
  int b = TokenAt(q.close);
  if (b >= n || in_quote_[b]) return {};
  std::string_view gap = text_.substr(q.close, at_.tokens[b].span.begin - q.close);
  if (gap.find_first_of(".!?;\n") != std::string_view::npos || HasQuotationMark(gap)) return {};
  // "…bars.” The cabinet members …": a new sentence, not an attribution.
  if (q.ends_sentence && gap.find(',') == std::string_view::npos && Cap(b)) return {};
  Frame f{b, b + 1};
  while (f.end < n && f.end - b < 40 && !Breaks(f.end - 1)) ++f.end;
  SpeakerRef r = FirstCue(f);
  if (r.found() || CueOf(Folded(b)) != CueKind::kVerb) return r;
  // A verb at the end of a clause the quotation sits in: "den das russische Ministerium einen
  // „legendären General“ nennt". Its subject is before the quotation.
  int e = TokenAt(q.open) - 1;
  for (int t = e; t >= 0 && e - t < 12 && !in_quote_[t] && (t == e || !Breaks(t)); --t) {
    bool definite;
    if (IsDeterminer(Folded(t), &definite) && !IsObjectArticle(Folded(t))) {
      SpeakerRef s = StartingAt(t, e + 1);
      if (s.found()) return s;
    }
    if (int m = mention_of_[t]; m >= 0 && mentions_[m].type != "LOC") return EndingAt(t, 0);
  }
  return {};
}

SpeakerRef ClauseReader::BeforeQuote(const QuotedSpan& q) const {
  int e = TokenAt(q.open) - 1;
  if (e < 0 || in_quote_[e] || q.lost_open) return {};
  std::string_view gap = text_.substr(at_.tokens[e].span.end, q.open - at_.tokens[e].span.end);
  if (gap.find_first_of(".!?;\n") != std::string_view::npos || HasQuotationMark(gap)) return {};
  int b = e;
  while (b > 0 && !in_quote_[b - 1] && !Breaks(b - 1) && e - b < 60) --b;
  return FirstCue({b, e + 1});
}

SpeakerRef ClauseReader::SpeechIn(uint32_t from, uint32_t to) const {
  const int n = static_cast<int>(at_.tokens.size());
  int t = TokenAt(from);
  while (t < n && at_.tokens[t].span.begin < to) {
    if (in_quote_[t]) {
      ++t;
      continue;
    }
    Frame f{t, t + 1};
    while (f.end < n && at_.tokens[f.end].span.begin < to && !Breaks(f.end - 1)) ++f.end;
    SpeakerRef r = FirstCue(f);
    if (r.found()) return r;
    t = f.end;
  }
  return {};
}

SpeakerRef ClauseReader::SubjectIn(uint32_t from, uint32_t to) const {
  return Subject(TokenAt(from), TokenAt(to));
}

SpeakerRef ClauseReader::SubjectBefore(uint32_t pos) const {
  int t = TokenAt(pos);
  if (t >= static_cast<int>(at_.tokens.size())) return {};
  int from = t;
  while (from > 0 && sentence_of_[from - 1] == sentence_of_[t]) --from;
  return Subject(from, t);
}

}  // namespace storytrace
