// ICU-based normalisation, with ASCII fast paths for the common case.
#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace storytrace {
namespace {

const icu::Normalizer2* Nfkc() {
  UErrorCode err = U_ZERO_ERROR;
  static const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(err);
  return n;
}

const icu::Normalizer2* NfkcCasefold() {
  UErrorCode err = U_ZERO_ERROR;
  static const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(err);
  return n;
}

const icu::Normalizer2* Nfd() {
  UErrorCode err = U_ZERO_ERROR;
  static const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(err);
  return n;
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

// Maps typographic punctuation and spaces; returns 0 to keep the code point.
UChar32 UnifyPunct(UChar32 c) {
  switch (c) {
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x301D: case 0x301E:
      return '"';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A:
    case 0x2032: case 0x02BC: case 0x0060: case 0x00B4:
      return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    case 0x00A0: case 0x2007: case 0x202F: case 0x2009: case 0x200A: case 0x2002: case 0x2003:
      return ' ';
    default:
      return 0;
  }
}

icu::UnicodeString MapPunct(const icu::UnicodeString& in) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    UChar32 m = UnifyPunct(c);
    out.append(m ? m : c);
    i += U16_LENGTH(c);
  }
  return out;
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

std::string NormalizeForDisplay(std::string_view text) {
  if (IsAscii(text)) return std::string(text);
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  icu::UnicodeString n = Nfkc()->normalize(s, err);
  if (U_FAILURE(err)) return std::string(text);
  return ToUtf8(MapPunct(n));
}

// Folds a word written in ASCII, Latin-1 letters and basic Cyrillic without ICU; returns false
// (leaving `out` unspecified) when another character needs the full ICU path.
bool FoldFast(std::string_view word, std::string& out) {
  // Folded forms of U+00C0..U+00FF (lower-cased, diacritics removed); "" = not a letter.
  static const char* const kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};
  out.clear();
  out.reserve(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = word[i];
    if (c < 0x80) {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : (c == '`' ? '\'' : static_cast<char>(c));
      continue;
    }
    if (i + 1 >= word.size()) return false;
    unsigned char d = word[i + 1];
    if (c == 0xC3 && d >= 0x80 && d <= 0xBF) {  // U+00C0..U+00FF
      const char* f = kLatin1[d - 0x80];
      if (!*f) return false;
      out += f;
    } else if (c == 0xD0 && d >= 0x90 && d <= 0xAF) {  // А..Я → а..я
      unsigned cp = 0x410 + (d - 0x90) + 0x20;
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if ((c == 0xD0 && d >= 0xB0 && d <= 0xBF) || (c == 0xD1 && d >= 0x80 && d <= 0x8F)) {
      out += static_cast<char>(c);  // а..я unchanged
      out += static_cast<char>(d);
    } else if ((c == 0xD0 && d == 0x81) || (c == 0xD1 && d == 0x91)) {
      out += "\xD0\xB5";  // Ё, ё → е (diacritic removed)
    } else if (c == 0xE2 && i + 2 < word.size() && d == 0x80 &&
               (static_cast<unsigned char>(word[i + 2]) == 0x99 ||
                static_cast<unsigned char>(word[i + 2]) == 0x98)) {
      out += '\'';  // typographic apostrophes
      ++i;
    } else {
      return false;
    }
    ++i;
  }
  return true;
}

std::string FoldForMatching(std::string_view word) {
  std::string fast;
  if (FoldFast(word, fast)) return fast;
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size()));
  icu::UnicodeString folded = NfkcCasefold()->normalize(MapPunct(s), err);
  icu::UnicodeString decomposed = Nfd()->normalize(folded, err);
  if (U_FAILURE(err)) return std::string(word);
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;  // drop diacritics
    out.append(c);
  }
  return ToUtf8(out);
}

std::string TransliterateToAscii(std::string_view text) {
  // ICU transliterators are not safe for concurrent use: one per thread.
  thread_local std::unique_ptr<icu::Transliterator> translit = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, err));
    return U_SUCCESS(err) ? std::move(t) : nullptr;
  }();
  if (IsAscii(text)) return FoldForMatching(text);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  if (translit) translit->transliterate(s);
  return ToUtf8(s);
}

UScriptCode WordScript(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const int32_t n = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) return script;
  }
  return USCRIPT_INVALID_CODE;
}

bool StartsCapitalised(std::string_view s) {
  if (s.empty()) return false;
  int32_t i = 0;
  UChar32 c = -1;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool IsInCapitals(std::string_view word) {
  return word.size() >= 2 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace storytrace
