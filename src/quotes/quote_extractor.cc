// Quotations: which quoted spans are speech, and whose.
#include "quotes/quote_extractor.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "quotes/attribution.h"
#include "quotes/quote_spans.h"
#include "quotes/speakers.h"
#include "text/normalizer.h"

namespace storytrace {
namespace {

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

// Words every title writes in lower case.
bool IsSmallWord(std::string_view w) {
  static constexpr std::string_view kSmall[] = {
      "a",    "an",   "the", "and", "or",  "but", "of",  "to",  "in",  "on",   "at",  "for", "by",
      "with", "from", "as",  "vs",  "nor", "der", "die", "das", "und", "oder", "von", "zu",  "im",
      "am",   "le",   "la",  "les", "de",  "du",  "des", "et",  "el",  "los",  "las", "y",   "en"};
  for (std::string_view s : kSmall) {
    if (w == s) return true;
  }
  return false;
}

// Song, book and show titles, names and nicknames: two or more words, every one that is not a
// small word capitalised ("Takin’ It To the Streets", "Three Amigos", "Islamischer Staat").
bool IsTitle(std::string_view s, bool german) {
  // German capitalises every noun: only short names ("Islamischer Staat") read as titles there.
  if (german && (WordCount(s) > 3 || s.ends_with('?') || s.ends_with('.') || s.ends_with('!'))) {
    return false;
  }
  size_t words = 0, capitalised = 0;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    std::string_view w = s.substr(b, i - b);
    // The first letter or digit of the word.
    int32_t k = 0;
    UChar32 c = -1;
    while (k < static_cast<int32_t>(w.size())) {
      U8_NEXT(reinterpret_cast<const uint8_t*>(w.data()), k, static_cast<int32_t>(w.size()), c);
      if (c >= 0 && u_isalnum(c)) break;
      c = -1;
    }
    if (c < 0) continue;
    ++words;
    if (u_isupper(c) || u_isdigit(c)) {
      ++capitalised;
      continue;
    }
    std::string lower(w);
    while (!lower.empty() && !std::isalnum(static_cast<unsigned char>(lower.back())))
      lower.pop_back();
    if (!IsSmallWord(lower)) return false;
  }
  return words >= 2 && capitalised >= 2;
}

// Whole sentences, not a heading: the words end with sentence punctuation.
bool ReadsAsSentences(std::string_view s) {
  while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.remove_suffix(1);
  return !s.empty() &&
         (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.ends_with("\xE2\x80\xA6"));
}

// Lower-case letters and digits with single spaces, for finding one quotation inside another.
std::string Flat(std::string_view s) {
  std::string out;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80 || c == '\'') {  // a nested quotation stays apart
      out.push_back(static_cast<char>(std::tolower(u)));
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Whether `words` occurs in `flat` as whole words (both from Flat).
bool ContainsWords(std::string_view flat, std::string_view words) {
  for (size_t at = flat.find(words); at != std::string_view::npos; at = flat.find(words, at + 1)) {
    bool starts = at == 0 || flat[at - 1] == ' ';
    bool ends = at + words.size() == flat.size() || flat[at + words.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

// A section heading that is only a quotation ("3. \"Not some irregular channel\""): the line
// holds nothing else but a number, and the words end without a full stop.
bool IsHeading(std::string_view text, const QuotedSpan& q) {
  if (q.runs_on || q.continues || q.lost_open || q.close == q.end) return false;
  size_t line = text.rfind('\n', q.open);
  line = line == std::string_view::npos ? 0 : line + 1;
  for (size_t i = line; i < q.open; ++i) {
    if (!(std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.' || text[i] == ' '))
      return false;
  }
  size_t eol = text.find('\n', q.close);
  if (eol == std::string_view::npos) return false;  // the last line is not a heading
  for (size_t i = q.close; i < eol; ++i) {
    if (std::isalnum(static_cast<unsigned char>(text[i]))) return false;
  }
  char last = text[q.end - 1];
  return WordCount(text.substr(q.begin, q.end - q.begin)) <= 8 && last != '.' && last != '!' &&
         last != '?';
}

uint32_t ParagraphStart(std::string_view text, const QuotedSpan& q) {
  size_t line = q.open == 0 ? std::string_view::npos : text.rfind('\n', q.open - 1);
  return line == std::string_view::npos ? 0 : static_cast<uint32_t>(line + 1);
}

bool StartsParagraph(std::string_view text, const QuotedSpan& q) {
  return text.find_first_not_of(" \t", ParagraphStart(text, q)) == q.open;
}

struct Candidate {
  const QuotedSpan* span;
  SpeakerRef ref;  // the quotation's own attribution
  bool heading = false;
  bool attributed = false;  // the speaker (possibly none) comes from an attribution
  Speaker speaker;
};

// Whether a quotation after kept[k] in the same paragraph has an attribution of its own.
bool AttributedLater(const std::vector<Candidate>& kept, size_t k) {
  for (size_t j = k + 1; j < kept.size() && kept[j].span->paragraph == kept[k].span->paragraph;
       ++j) {
    if (kept[j].ref.found() && !kept[j].heading) return true;
  }
  return false;
}

}  // namespace

std::vector<ExtractedQuote> ExtractQuotes(std::string_view text, const AnalyzedText& at,
                                          const std::vector<Mention>& mentions) {
  const std::vector<QuotedSpan> spans = FindQuotedSpans(text);
  if (spans.empty()) return {};
  const ClauseReader reader(text, at, mentions, spans);
  std::vector<Candidate> kept;
  for (const QuotedSpan& q : spans) {
    std::string_view words = text.substr(q.begin, q.end - q.begin);
    Candidate c{&q, reader.AfterQuote(q), false, false, {}};
    const bool attributed_after = c.ref.found();
    if (q.lost_open && !attributed_after) continue;  // a stray closing mark
    if (!c.ref.found()) c.ref = reader.BeforeQuote(q);
    if (IsTitle(words, at.lang == "de") || reader.IntroducedAsTerm(q)) continue;
    c.heading = IsHeading(text, q);
    // One capitalised word is speech only as "“Amazing,” Davis said"; else a name ("“Fargo”").
    if (WordCount(words) == 1 && StartsCapitalised(words) &&
        !(attributed_after &&
          std::string_view(",!?.").find(words.back()) != std::string_view::npos)) {
      continue;
    }
    if (!c.heading && WordCount(words) < 4 && !c.ref.found() && !reader.SentenceHasCue(q)) {
      // A short phrase is speech when it continues a quotation of its sentence ("Trump sagte, …
      // „eine enorme Anzahl …“, und … „sehr schnell“ zugestimmt").
      // The same holds after a quotation of the same paragraph (“…,” Noem told the Argus
      // Leader. “It is working.”).
      const QuotedSpan* prev = kept.empty() ? nullptr : kept.back().span;
      if (prev == nullptr || prev->paragraph != q.paragraph) continue;
    }
    kept.push_back(std::move(c));
  }
  if (kept.empty()) return {};

  // Speakers in text order, sentences read up to each quotation.
  SpeakerTracker tracker(text, reader);
  size_t sentence = 0;
  std::vector<size_t>
      pending;  // quotations of the current paragraph waiting for a later attribution
  for (size_t k = 0; k < kept.size(); ++k) {
    Candidate& c = kept[k];
    const QuotedSpan& q = *c.span;
    while (sentence < at.sentences.size() && at.sentences[sentence].end <= q.open) {
      tracker.ObserveSentence(at.sentences[sentence].begin, at.sentences[sentence].end);
      ++sentence;
    }
    if (!pending.empty() && kept[pending.back()].span->paragraph != q.paragraph) pending.clear();
    if (c.heading) continue;
    const Candidate* prev = k > 0 && !kept[k - 1].heading ? &kept[k - 1] : nullptr;
    if (c.ref.found()) {
      c.speaker = tracker.Resolve(c.ref);
      c.attributed = true;
      for (size_t p : pending) {
        kept[p].speaker = c.speaker;
        kept[p].attributed = true;
      }
      pending.clear();
    } else if (prev != nullptr && prev->attributed &&
               (prev->span->paragraph == q.paragraph || q.continues)) {
      c.speaker = prev->speaker;  // the second span of a split quotation, or its run-on
      c.attributed = true;
    } else if (AttributedLater(kept, k)) {
      pending.push_back(k);  // "“…” des Astana-Prozesses „…“, sagte …"
    } else if (prev != nullptr && prev->attributed && prev->span->paragraph + 1 == q.paragraph &&
               StartsParagraph(text, q) &&
               ReadsAsSentences(text.substr(q.begin, q.end - q.begin))) {
      c.speaker = prev->speaker;  // a paragraph of quotation right after one attributed to someone
      c.attributed = true;
    } else if (const Speaker* reported = tracker.ReportedSince(ParagraphStart(text, q))) {
      c.speaker = *reported;  // "Sometimes employees don't follow the rules, he said. “But …”"
      c.attributed = true;
    }
    if (c.attributed) tracker.Spoke(c.speaker);
  }
  // A heading quotes words said below (or above) it: their speaker.
  for (Candidate& c : kept) {
    if (!c.heading) continue;
    std::string words = Flat(text.substr(c.span->begin, c.span->end - c.span->begin));
    for (const Candidate& other : kept) {
      if (other.heading || !other.attributed ||
          WordCount(text.substr(other.span->begin, other.span->end - other.span->begin)) < 4)
        continue;
      std::string flat = Flat(text.substr(other.span->begin, other.span->end - other.span->begin));
      if (ContainsWords(flat, words)) {
        c.speaker = other.speaker;
        c.attributed = true;
        break;
      }
    }
  }

  std::vector<ExtractedQuote> out;
  for (const Candidate& c : kept) {
    if (c.heading && !c.attributed) continue;  // a heading quoting nothing said: a name or title
    const QuotedSpan& q = *c.span;
    out.push_back({q.begin, q.end, std::string(text.substr(q.begin, q.end - q.begin)),
                   c.speaker.text, c.speaker.key});
  }
  return out;
}

}  // namespace storytrace
