// Reading names, pronouns and noun phrases that can be speakers, at a given token.
#include <algorithm>
#include <cctype>

#include "quotes/attribution.h"

namespace storytrace {
namespace {

bool IsNameConnector(std::string_view folded) {
  return folded == "and" || folded == "of" || folded == "for" || folded == "&";
}

}  // namespace
SpeakerRef ClauseReader::NameRun(int b, int e) const {
  // Titles and roles and what comes before them are not part of the name ("Sen.", "Coach",
  // "NASA Administrator Jim Bridenstine", "Singer-guitarist Tom Johnston").
  for (int t = e - 2; t >= b; --t) {
    std::string_view w = Folded(t);
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    std::string_view part = w;
    if (size_t dash = part.rfind('-'); dash != std::string_view::npos) part = part.substr(dash + 1);
    if (part.ends_with('s') && NounOf(part.substr(0, part.size() - 1)) == NounKind::kPersonRole) {
      part.remove_suffix(1);  // "Singer-guitarists"
    }
    if (IsPersonRole(w) || NounOf(w) == NounKind::kPersonRole ||
        NounOf(part) == NounKind::kPersonRole) {
      b = t + 1;
      break;
    }
  }
  while (e - b > 1 && !NamePart(b)) ++b;
  SpeakerRef r;
  r.kind = SpeakerRef::kName;
  r.begin = at_.tokens[b].span.begin;
  r.end = at_.tokens[e - 1].span.end;
  return r;
}

SpeakerRef ClauseReader::NounPhrase(int b, int e, bool definite) const {
  int person = -1, org = -1;
  for (int t = b; t < e; ++t) {
    int m = mention_of_[t];
    if (m < 0) continue;
    if (mentions_[m].type == "PER") person = m;
    if (mentions_[m].type == "ORG" && org < 0) org = m;
  }
  if (person >= 0 || org >= 0) return MentionRef(person >= 0 ? person : org);
  int head = e - 1;
  for (int t = b; t < e; ++t) {
    if (NounOf(Folded(t)) != NounKind::kNone) head = t;
  }
  // "a police spokesman", "a company spokeswoman": the institution named before the role.
  if (NounOf(Folded(head)) == NounKind::kSpokesperson) {
    for (int t = b; t < head; ++t) {
      if (NounOf(Folded(t)) == NounKind::kInstitution) {
        head = t;
        e = t + 1;
        break;
      }
    }
  }
  SpeakerRef r;
  r.noun = NounOf(Folded(head));
  if (r.noun == NounKind::kNone) return {};
  r.kind = SpeakerRef::kNounPhrase;
  r.begin = at_.tokens[b].span.begin;
  r.end = at_.tokens[e - 1].span.end;
  r.head = Folded(head);
  r.definite = definite;
  // The owner of a statement or the employer of a spokesperson follows it: "eine Stellungnahme
  // des Kremls", "a spokesman for the coalition".
  if ((r.noun == NounKind::kDocument || r.noun == NounKind::kSpokesperson) &&
      e < static_cast<int>(at_.tokens.size()) && !Breaks(e - 1) && !Comma(e - 1)) {
    std::string_view link = Folded(e);
    if (link == "des" || link == "der" || link == "of" || link == "from" || link == "for" ||
        link == "by" || link == "von" || link == "vom" || link == "de" || link == "del" ||
        link == "du") {
      SpeakerRef owner = StartingAt(link == "des" || link == "der" ? e : e + 1, e + 8);
      if (owner.kind == SpeakerRef::kName ||
          (owner.kind == SpeakerRef::kNounPhrase && owner.noun == NounKind::kInstitution)) {
        return owner;
      }
    }
  }
  return r;
}

SpeakerRef ClauseReader::EndingAt(int e, int lo) const {
  if (e < lo || e < 0 || in_quote_[e]) return {};
  PronounKind p = PronounOf(Folded(e));
  if (p != PronounKind::kNone) {
    if (p == PronounKind::kFirstPerson || p == PronounKind::kIndefinite) return {};
    return PronounRef(e, p);
  }
  int b = e;
  if (int m = mention_of_[e]; m >= 0) {
    while (b > lo && mention_of_[b - 1] == m) --b;
    // A place name inside a longer capitalised run is part of a person's name ("Angela Cooper").
    if (mentions_[m].type == "LOC" && b > lo && !Breaks(b - 1) && !Comma(b - 1) && Cap(b - 1) &&
        !german_) {
      while (b > lo && !Breaks(b - 1) && !Comma(b - 1) && NamePart(b - 1)) --b;
      return NameRun(b, e + 1);
    }
    // A place after a preposition belongs to the noun phrase before it ("Das
    // Verteidigungsministerium in Moskau").
    if (mentions_[m].type == "LOC" && AfterPreposition(b)) {
      int k = b - 1;
      bool definite;
      if (IsDeterminer(Folded(k), &definite)) --k;
      if (k - 1 >= lo && IsPreposition(Folded(k))) {
        SpeakerRef before = EndingAt(k - 1, lo);
        if (before.found()) return before;
      }
    }
    return MentionRef(m);
  }
  if (Cap(e) && !german_ && !IsCalendarWord(Folded(e)) &&
      (NounOf(Folded(e)) == NounKind::kNone || NameLike(e))) {
    bool definite;
    while (b > lo && !Breaks(b - 1) && !Comma(b - 1) && NamePart(b - 1) && !in_quote_[b - 1] &&
           !IsDeterminer(Folded(b - 1), &definite)) {
      --b;
    }
    // Right after a quotation ("…?” Schiff asked) a capitalised word does not start a sentence.
    bool sentence_start =
        b == 0 || (!in_quote_[b - 1] && (Breaks(b - 1) || sentence_of_[b - 1] != sentence_of_[b]));
    if (b < e || !sentence_start || NameElsewhere(e)) return NameRun(b, e + 1);
    return {};
  }
  bool definite = true;
  while (b > lo && !Breaks(b - 1) && !Comma(b - 1) && e - b < 6) {
    std::string_view f = Folded(b - 1);
    bool def;
    if (IsDeterminer(f, &def)) {
      definite = def;
      break;
    }
    if (at_.tokens[b - 1].stopword || IsPreposition(f) || CueOf(f) == CueKind::kVerb ||
        PronounOf(f) != PronounKind::kNone || Possessive(b - 1)) {
      break;
    }
    --b;
  }
  return NounPhrase(b, e + 1, definite);
}

SpeakerRef ClauseReader::StartingAt(int b, int hi) const {
  const int n = static_cast<int>(at_.tokens.size());
  hi = std::min(hi, n);
  if (b >= hi || b < 0 || in_quote_[b]) return {};
  PronounKind p = PronounOf(Folded(b));
  if (p != PronounKind::kNone) {
    if (p == PronounKind::kFirstPerson || p == PronounKind::kIndefinite) return {};
    return PronounRef(b, p);
  }
  bool definite = true;
  int s = b;
  if (IsDeterminer(Folded(b), &definite)) {
    if (Breaks(b)) return {};
    s = b + 1;
  }
  int e = s;
  while (e < hi && e - s < 8) {
    if (e > s && (Breaks(e - 1) || Comma(e - 1))) break;
    std::string_view f = Folded(e);
    if (!Cap(e) && (at_.tokens[e].stopword || IsPreposition(f) || CueOf(f) == CueKind::kVerb))
      break;
    if (e > s && IsPreposition(f)) break;
    ++e;
  }
  if (e == s) return {};
  // A possessive name inside the phrase is not its head: "Nisan Ahmado's source inside the camp".
  for (int t = e - 2; t >= s; --t) {
    if (Possessive(t)) {
      s = t + 1;
      break;
    }
  }
  int person = -1, org = -1;
  for (int t = s; t < e; ++t) {
    int m = mention_of_[t];
    if (m >= 0 && mentions_[m].type == "PER" && person < 0) person = m;
    if (m >= 0 && mentions_[m].type == "ORG" && org < 0) org = m;
  }
  if (person >= 0) return MentionRef(person);
  // "the Health and Human Services secretary": capitalised words before a role are modifiers.
  if (e - 1 > s && !Cap(e - 1) && NounOf(Folded(e - 1)) != NounKind::kNone) {
    SpeakerRef np = NounPhrase(e - 1, e, definite);
    if (np.found()) return np;
  }
  if (!german_) {
    // The last capitalised run: "veteran industry analyst Ken Doctor".
    int re = -1, rb = -1;
    for (int t = e - 1; t >= s; --t) {
      if (NamePart(t) && (NounOf(Folded(t)) == NounKind::kNone || NameLike(t))) {
        if (re < 0) re = t + 1;
        rb = t;
      } else if (re >= 0) {
        break;
      }
    }
    if (org >= 0 && (re < 0 || mention_of_[re - 1] == org)) return MentionRef(org);
    if (re >= 0 && (rb > b || Cap(b) || s > b)) return NameRun(rb, re);
  }
  if (org >= 0) return MentionRef(org);
  // A name after a role ("Glööcklers Anwalt Christian-Oliver Moser"): capitalised words that
  // are no nouns of a known kind, to the end of the phrase.
  for (int t = s; t + 1 < e; ++t) {
    if (NounOf(Folded(t)) != NounKind::kPersonRole) continue;
    bool name_follows = true;
    for (int k = t + 1; k < e; ++k)
      name_follows &= NamePart(k) && NounOf(Folded(k)) == NounKind::kNone;
    if (name_follows) return NameRun(t + 1, e);
  }
  if (int m = mention_of_[s]; m >= 0 && mentions_[m].type == "LOC") return MentionRef(m);
  if (german_ && s == b && Cap(s) && NounOf(Folded(s)) == NounKind::kNone) {
    // German nouns take a determiner; capitalised words without one are a name ("sagte Henrik
    // Brandes, Energieexperte …").
    int re = s;
    while (re < e && Cap(re) && NounOf(Folded(re)) == NounKind::kNone && re - s < 3) ++re;
    if (re == e) return NameRun(s, re);
  }
  SpeakerRef r = NounPhrase(s, e, definite);
  // An apposition names the person of a role: "die Sprecherin der russischen Diplomatie, Maria
  // Sacharowa"; "the company's founder, John Smith".
  if (r.kind == SpeakerRef::kNounPhrase &&
      (r.noun == NounKind::kPersonRole || r.noun == NounKind::kSpokesperson)) {
    for (int t = e - 1; t < std::min(e + 8, n - 1); ++t) {
      if (t > e - 1 && Breaks(t - 1)) break;
      if (Comma(t) && !Breaks(t)) {
        int m = mention_of_[t + 1];
        if (m >= 0 && mentions_[m].type == "PER") return MentionRef(m);
        break;
      }
    }
  }
  return r;
}

SpeakerRef ClauseReader::Subject(int from, int to) const {
  const int n = static_cast<int>(at_.tokens.size());
  to = std::min(to, n);
  int seen = 0;
  for (int t = from; t < to && seen < 25; ++t) {
    if (in_quote_[t]) {
      seen = 0;  // the reporter's clause starts again after a quotation
      continue;
    }
    ++seen;
    // A subject opens its clause: within the first words, after an introductory phrase and its
    // comma, or (German) right after the verb that follows one ("Am Rande … traf Trump").
    const bool after_comma = t > from && Comma(t - 1);
    const bool opens = seen <= 6 || after_comma ||
                       (german_ && t > from && !Cap(t - 1) && !at_.tokens[t - 1].stopword &&
                        !IsPreposition(Folded(t - 1)) && !Breaks(t - 1));
    const bool first_words = seen <= 2 || after_comma;
    if (!opens) continue;
    if (IsCalendarWord(Folded(t))) continue;
    std::string_view f = Folded(t);
    PronounKind p = PronounOf(f);
    if (p == PronounKind::kPerson || p == PronounKind::kThing || p == PronounKind::kPlural) {
      if (AfterPreposition(t)) continue;
      return PronounRef(t, p);
    }
    if (int m = mention_of_[t]; m >= 0) {
      int last = t;
      while (last + 1 < to && mention_of_[last + 1] == m) ++last;
      const std::string& type = mentions_[m].type;
      bool definite;
      bool sentence_start = t == from || (t == from + 1 && IsDeterminer(Folded(from), &definite));
      // A dateline ("WASHINGTON –", "LOS ANGELES (AP) —") is no subject.
      std::string_view after =
          last + 1 < n ? text_.substr(at_.tokens[last].span.end,
                                      at_.tokens[last + 1].span.begin - at_.tokens[last].span.end)
                       : std::string_view();
      bool dateline = sentence_start && (after.find("\xE2\x80\x93") != std::string_view::npos ||
                                         after.find("\xE2\x80\x94") != std::string_view::npos ||
                                         after.find('(') != std::string_view::npos ||
                                         after.find(" -") != std::string_view::npos);
      if ((type == "PER" || type == "ORG" || (type == "LOC" && sentence_start && !dateline)) &&
          !Possessive(last) && !AfterPreposition(t)) {
        return EndingAt(last, from);
      }
      t = last;
      continue;
    }
    bool definite;
    if (!first_words) continue;
    if (IsDeterminer(f, &definite) && !AfterPreposition(t)) {
      SpeakerRef r = StartingAt(t, to);
      if (r.kind == SpeakerRef::kName ||
          (r.kind == SpeakerRef::kNounPhrase && r.noun != NounKind::kDocument)) {
        return r;
      }
      continue;
    }
    if (t == from && (NounOf(f) == NounKind::kPeople || NounOf(f) == NounKind::kInstitution)) {
      return NounPhrase(t, t + 1, true);
    }
    // "China’s ambassador to Britain accused …": a role after a possessive.
    if (!Cap(t) && t > from && Possessive(t - 1) && !Breaks(t - 1) &&
        NounOf(f) != NounKind::kNone && NounOf(f) != NounKind::kDocument) {
      return NounPhrase(t, t + 1, true);
    }
    if (!german_ && NamePart(t) && NounOf(f) == NounKind::kNone && !AfterPreposition(t)) {
      int e = t;
      while (e + 1 < to && !Breaks(e) && !Comma(e) && !in_quote_[e + 1]) {
        if (NamePart(e + 1)) {
          ++e;
        } else if (IsNameConnector(Folded(e + 1)) && e + 2 < to && Cap(e + 2) && !Breaks(e + 1)) {
          e += 2;  // "Customs and Border Protection", "Department of Justice"
        } else {
          break;
        }
      }
      // A single capitalised word opening the sentence is a name when the article writes it
      // so elsewhere or a speech verb follows ("Volker said").
      bool verb_follows = e + 1 < to && !Breaks(e) && !Comma(e) &&
                          (CueOf(Folded(e + 1)) == CueKind::kVerb ||
                           (IsAdverbBetween(Folded(e + 1)) && e + 2 < to &&
                            CueOf(Folded(e + 2)) == CueKind::kVerb));
      // "Border guards say", "Disney executives said": a modifier of the subject noun.
      if (e + 1 < to && !Breaks(e) && !Comma(e) && !Cap(e + 1) &&
          (NounOf(Folded(e + 1)) == NounKind::kPeople ||
           NounOf(Folded(e + 1)) == NounKind::kPersonRole)) {
        return NounPhrase(e + 1, e + 2, true);
      }
      if (!Possessive(e) && (e > t || NameElsewhere(t) || verb_follows)) {
        SpeakerRef r = StartingAt(t, to);  // "Wild defenseman Ryan Suter": the person
        bool person =
            r.kind == SpeakerRef::kName && r.mention >= 0 && mentions_[r.mention].type == "PER";
        return person ? r : NameRun(t, e + 1);
      }
      t = e;
    }
  }
  return {};
}

}  // namespace storytrace
