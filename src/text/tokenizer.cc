// Tokenizer: a single pass over code points with ICU character properties.
#include "text/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>

namespace storytrace {
namespace {

// Abbreviations whose period does not end a sentence (lower case, without the final period).
constexpr std::array<std::string_view, 48> kAbbreviations = {
    "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "gov", "sen",
    "rep", "st", "jr", "sr", "no", "nr", "vs", "etc", "bzw", "ca", "vgl", "inkl", "evtl",
    "hr", "fr", "mio", "mrd", "abs", "art", "str", "jan", "feb", "aug", "sept", "oct", "okt",
    "nov", "dec", "dez", "mme", "mlle", "sra", "sr", "av", "approx"};

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
         u_charType(c) == U_COMBINING_SPACING_MARK;
}

bool IsDigit(UChar32 c) { return c >= '0' && c <= '9'; }

bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

UChar32 Peek(std::string_view t, size_t i, size_t* next) {
  if (i >= t.size()) {
    *next = i;
    return -1;
  }
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), pos, static_cast<int32_t>(t.size()), c);
  *next = static_cast<size_t>(pos);
  return c;
}

bool IsElision(std::string_view prefix) {
  std::string p(prefix);
  std::transform(p.begin(), p.end(), p.begin(), ::tolower);
  return p == "l" || p == "d" || p == "j" || p == "m" || p == "n" || p == "s" || p == "t" ||
         p == "c" || p == "qu" || p == "jusqu" || p == "lorsqu" || p == "puisqu" || p == "dell" ||
         p == "all" || p == "nell" || p == "sull";
}

bool IsKnownAbbreviation(std::string_view word) {
  std::string w(word);
  std::transform(w.begin(), w.end(), w.begin(), ::tolower);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), w) != kAbbreviations.end();
}

// Scripts written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer, Burmese.
bool NeedsDictionary(UChar32 c) {
  if (c < 0x0E00) return false;
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool HasUnspacedScript(std::string_view text) {
  for (size_t i = 0, next; i < text.size(); i = next) {
    if (static_cast<unsigned char>(text[i]) < 0xE0) {  // below U+0800: no such script
      next = i + 1;
      continue;
    }
    if (NeedsDictionary(Peek(text, i, &next))) return true;
  }
  return false;
}

namespace {

// Splits the word token `tok` of `text`, which holds a script written without spaces, into
// words with ICU's dictionary-based word break iterator ("东京奥运会今日开幕" → 东京, 奥运, 会,
// 今日, 开幕), appending them to `out` (`tok` as it is when ICU cannot).
void AppendDictionaryWords(std::string_view text, const TokenSpan& tok,
                           std::vector<TokenSpan>* out) {
  // The iterator is costly to build and not thread-safe: one per thread, kept.
  thread_local std::unique_ptr<icu::BreakIterator> words = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = nullptr;
  if (words) {
    ut = utext_openUTF8(nullptr, text.data() + tok.begin, tok.end - tok.begin, &status);
  }
  if (!words || U_FAILURE(status)) {
    if (ut) utext_close(ut);
    out->push_back(tok);
    return;
  }
  words->setText(ut, status);
  int32_t from = words->first();
  for (int32_t to = words->next(); to != icu::BreakIterator::DONE; from = to, to = words->next()) {
    if (words->getRuleStatus() == UBRK_WORD_NONE) continue;
    TokenSpan part{tok.begin + static_cast<uint32_t>(from), tok.begin + static_cast<uint32_t>(to),
                   TokenKind::kWord};
    bool digits = true;
    for (uint32_t k = part.begin; k < part.end && digits; ++k) {
      digits = std::isdigit(static_cast<unsigned char>(text[k])) != 0;
    }
    if (digits) part.kind = TokenKind::kNumber;
    out->push_back(part);
  }
  utext_close(ut);
  static const icu::UnicodeString kEmpty;
  words->setText(kEmpty);  // the iterator keeps no pointer into `text`, which is about to go
}

}  // namespace

std::vector<TokenSpan> Tokenize(std::string_view text) {
  std::vector<TokenSpan> out;
  out.reserve(text.size() / 6);
  size_t i = 0;
  while (i < text.size()) {
    size_t next;
    UChar32 c = Peek(text, i, &next);
    if (c < 0 || !IsWordChar(c)) {
      i = next;
      continue;
    }
    size_t begin = i;
    bool all_digits = true;
    bool unspaced = false;  // a script that needs the dictionaries to split words
    size_t end = i;
    while (true) {
      UChar32 d = Peek(text, end, &next);
      if (d >= 0 && IsWordChar(d)) {
        all_digits = all_digits && IsDigit(d);
        unspaced = unspaced || NeedsDictionary(d);
        end = next;
        continue;
      }
      // Inner joiners: a hyphen or apostrophe between word characters, a separator inside a
      // number ("8,000", "3.5").
      size_t after;
      UChar32 e = Peek(text, next, &after);
      if (e < 0 || !IsWordChar(e)) break;
      if (all_digits && (d == '.' || d == ',') && IsDigit(e)) {
        end = next;
        continue;
      }
      if (IsHyphen(d) || (IsApostrophe(d) && !all_digits)) {
        if (IsApostrophe(d) && IsElision(text.substr(begin, end - begin))) break;
        end = next;
        all_digits = false;
        continue;
      }
      break;
    }
    TokenSpan tok{static_cast<uint32_t>(begin), static_cast<uint32_t>(end),
                  all_digits ? TokenKind::kNumber : TokenKind::kWord};
    // Dotted abbreviations: "U.S.", "z.B.", "e.g." — single letters joined by periods.
    if (!all_digits && end - begin == 1 && end + 1 < text.size() && text[end] == '.' &&
        std::isalpha(static_cast<unsigned char>(text[end + 1]))) {
      size_t j = end;
      while (j + 1 < text.size() && text[j] == '.' &&
             std::isalpha(static_cast<unsigned char>(text[j + 1])) &&
             (j + 2 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[j + 2])))) {
        j += 2;
      }
      if (j < text.size() && text[j] == '.') ++j;
      tok.end = static_cast<uint32_t>(j);
      tok.kind = TokenKind::kAbbrev;
      end = j;
    } else if (!all_digits && end < text.size() && text[end] == '.' &&
               IsKnownAbbreviation(text.substr(begin, end - begin))) {
      tok.end = static_cast<uint32_t>(end + 1);
      tok.kind = TokenKind::kAbbrev;
      end = end + 1;
    }
    if (unspaced && tok.kind == TokenKind::kWord) {
      AppendDictionaryWords(text, tok, &out);
    } else {
      out.push_back(tok);
    }
    i = end;
  }
  return out;
}

std::vector<SentenceSpan> SplitSentences(std::string_view text,
                                         const std::vector<TokenSpan>& tokens) {
  std::vector<SentenceSpan> out;
  if (tokens.empty()) return out;
  uint32_t start = tokens[0].begin;
  for (size_t k = 0; k + 1 < tokens.size(); ++k) {
    const TokenSpan& tok = tokens[k];
    const TokenSpan& nxt = tokens[k + 1];
    std::string_view gap = text.substr(tok.end, nxt.begin - tok.end);
    bool paragraph = gap.find("\n\n") != std::string_view::npos ||
                     gap.find("\n\r\n") != std::string_view::npos;
    bool boundary = paragraph;
    if (!boundary && tok.kind != TokenKind::kAbbrev) {
      size_t p = gap.find_first_of(".!?");
      bool ellipsis = gap.find("\xE2\x80\xA6") != std::string_view::npos;
      bool single_initial = tok.end - tok.begin == 1 && std::isupper(static_cast<unsigned char>(text[tok.begin]));
      if ((p != std::string_view::npos || ellipsis) &&
          !(single_initial && p == 0 && gap.size() >= 1 && gap[0] == '.')) {
        size_t next_c;
        UChar32 first = Peek(text, nxt.begin, &next_c);
        bool opens = gap.find_first_of("\"'(") != std::string_view::npos ||
                     gap.find("\xE2\x80\x9E") != std::string_view::npos ||  // „
                     gap.find("\xE2\x80\x9C") != std::string_view::npos ||  // “
                     gap.find("\xC2\xBB") != std::string_view::npos ||      // »
                     gap.find("\xC2\xAB") != std::string_view::npos;        // «
        // A one- or two-digit number with a period is a German-style ordinal ("4. Dezember",
        // "am 3. Tag"), as is any number followed by a lower-case word.
        bool ordinal = tok.kind == TokenKind::kNumber && gap.size() >= 1 && gap[0] == '.' &&
                       (!u_isupper(first) || tok.end - tok.begin <= 2);
        bool has_space = gap.find_first_of(" \n\t") != std::string_view::npos ||
                         gap.find("\xC2\xA0") != std::string_view::npos;
        boundary = has_space && !ordinal && (u_isupper(first) || IsDigit(first) || opens ||
                                             !u_isalpha(first));
      }
    }
    // Chinese and Japanese full stops, exclamation and question marks end a sentence with no
    // space after them; the sentence keeps the closing quotes and brackets that follow.
    if (!paragraph) {
      size_t stop = std::string_view::npos;
      for (std::string_view mark : kFullWidthSentenceEnds) {
        size_t p = gap.rfind(mark);
        if (p != std::string_view::npos && (stop == std::string_view::npos || p + 3 > stop)) {
          stop = p + 3;
        }
      }
      if (stop != std::string_view::npos) {
        for (std::string_view close : {"\xE2\x80\x9D", "\xE3\x80\x8D", "\xE3\x80\x8F",
                                       "\xEF\xBC\x89"}) {  // ” 」 』 ）
          if (gap.substr(stop, close.size()) == close) stop += close.size();
        }
        uint32_t e = tok.end + static_cast<uint32_t>(stop);
        out.push_back({start, e});
        start = e;
        while (start < nxt.begin && (text[start] == ' ' || text[start] == '\n')) ++start;
        continue;
      }
    }
    if (boundary) {
      // Extend the sentence over its closing punctuation and quotes.
      size_t e = tok.end;
      while (e < nxt.begin && text[e] != ' ' && text[e] != '\n' && text[e] != '\t' &&
             text[e] != '\r') {
        ++e;
      }
      out.push_back({start, static_cast<uint32_t>(e)});
      start = nxt.begin;
      // An opening quote before the next token belongs to the next sentence.
      size_t q = nxt.begin;
      while (q > e && text[q - 1] != ' ' && text[q - 1] != '\n' && text[q - 1] != '\t') --q;
      start = static_cast<uint32_t>(q);
    }
  }
  size_t e = tokens.back().end;
  while (e < text.size() && text[e] != '\n' && text[e] != ' ') ++e;
  out.push_back({start, static_cast<uint32_t>(e)});
  return out;
}

}  // namespace storytrace
