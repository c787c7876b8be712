// Month-name tables and a small token scanner for dates in news languages.
#include "extract/date_parser.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "core/time.h"

namespace storytrace {
namespace {

struct MonthName {
  const char* name;
  int month;
};

// Lower-case full names and common abbreviations (en, de, fr, es, ru genitive and nominative,
// pt, it).
// clang-format off
constexpr MonthName kMonths[] = {
    {"january", 1}, {"jan", 1}, {"januar", 1}, {"jänner", 1}, {"jän", 1}, {"janvier", 1},
    {"enero", 1}, {"января", 1}, {"январь", 1}, {"janv", 1}, {"ene", 1},
    {"february", 2}, {"feb", 2}, {"februar", 2}, {"février", 2}, {"fevrier", 2}, {"févr", 2},
    {"febrero", 2}, {"февраля", 2}, {"февраль", 2},
    {"march", 3}, {"mar", 3}, {"märz", 3}, {"maerz", 3}, {"mär", 3}, {"mrz", 3}, {"mars", 3},
    {"marzo", 3}, {"марта", 3}, {"март", 3},
    {"april", 4}, {"apr", 4}, {"avril", 4}, {"avr", 4}, {"abril", 4}, {"abr", 4}, {"апреля", 4},
    {"апрель", 4},
    {"may", 5}, {"mai", 5}, {"mayo", 5}, {"мая", 5}, {"май", 5},
    {"june", 6}, {"jun", 6}, {"juni", 6}, {"juin", 6}, {"junio", 6}, {"июня", 6}, {"июнь", 6},
    {"july", 7}, {"jul", 7}, {"juli", 7}, {"juillet", 7}, {"juil", 7}, {"julio", 7}, {"июля", 7},
    {"июль", 7},
    {"august", 8}, {"aug", 8}, {"août", 8}, {"aout", 8}, {"agosto", 8},
    {"августа", 8}, {"август", 8},
    {"september", 9}, {"sep", 9}, {"sept", 9}, {"septembre", 9}, {"septiembre", 9},
    {"setiembre", 9}, {"сентября", 9}, {"сентябрь", 9},
    {"october", 10}, {"oct", 10}, {"oktober", 10}, {"okt", 10}, {"octobre", 10}, {"octubre", 10},
    {"октября", 10}, {"октябрь", 10},
    {"november", 11}, {"nov", 11}, {"novembre", 11}, {"noviembre", 11}, {"ноября", 11},
    {"ноябрь", 11},
    {"december", 12}, {"dec", 12}, {"dezember", 12}, {"dez", 12}, {"décembre", 12},
    {"decembre", 12}, {"déc", 12}, {"diciembre", 12}, {"dic", 12}, {"декабря", 12},
    {"декабрь", 12},
    // Portuguese and Italian names not listed above.
    {"janeiro", 1}, {"gennaio", 1}, {"fevereiro", 2}, {"febbraio", 2}, {"março", 3},
    {"aprile", 4}, {"maio", 5}, {"maggio", 5}, {"junho", 6}, {"giugno", 6}, {"julho", 7},
    {"luglio", 7}, {"setembro", 9}, {"settembre", 9}, {"outubro", 10}, {"ottobre", 10},
    {"dezembro", 12}, {"dicembre", 12},
    // Slovenian names not listed above, and their genitives ("23. julija 2021").
    {"januarja", 1}, {"februarja", 2}, {"marec", 3}, {"marca", 3}, {"aprila", 4}, {"maj", 5},
    {"maja", 5}, {"junij", 6}, {"junija", 6}, {"julij", 7}, {"julija", 7}, {"avgust", 8},
    {"avgusta", 8}, {"septembra", 9}, {"oktobra", 10}, {"novembra", 11}, {"decembra", 12},
    // Arabic: the names used in Egypt and the Maghreb, spelt with and without hamza, and the
    // Levantine ones (the two-word names are joined by the tokenizer: "تشرين الأول").
    {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"ابريل", 4}, {"إبريل", 4},
    {"مايو", 5}, {"يونيو", 6}, {"يونيه", 6}, {"يوليو", 7}, {"يوليه", 7}, {"أغسطس", 8},
    {"اغسطس", 8}, {"سبتمبر", 9}, {"أكتوبر", 10}, {"اكتوبر", 10}, {"نوفمبر", 11},
    {"ديسمبر", 12},
    {"كانون الثاني", 1}, {"شباط", 2}, {"آذار", 3}, {"نيسان", 4}, {"أيار", 5}, {"ايار", 5},
    {"حزيران", 6}, {"تموز", 7}, {"آب", 8}, {"أيلول", 9}, {"ايلول", 9}, {"تشرين الأول", 10},
    {"تشرين الاول", 10}, {"تشرين الثاني", 11}, {"كانون الأول", 12}, {"كانون الاول", 12},
};
// clang-format on

struct Token {
  enum Kind { kWord, kNumber, kPunct } kind;
  std::string text;
  int value = 0;     // numbers and months
  size_t begin = 0;  // bytes of the input the token takes
  size_t end = 0;
};

// Lower-cases ASCII and the Cyrillic capitals А-Я (month names may start a sentence).
std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == 0xD0 && i + 1 < s.size()) {
      unsigned char d = s[i + 1];
      if (d >= 0x90 && d <= 0x9F) {  // А-П → а-п
        out += static_cast<char>(0xD0);
        out += static_cast<char>(d + 0x20);
        ++i;
        continue;
      }
      if (d >= 0xA0 && d <= 0xAF) {  // Р-Я → р-я
        out += static_cast<char>(0xD1);
        out += static_cast<char>(d - 0x20);
        ++i;
        continue;
      }
    }
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

int MonthOf(const std::string& w) {
  for (const auto& m : kMonths) {
    if (w == m.name) return m.month;
  }
  return 0;
}

// The ASCII digit a non-ASCII decimal digit at s[i] stands for (Arabic-Indic, full-width, any
// that ICU knows), with its length in bytes; 0 when s[i] starts none.
size_t DigitAt(std::string_view s, size_t i, char* digit) {
  if (static_cast<unsigned char>(s[i]) < 0x80) return 0;
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), j, static_cast<int32_t>(s.size()), c);
  const int32_t value = c < 0 ? -1 : u_charDigitValue(c);
  if (value < 0 || value > 9) return 0;
  *digit = static_cast<char>('0' + value);
  return static_cast<size_t>(j) - i;
}

// The length of a non-ASCII comma or colon at s[i] (Arabic comma, ideographic and full-width
// punctuation), which separates like its ASCII form; 0 when there is none. Sets *ascii to it.
size_t PunctAt(std::string_view s, size_t i, char* ascii) {
  if (static_cast<unsigned char>(s[i]) < 0x80) return 0;
  for (auto [bytes, c] : {std::pair{"\u060C", ','}, std::pair{"\uFF0C", ','},
                          std::pair{"\u3001", ','}, std::pair{"\uFF1A", ':'}}) {
    if (s.substr(i, std::string_view(bytes).size()) == bytes) {
      *ascii = c;
      return std::string_view(bytes).size();
    }
  }
  return 0;
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  char c0 = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (std::isdigit(c) || DigitAt(s, i, &c0) > 0) {
      size_t j = i;
      std::string digits;
      while (j < s.size()) {
        if (std::isdigit(static_cast<unsigned char>(s[j]))) {
          digits += s[j++];
        } else if (size_t n = DigitAt(s, j, &c0); n > 0) {
          digits += c0;
          j += n;
        } else {
          break;
        }
      }
      Token t{Token::kNumber, digits};
      t.value = t.text.size() <= 5 ? std::stoi(t.text) : -1;
      t.begin = i, t.end = j;
      out.push_back(std::move(t));
      i = j;
    } else if (size_t n = PunctAt(s, i, &c0); n > 0) {
      out.push_back({Token::kPunct, std::string(1, c0), 0, i, i + n});
      i += n;
    } else if (std::isalpha(c) || c >= 0x80) {
      size_t j = i;
      while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) ||
                              static_cast<unsigned char>(s[j]) >= 0x80) &&
             DigitAt(s, j, &c0) == 0 && PunctAt(s, j, &c0) == 0) {
        ++j;
      }
      Token t{Token::kWord, Lower(s.substr(i, j - i))};
      t.value = MonthOf(t.text);
      t.begin = i, t.end = j;
      // The Levantine two-word month names: "تشرين الأول", "كانون الثاني".
      if (!out.empty() && out.back().kind == Token::kWord &&
          (out.back().text == "تشرين" || out.back().text == "كانون")) {
        if (int m = MonthOf(out.back().text + " " + t.text); m > 0) {
          out.back().text += " " + t.text;
          out.back().value = m;
          out.back().end = j;
          i = j;
          continue;
        }
      }
      out.push_back(std::move(t));
      i = j;
    } else if (std::isspace(c)) {
      ++i;
    } else {
      out.push_back({Token::kPunct, std::string(1, static_cast<char>(c)), 0, i, i + 1});
      ++i;
    }
  }
  return out;
}

bool IsDay(const Token& t) { return t.kind == Token::kNumber && t.value >= 1 && t.value <= 31; }
bool IsYear(const Token& t) {
  return t.kind == Token::kNumber && t.text.size() == 4 && t.value >= 1900 && t.value <= 2100;
}
bool IsMonth(const Token& t) { return t.kind == Token::kWord && t.value > 0; }
bool IsPunct(const Token& t, char c) { return t.kind == Token::kPunct && t.text[0] == c; }
// A CJK date sign ("年", "月", "日"), alone or running on into the next characters.
bool IsCjk(const Token& t, std::string_view sign) {
  return t.kind == Token::kWord && t.text.starts_with(sign);
}
bool IsFiller(const Token& t) {
  return (t.kind == Token::kPunct && (t.text == "." || t.text == ",")) ||
         (t.kind == Token::kWord && (t.text == "de" || t.text == "del" || t.text == "г"));
}

// Skips separators (".", ",", "de") starting at i.
size_t Skip(const std::vector<Token>& t, size_t i) {
  while (i < t.size() && IsFiller(t[i])) ++i;
  return i;
}

// Skips a month's second name after a slash ("23 يوليو/تموز 2021" gives both Arabic names).
size_t SkipAlternative(const std::vector<Token>& t, size_t k) {
  if (k + 1 < t.size() && IsPunct(t[k], '/') && IsMonth(t[k + 1])) return Skip(t, k + 2);
  return k;
}

// Reads an optional "HH:MM" (":SS" and "am"/"pm"/"a.m."/"p.m." after it allowed) at i and adds
// it to `seconds`.
void AddTime(const std::vector<Token>& t, size_t i, int64_t& seconds) {
  i = Skip(t, i);
  if (i < t.size() && t[i].kind == Token::kWord &&
      (t[i].text == "um" || t[i].text == "at" || t[i].text == "à" || t[i].text == "a" ||
       t[i].text == "ob"))
    ++i;
  if (!(i + 2 < t.size() && t[i].kind == Token::kNumber && IsPunct(t[i + 1], ':') &&
        t[i + 2].kind == Token::kNumber && t[i].value < 24 && t[i + 2].value < 60)) {
    return;
  }
  int64_t hour = t[i].value, minute = t[i + 2].value;
  size_t k = i + 3;
  if (k + 1 < t.size() && IsPunct(t[k], ':') && t[k + 1].kind == Token::kNumber) k += 2;
  // A 12-hour clock: "1:21 PM", "11:05 a.m." (the word right after the time).
  if (k < t.size() && t[k].kind == Token::kWord && hour >= 1 && hour <= 12) {
    const std::string& w = t[k].text;
    bool dotted = k + 2 < t.size() && IsPunct(t[k + 1], '.') && t[k + 2].text == "m";
    bool pm = w == "pm" || (w == "p" && dotted) || w == "م" || w == "مساء" || w == "مساءً";
    bool am = w == "am" || (w == "a" && dotted) || w == "ص" || w == "صباحا" || w == "صباحاً";
    if (pm && hour < 12) hour += 12;
    if (am && hour == 12) hour = 0;
  }
  seconds += hour * 3600 + minute * 60;
}

bool ValidDate(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

}  // namespace

std::optional<int64_t> FindDate(std::string_view s) {
  auto date = MatchDate(s);
  return date ? std::optional<int64_t>(date->seconds) : std::nullopt;
}

std::optional<DateMatch> MatchDate(std::string_view s) {
  std::vector<Token> t = Tokenize(s);
  for (size_t i = 0; i < t.size(); ++i) {
    int y = 0, m = 0, d = 0;
    size_t end = 0;
    if (IsDay(t[i])) {
      size_t j = Skip(t, i + 1);
      if (j < t.size() &&
          IsMonth(t[j])) {  // 4. Dezember 2024, 23 Nov, 2017, 4 de diciembre de 2024
        size_t k = SkipAlternative(t, Skip(t, j + 1));
        if (k < t.size() && IsYear(t[k])) {
          d = t[i].value, m = t[j].value, y = t[k].value, end = k + 1;
        }
      } else if (i + 4 < t.size() && (IsPunct(t[i + 1], '.') || IsPunct(t[i + 1], '/')) &&
                 t[i + 2].kind == Token::kNumber && IsPunct(t[i + 3], t[i + 1].text[0]) &&
                 IsYear(t[i + 4])) {  // 23.11.2017, 23/11/2017 (European order)
        d = t[i].value, m = t[i + 2].value, y = t[i + 4].value, end = i + 5;
      }
    } else if (IsMonth(t[i])) {  // November 23, 2017
      size_t j = Skip(t, i + 1);
      if (j < t.size() && IsDay(t[j])) {
        size_t k = Skip(t, j + 1);
        if (k < t.size() && IsYear(t[k]))
          d = t[j].value, m = t[i].value, y = t[k].value, end = k + 1;
      }
    } else if (IsYear(t[i]) && i + 4 < t.size() &&
               (IsPunct(t[i + 1], '-') || IsPunct(t[i + 1], '/') || IsPunct(t[i + 1], '.')) &&
               t[i + 2].kind == Token::kNumber && IsPunct(t[i + 3], t[i + 1].text[0]) &&
               t[i + 4].kind == Token::kNumber) {  // 2017-11-23, 2017/11/23, 2017.11.23
      y = t[i].value, m = t[i + 2].value, d = t[i + 4].value, end = i + 5;
    } else if (IsYear(t[i]) && i + 5 < t.size() && IsCjk(t[i + 1], "年") &&
               t[i + 2].kind == Token::kNumber && IsCjk(t[i + 3], "月") &&
               t[i + 4].kind == Token::kNumber &&
               (IsCjk(t[i + 5], "日") || IsCjk(t[i + 5], "号"))) {  // 2017年11月23日
      y = t[i].value, m = t[i + 2].value, d = t[i + 4].value, end = i + 6;
      // The day sign may run on into the next words ("23日，", "23日电"): the date ends with it.
      t[i + 5].end = t[i + 5].begin + 3;
    }
    if (end && ValidDate(y, m, d)) {
      DateMatch match{DaysFromCivil(y, m, d) * 86400, t[i].begin, t[end - 1].end};
      AddTime(t, end, match.seconds);
      return match;
    }
  }
  return std::nullopt;
}

}  // namespace storytrace
