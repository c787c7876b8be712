// What the reporter's words around a quotation say about it: a cue nearby, a naming word, the
// roles before names and the documents a sentence introduces.
#include "quotes/attribution.h"

namespace storytrace {
bool ClauseReader::SentenceHasCue(const QuotedSpan& q) const {
  const int n = static_cast<int>(at_.tokens.size());
  auto cue = [&](int t) {
    if (!IsCue(t, t)) return false;
    CueKind k = CueOf(Folded(t));
    return k == CueKind::kVerb || k == CueKind::kParticiple || k == CueKind::kSourceBefore ||
           (k == CueKind::kSourceAfter && Folded(t) != "so" &&
            (Folded(t) != "according" || (t + 1 < n && Folded(t + 1) == "to")));
  };
  const int last = TokenAt(q.open) - 1;
  for (int t = last, k = 0; t >= 0 && k < 40 && !in_quote_[t] && (t == last || !Breaks(t));
       --t, ++k) {
    if (cue(t)) return true;
  }
  // After the quotation only a verb that ends its clause ("den … einen „legendären General“
  // nennt").
  if (q.ends_sentence || q.runs_on) return false;
  for (int t = TokenAt(q.close), k = 0; t < n && k < 3 && !in_quote_[t]; ++t, ++k) {
    if (cue(t)) return true;
    if (Breaks(t)) break;
  }
  return false;
}

bool ClauseReader::IntroducedAsTerm(const QuotedSpan& q) const {
  const int n = static_cast<int>(at_.tokens.size());
  // A quoted modifier between a determiner and its noun: "a “skinny” trade deal", "the “one
  // country, two systems” formula".
  if (int before = TokenAt(q.open) - 1, after = TokenAt(q.close);
      before >= 0 && after < n && !q.runs_on && q.close > q.end && !in_quote_[before] &&
      !in_quote_[after] && std::isalnum(static_cast<unsigned char>(text_[q.end - 1])) &&
      text_.substr(q.close, at_.tokens[after].span.begin - q.close) == " ") {
    bool definite;
    std::string_view det = Folded(before);
    std::string_view next = Folded(after);
    // IsDeterminer covers the possessives (his, her, its, their, sein, ihr, …) but "our".
    bool determined = IsDeterminer(det, &definite) || det == "our";
    if (determined && !Cap(after) && !at_.tokens[after].stopword && !IsPreposition(next) &&
        CueOf(next) == CueKind::kNone && at_.tokens[after].span.kind == TokenKind::kWord &&
        !SentenceHasCue(q)) {
      return true;
    }
  }
  int last = TokenAt(q.open) - 1;
  int reach = 8;
  if (last >= 0) {
    // "The tagline? “Meth. We're on it.”": a naming word just before a question or colon.
    std::string_view gap =
        text_.substr(at_.tokens[last].span.end, q.open - at_.tokens[last].span.end);
    if (gap.find_first_of(".;\n") != std::string_view::npos || HasQuotationMark(gap)) last = -1;
    if (gap.find_first_of("?:") != std::string_view::npos) reach = 2;
  }
  for (int t = last, k = 0; t >= 0 && k < reach && !in_quote_[t]; --t, ++k) {
    std::string_view f = Folded(t);
    if (IsNamingWord(f) && (k < 2 || f == "dubbed" || f == "nicknamed" || f == "titled" ||
                            f == "entitled" || f == "known" || f == "so-called")) {
      return true;
    }
    if (t > 0 && Breaks(t - 1)) break;
  }
  // "the “new Gannett,” as Reed dubbed the combination"
  for (int t = TokenAt(q.close), k = 0; t < n && k < 4 && !in_quote_[t] && !q.runs_on; ++t, ++k) {
    std::string_view f = Folded(t);
    if (f == "dubbed" || f == "nicknamed" || f == "called" || f == "named") return true;
    if (Breaks(t)) break;
  }
  return false;
}

std::vector<std::pair<int, std::string_view>> ClauseReader::RolesBeforePersons() const {
  std::vector<std::pair<int, std::string_view>> out;
  for (size_t m = 0; m < mentions_.size(); ++m) {
    if (mentions_[m].type != "PER") continue;
    // "coach Bruce Boudreau", "ambassador to Britain Liu Xiaming".
    int t = TokenAt(mentions_[m].begin);
    for (int k = t - 1; k >= 0 && t - k <= 4 && !Breaks(k) && !Comma(k); --k) {
      std::string_view role = Folded(k);
      if (!role.empty() && role.back() == '.') role.remove_suffix(1);
      if (NounOf(role) == NounKind::kPersonRole || IsPersonRole(role)) {
        out.emplace_back(static_cast<int>(m), NounHead(role));
        break;
      }
    }
  }
  return out;
}

std::vector<std::string_view> ClauseReader::DocumentsIn(uint32_t from, uint32_t to) const {
  std::vector<std::string_view> out;
  const int n = static_cast<int>(at_.tokens.size());
  // Introduced, not referred back to: "in a statement", "eine gemeinsame Erklärung", "his letter".
  for (int t = TokenAt(from); t < n && at_.tokens[t].span.begin < to; ++t) {
    if (in_quote_[t] || NounOf(Folded(t)) != NounKind::kDocument) continue;
    for (int k = t - 1; k >= 0 && t - k <= 3 && !Breaks(k); --k) {
      bool definite;
      std::string_view d = Folded(k);
      if ((IsDeterminer(d, &definite) && !definite) || d == "his" || d == "her" || d == "its" ||
          d == "their" || d == "seiner" || d == "ihrer") {
        out.push_back(NounHead(Folded(t)));
        break;
      }
    }
  }
  return out;
}

}  // namespace storytrace
