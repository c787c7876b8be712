// Quote spans by mark pairing; attribution by speech verbs and nearby mentions.
#include "quotes/quote_extractor.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace storytrace {
namespace {

struct MarkPair {
  std::string_view open, close;
};
// Longest marks first; the straight double quote closes itself.
const std::vector<MarkPair>& Marks() {
  static const std::vector<MarkPair> m = {
      {"„", "“"}, {"„", "”"}, {"»", "«"}, {"«", "»"}, {"“", "”"}, {"‚", "‘"}, {"\"", "\""}};
  return m;
}

const std::unordered_set<std::string_view>& SpeechVerbs() {
  static const std::unordered_set<std::string_view> v = {
      // de (folded)
      "sagte", "sagt", "sagten", "erklarte", "erklart", "betonte", "betont", "meinte", "meint",
      "fragte", "warnte", "warnt", "schrieb", "schreibt", "so", "laut", "zufolge", "hiess",
      "heisst", "teilte", "kundigte", "fugte", "berichtete", "erganzte", "sagen", "erklaren",
      "bekraftigte", "unterstrich", "versicherte", "kritisierte", "forderte", "rief",
      // en
      "said", "says", "told", "added", "asked", "warned", "wrote", "stated", "explained",
      "according", "insisted", "noted", "declared", "announced", "claimed", "tweeted",
      "stressed", "urged", "quoted", "say", "tells", "adds", "notes", "recalled", "admitted",
      "acknowledged", "replied", "responded", "continued", "explains", "warns", "insists",
      "versprach", "mahnte", "raumte", "raumt", "sagt", "betonte",
      // fr
      "declare", "dit", "affirme", "ajoute", "indique", "explique", "selon", "souligne",
      "estime", "assure", "lance", "reconnu", "reconnait", "reagi", "poursuivi", "confie",
      "raconte", "precise", "insiste", "martele", "temoigne", "commente", "ajoute", "declare",
      "explique", "affirme", "souligne", "resume", "promis",
      // es
      "dijo", "afirmo", "declaro", "anadio", "explico", "senalo", "aseguro", "segun",
      "indico", "reconocio", "manifesto", "advirtio", "sostuvo", "subrayo", "apunto",
      "comento", "agrego", "destaco", "insistio", "relato", "conto", "admitio", "prometio"};
  return v;
}


struct Span {
  uint32_t begin, end;  // of the quoted words
  uint32_t open, close;  // positions of the marks (close = byte after the closing mark)
};

std::vector<Span> FindQuoted(std::string_view text) {
  std::vector<Span> out;
  size_t i = 0;
  while (i < text.size()) {
    const MarkPair* found = nullptr;
    for (const auto& m : Marks()) {
      if (text.compare(i, m.open.size(), m.open) == 0) {
        found = &m;
        break;
      }
    }
    if (found == nullptr) {
      ++i;
      continue;
    }
    // A straight quote opens only at the start of a word: `vorwärts", geht` closes a quote
    // whose opening mark the page lost, and must not open a new one.
    if (found->open == "\"" && (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == ',' ||
                                 text[i + 1] == '.' || text[i + 1] == '\n' ||
                                 (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))))) {
      ++i;
      continue;
    }
    size_t start = i + found->open.size();
    // A quote ends at its closing mark, within one paragraph.
    size_t end = std::string_view::npos;
    for (const auto& m : Marks()) {
      if (m.open != found->open) continue;
      size_t e = text.find(m.close, start);
      if (e != std::string_view::npos && (end == std::string_view::npos || e < end)) end = e;
    }
    size_t para = text.find("\n\n", start);
    if (end == std::string_view::npos || (para != std::string_view::npos && para < end)) {
      i = start;
      continue;
    }
    size_t close_len = 0;
    for (const auto& m : Marks()) {
      if (m.open == found->open && text.compare(end, m.close.size(), m.close) == 0) {
        close_len = m.close.size();
        break;
      }
    }
    out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end),
                   static_cast<uint32_t>(i), static_cast<uint32_t>(end + close_len)});
    i = end + close_len;
  }
  return out;
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

}  // namespace

std::vector<ExtractedQuote> ExtractQuotes(std::string_view text, const AnalyzedText& at,
                                          const std::vector<Mention>& mentions) {
  std::vector<ExtractedQuote> out;
  auto sentence_of = [&](uint32_t pos) -> size_t {
    for (size_t s = 0; s < at.sentences.size(); ++s) {
      if (pos < at.sentences[s].end) return s;
    }
    return at.sentences.empty() ? 0 : at.sentences.size() - 1;
  };
  auto token_at_or_after = [&](uint32_t pos) {
    return std::lower_bound(at.tokens.begin(), at.tokens.end(), pos,
                            [](const AnalyzedToken& t, uint32_t p) { return t.span.begin < p; }) -
           at.tokens.begin();
  };
  auto speaker_mention = [&](uint32_t from, uint32_t to) -> const Mention* {
    const Mention* best = nullptr;
    for (const Mention& m : mentions) {
      if (m.begin >= from && m.end <= to && (m.type == "PER" || m.type == "ORG")) {
        if (best == nullptr || (best->type != "PER" && m.type == "PER")) best = &m;
      }
    }
    return best;
  };
  auto last_person_before = [&](uint32_t pos) -> const Mention* {
    const Mention* best = nullptr;
    for (const Mention& m : mentions) {
      if (m.end <= pos && m.type == "PER") best = &m;
    }
    return best;
  };
  int64_t previous = -1;  // index in `out` of the previous quote
  size_t previous_sentence = 0;
  for (const Span& q : FindQuoted(text)) {
    std::string_view words = text.substr(q.begin, q.end - q.begin);
    if (WordCount(words) < 4) continue;
    // « … » and „ … “ may hold spaces inside the marks.
    uint32_t qb = q.begin, qe = q.end;
    while (qb < qe && (text[qb] == ' ' || static_cast<unsigned char>(text[qb]) == 0xC2)) ++qb;
    while (qe > qb && text[qe - 1] == ' ') --qe;
    if (qb > q.begin && static_cast<unsigned char>(text[qb]) == 0xA0) ++qb;  // U+00A0
    ExtractedQuote eq{qb, qe, std::string(text.substr(qb, qe - qb)), "", ""};
    // The attribution window: the rest of the sentence after the quote (up to the next quote),
    // else the part of the sentence before it.
    size_t s_after = sentence_of(q.close > 0 ? q.close - 1 : 0);
    uint32_t after_end = at.sentences.empty() ? q.close : std::max(q.close, at.sentences[s_after].end);
    after_end = std::min<uint32_t>(after_end, q.close + 160);
    size_t s_before = sentence_of(q.open);
    uint32_t before_begin = at.sentences.empty() ? q.open : at.sentences[s_before].begin;
    if (q.open > 240 && before_begin < q.open - 240) before_begin = q.open - 240;
    auto attribute = [&](uint32_t from, uint32_t to) -> bool {
      bool verb = false;
      for (size_t t = token_at_or_after(from); t < at.tokens.size() && at.tokens[t].span.end <= to; ++t) {
        const std::string& f = at.tokens[t].folded;
        if (SpeechVerbs().count(f)) verb = true;
        // French inversion: "dit-elle", "ajoute-t-il".
        if (size_t dash = f.find('-'); dash != std::string::npos && SpeechVerbs().count(f.substr(0, dash))) {
          verb = true;
        }
      }
      if (!verb) return false;
      if (const Mention* m = speaker_mention(from, to)) {
        eq.speaker = m->text;
        eq.speaker_key = m->key;
        return true;
      }
      // A pronoun speaker, or none at all ("dijo", subject left out): the last person named.
      {
        if (const Mention* m = last_person_before(q.open)) {
          eq.speaker = m->text;
          eq.speaker_key = m->key;
          return true;
        }
      }
      return false;
    };
    bool found = attribute(q.close, after_end) || (before_begin < q.open && attribute(before_begin, q.open));
    if (!found && previous >= 0 && !out[previous].speaker.empty() &&
        s_before <= previous_sentence + 1) {
      eq.speaker = out[previous].speaker;  // the second half of a split quote
      eq.speaker_key = out[previous].speaker_key;
    }
    out.push_back(std::move(eq));
    previous = static_cast<int64_t>(out.size()) - 1;
    previous_sentence = s_after;
  }
  return out;
}

}  // namespace storytrace
