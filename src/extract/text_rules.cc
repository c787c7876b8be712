// Line rules: phrase tables and a few anchored regular expressions, applied to short lines only.
#include "extract/text_rules.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <regex>

#include "extract/boilerplate_phrases.h"
#include "extract/date_parser.h"
#include "text/tokenizer.h"

namespace storytrace {
namespace {

constexpr size_t kMaxResidueLine = 1500;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string StripTrailingPunct(std::string s) {
  while (!s.empty()) {
    char c = s.back();
    if (c == '.' || c == ':' || c == '!' || c == ' ' || c == '>' || c == '|') {
      s.pop_back();
    } else if (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE2\x80\xA6") == 0) {  // …
      s.resize(s.size() - 3);
    } else {
      break;
    }
  }
  return s;
}

bool IsWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
         c == '+';
}

// A URL ("http://", "https://", "www.") or an e-mail address (word@word.word), scanned by hand:
// this runs on every paragraph, where std::regex is too slow.
bool HasUrlOrEmail(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') &&
        (s.substr(i, 7) == "http://" || s.substr(i, 8) == "https://" || s.substr(i, 4) == "www.")) {
      return true;
    }
    if (c == '@' && i > 0 && IsWordByte(s[i - 1])) {
      size_t j = i + 1;
      while (j < s.size() && IsWordByte(s[j])) ++j;
      std::string_view domain = s.substr(i + 1, j - i - 1);
      size_t dot = domain.find('.');
      if (dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size()) return true;
    }
  }
  return false;
}

bool IsCaptionOrCredit(std::string_view line, const std::string& lower) {
  if (line.find("\xC2\xA9") != std::string_view::npos) return true;  // ©
  // Captions that start with an image file name: "11_14_Syria_AbuKamal Eine Rakete …".
  std::string_view first = line.substr(0, line.find(' '));
  if (first.find('_') != std::string_view::npos &&
      std::any_of(first.begin(), first.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return true;
  }
  // A credit in brackets closing the line: "… in size (Image: GETTY )", "(Foto: dpa)".
  if (line.size() < 400 && !line.empty() && line.back() == ')') {
    size_t open = line.rfind('(');
    if (open != std::string_view::npos && line.size() - open < 80) {
      std::string_view inside = std::string_view(lower).substr(open + 1);
      for (std::string_view label : {"image", "photo", "picture", "foto", "bild", "credit",
                                     "source", "quelle", "photographie", "imagen"}) {
        if (inside.substr(0, label.size()) == label && inside.find(':') != std::string_view::npos &&
            inside.find(':') < label.size() + 9) {
          return true;
        }
      }
    }
  }
  if (line.find('/') == std::string_view::npos && line.find('|') == std::string_view::npos) {
    return false;
  }
  static const std::regex kCredit(
      R"((/|\|)\s*(afp|getty( images)?|reuters|ap( photo)?|dpa|epa|shutterstock|imago|picture alliance|sputnik|tass|anadolu|xinhua|istock)\s*\)?\s*$)",
      std::regex::icase | std::regex::optimize);
  return line.size() < 400 && std::regex_search(lower.begin(), lower.end(), kCredit);
}

// True when `lower` starts with `word` as a whole word (or phrase).
bool StartsWithWord(const std::string& lower, std::string_view word) {
  if (lower.compare(0, word.size(), word) != 0) return false;
  if (lower.size() == word.size()) return true;
  unsigned char next = static_cast<unsigned char>(lower[word.size()]);
  return next < 0x80 && !std::isalnum(next);
}

// "Unterstützen Sie unabhängigen Journalismus – jetzt spenden!", "Donate now!": a short line
// asking the reader for money, without an address (those are caught with kDonationWords).
bool IsDonationAppeal(std::string_view line, const std::string& lower) {
  if (CountWords(line) > 14) return false;
  auto names_any = [&](const auto& words) {
    return std::any_of(std::begin(words), std::end(words),
                       [&](std::string_view w) { return lower.find(w) != std::string::npos; });
  };
  const bool donation = names_any(kAppealDonationWords);
  if (donation && line.back() == '!') return true;
  if (!donation && !names_any(kAppealCauseWords)) return false;
  return std::any_of(std::begin(kAppealStarts), std::end(kAppealStarts),
                     [&](std::string_view p) { return StartsWithWord(lower, p); });
}

// "Teilen auf Facebook Twitter WhatsApp", "Share on Facebook | Share on X": a share bar as a
// line. Every word is a network or a share word, with two networks, or one and a share verb.
bool IsShareLine(const std::string& lower) {
  int networks = 0, verbs = 0, words = 0;
  auto is_one_of = [](std::string_view w, const auto& list) {
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
  };
  for (size_t i = 0; i < lower.size();) {
    size_t end = lower.find_first_of(" \t|,;/:()", i);
    if (end == std::string::npos) end = lower.size();
    std::string_view w(lower.data() + i, end - i);
    i = end + 1;
    if (w.empty()) continue;
    ++words;
    if (is_one_of(w, kShareNetworks)) {
      ++networks;
    } else if (is_one_of(w, kShareVerbs)) {
      ++verbs;
    } else if (!is_one_of(w, kShareWords)) {
      return false;
    }
  }
  return words <= 16 && (networks >= 2 || (networks == 1 && verbs >= 1));
}

}  // namespace

std::string Trim(std::string_view s) {
  auto is_space_at = [&](size_t i, size_t& len) {
    unsigned char c = s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
      len = 1;
      return true;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      len = 2;
      return true;
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) <= 0x8B ||
         static_cast<unsigned char>(s[i + 2]) == 0xAF)) {
      len = 3;
      return true;
    }
    return false;
  };
  size_t b = 0, len = 0;
  while (b < s.size() && is_space_at(b, len)) b += len;
  size_t e = s.size();
  while (e > b) {
    // Step back over one UTF-8 character and test it.
    size_t start = e - 1;
    while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    if (is_space_at(start, len) && start + len == e) {
      e = start;
    } else {
      break;
    }
  }
  return std::string(s.substr(b, e - b));
}

int CountWords(std::string_view s) {
  int n = 0;
  size_t begin = 0;
  bool in = false;
  auto count = [&](size_t end) {
    std::string_view w = s.substr(begin, end - begin);
    // Chinese, Japanese, Thai…: one run of characters holds many words.
    n += HasUnspacedScript(w) ? std::max<int>(1, static_cast<int>(Tokenize(w).size())) : 1;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in) begin = i;
    if (space && in) count(i);
    in = !space;
  }
  if (in) count(s.size());
  return n;
}

bool EndsWithClosingQuote(std::string_view s) {
  for (std::string_view q :
       {"\"", "\xE2\x80\x9D", "\xE2\x80\x9C", "\xC2\xBB", "\xC2\xAB", "'", "\xE2\x80\x99"}) {
    if (s.size() >= q.size() && s.substr(s.size() - q.size()) == q) return true;
  }
  return false;
}

bool EndsSentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ')')) s.remove_suffix(1);
  for (int i = 0; i < 2 && EndsWithClosingQuote(s); ++i) {
    s.remove_suffix(
        (static_cast<unsigned char>(s.back()) < 0x80)
            ? 1
            : (s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) == 0xE2 ? 3 : 2));
  }
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  if (s.size() < 3) return false;
  // … and the full-width marks of Chinese and Japanese: 。！？ and ：；
  std::string_view tail = s.substr(s.size() - 3);
  for (std::string_view mark : kFullWidthSentenceEnds) {
    if (tail == mark) return true;
  }
  for (std::string_view mark : {"\xE2\x80\xA6", "\xEF\xBC\x9A", "\xEF\xBC\x9B"}) {
    if (tail == mark) return true;
  }
  return false;
}

bool IsBoilerplateLine(std::string_view line) {
  // Residue lines are short; long lines are paragraphs. The bound also keeps std::regex (whose
  // matcher recurses per character) away from huge single-line inputs.
  if (line.empty() || line.size() > kMaxResidueLine) return false;
  std::string lower = Lower(line);
  if (line.size() <= 80) {
    std::string key = StripTrailingPunct(lower);
    for (auto p : kUiPhrases) {
      if (key == p) return true;
    }
    for (auto p : kSiteLinks) {
      if (key == p) return true;
    }
    // Lone numbers or counters: "0", "12 | 3".
    if (std::all_of(line.begin(), line.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) || std::strchr(" .,:/|-", c);
        })) {
      return true;
    }
  }
  for (auto p : kUiPrefixes) {
    if (lower.compare(0, p.size(), p) == 0) return true;
  }
  // CSS rules.
  if (line.find('{') != std::string_view::npos && line.find('}') != std::string_view::npos) {
    static const std::regex kCss(R"(^[\s]*[.#@:a-z*\[][^{}]{0,400}\{[^{}]*:[^{}]*\})",
                                 std::regex::icase | std::regex::optimize);
    if (std::regex_search(line.begin(), line.end(), kCss)) return true;
  }
  if (IsCaptionOrCredit(line, lower)) return true;
  if (line.size() <= 200 && (IsDonationAppeal(line, lower) || IsShareLine(lower))) return true;
  // Promotions: "Click here for more information.", "Sign up for our newsletter". (Contributor
  // notes such as "Keith Bradsher contributed reporting." are credits: IsBylineOrDateLine.)
  if (line.size() <= 400) {
    for (auto p : kPromoPhrases) {
      if (lower.find(p) != std::string::npos) return true;
    }
    if (lower.find("newsletter") != std::string::npos) {
      for (auto w : kSignUpWords) {
        if (lower.find(w) != std::string::npos) return true;
      }
    }
  }
  // Shortcodes left by a CMS: "[button link=…]Send us your review[/button]".
  if (line.front() == '[' && line.find("[/") != std::string_view::npos) return true;
  if (HasUrlOrEmail(line)) {
    for (auto w : kDonationWords) {
      if (lower.find(w) != std::string::npos) return true;
    }
    static const std::regex kUrls(R"((https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+)",
                                  std::regex::icase | std::regex::optimize);
    std::string rest = std::regex_replace(std::string(line), kUrls, " ");
    if (CountWords(rest) < 3) return true;
    // A short contact line: "Write to Al Root at allen.root@example.com".
    if (line.find('@') != std::string_view::npos && CountWords(line) <= 12) {
      return true;
    }
  }
  return false;
}

namespace {

// "dpa", "(AFP)", "jd/dpa", "dpa/lnw": nothing but short codes, one a news agency.
bool IsAgencyCodeLine(const std::string& lower) {
  if (lower.size() > 40) return false;
  bool agency = false;
  std::string code;
  for (size_t i = 0; i <= lower.size(); ++i) {
    char c = i < lower.size() ? lower[i] : ' ';
    if (std::isalnum(static_cast<unsigned char>(c))) {
      code += c;
      continue;
    }
    if (!std::strchr(" /,()-;", c)) return false;
    if (code.size() > 8) return false;
    for (auto a : kAgencyCodes) agency = agency || code == a;
    code.clear();
  }
  return agency;
}

// "Max Mustermann und Erika Musterfrau", "Jane Doe, John Roe": capitalised words joined by
// commas and "and" in a few languages.
bool AreNames(std::string_view s) {
  int names = 0;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != ',') ++j;
    if (j == i) break;
    std::string_view word = s.substr(i, j - i);
    unsigned char first = word[0];
    if (std::isupper(first) || first >= 0x80) {
      ++names;
    } else if (word != "und" && word != "and" && word != "et" && word != "y" && word != "e" &&
               word != "&" && word != "en" && word != "och") {
      return false;
    }
    i = j;
  }
  return names > 0;
}

}  // namespace

namespace {

// "4 min read", "3 Min. Lesezeit": a number and a reading time.
bool IsReadingTime(const std::string& lower) {
  bool digit = std::any_of(lower.begin(), lower.end(),
                           [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  return digit && CountWords(lower) <= 5 &&
         std::any_of(std::begin(kReadingTimes), std::end(kReadingTimes),
                     [&](std::string_view r) { return lower.find(r) != std::string::npos; });
}

// "By Jane Doe | Published 3 hours ago | 4 min read": parts separated by bars or dots, each a
// byline, a stamp, a date or a reading time.
bool IsMetaStrip(std::string_view line, const std::string& lower) {
  if (IsReadingTime(lower)) return true;
  std::vector<std::string_view> parts;
  for (size_t i = 0; i <= line.size();) {
    size_t end = line.size();
    size_t sep_len = 0;
    for (std::string_view sep : {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 "}) {
      size_t f = line.find(sep, i);
      if (f != std::string_view::npos && f < end) end = f, sep_len = sep.size();
    }
    parts.push_back(line.substr(i, end - i));
    if (sep_len == 0) break;
    i = end + sep_len;
  }
  if (parts.size() < 2) return false;
  return std::all_of(parts.begin(), parts.end(), [](std::string_view part) {
    std::string t = Trim(part);
    return !t.empty() && (IsBylineOrDateLine(t) || IsReadingTime(Lower(t)));
  });
}

}  // namespace

bool IsBylineOrDateLine(std::string_view line) {
  if (line.empty() || line.size() > 300) return false;
  // "— Jane Doe (@jane) November 18, 2019" closes a quoted post: part of the quotation.
  for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", "-"}) {
    if (line.substr(0, dash.size()) == dash) return false;
  }
  std::string lower = Lower(line);
  auto starts = [&](std::string_view p) { return lower.compare(0, p.size(), p) == 0; };
  for (auto p : kCreditPrefixes) {
    if (starts(p)) return true;
  }
  for (auto p : kCreditPhrases) {
    if (lower.find(p) != std::string::npos) return true;
  }
  int words = CountWords(line);
  if (words > 20) return false;
  if (IsAgencyCodeLine(lower)) return true;
  if (IsMetaStrip(line, lower)) return true;
  if (words <= 8) {
    for (auto p : kSourcePrefixes) {
      if (starts(p)) return true;
    }
  }
  bool sentence = EndsSentence(line);
  // "By Jane Doe", "Von Max Mustermann und Erika Musterfrau": names only, so "Von Berlin
  // nach Moskau" is a heading.
  for (auto p : kBylineStarts) {
    if (starts(p) && words <= 7 && !sentence && AreNames(line.substr(p.size()))) return true;
  }
  // "Updated at 1:23 p.m.", "Stand: 14.03.2025 08:30 Uhr": a stamp with a number.
  bool digit = std::any_of(line.begin(), line.end(),
                           [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (digit && words <= 12) {
    for (auto p : kStampStarts) {
      if (starts(p)) return true;
    }
  }
  if (!digit || sentence) return false;
  auto date = MatchDate(line);
  if (!date) return false;
  // "3. Oktober 2024: Großdemo in Berlin" is an entry of a timeline, not a date line.
  std::string after = Trim(line.substr(date->end));
  if (!after.empty() && after[0] == ':' && CountWords(after) >= 2) return false;
  // Mostly a date: "segunda-feira, 22 de janeiro de 2018 às 0:13".
  if (line.size() <= 60 && words <= 10) return true;
  // A date with an author or a separator: "September 10, 2018 | by Catherine".
  if (line.find(" | ") != std::string_view::npos) return true;
  std::string word;
  for (size_t i = 0; i <= lower.size(); ++i) {
    unsigned char c = i < lower.size() ? lower[i] : ' ';
    if (std::isalpha(c) || c >= 0x80) {
      word += static_cast<char>(c);
      continue;
    }
    for (auto w : kBylineWords) {
      if (word == w) return true;
    }
    word.clear();
  }
  return false;
}

std::optional<std::string> SourceMarker(std::string_view line) {
  if (line.size() > 80) return std::nullopt;
  static const std::regex kMarker(
      R"(^(quelle|quellen|source|sources|fuente|источник)\s*:\s*(.{1,60})$)",
      std::regex::icase | std::regex::optimize);
  std::match_results<std::string_view::const_iterator> m;
  if (std::regex_match(line.begin(), line.end(), m, kMarker)) return Trim(m[2].str());
  static const std::regex kSite(
      R"(^(www\.)?[a-z0-9-]{2,40}\.(com|org|net|de|ru|fr|es|it|at|ch|info|news|tv|co\.uk|uk|eu)$)",
      std::regex::icase | std::regex::optimize);
  if (std::regex_match(line.begin(), line.end(), kSite)) return std::string(line);
  return std::nullopt;
}

bool IsDateLine(std::string_view line) {
  if (line.size() > 60 || CountWords(line) > 7) return false;
  if (!line.empty() && line.back() == '.') return false;
  return FindDate(line).has_value();
}

std::optional<Dateline> ParseDateline(std::string_view full_line) {
  if (full_line.size() < 5) return std::nullopt;
  // A dateline sits in the first ~100 bytes; never run the regex over a whole long paragraph.
  std::string_view line = full_line.substr(0, 160);
  // Cheap gate: an agency in brackets or a four-digit year must appear.
  bool has_paren = line.find('(') != std::string_view::npos;
  bool has_year = false;
  for (size_t i = 0, run = 0; i < line.size() && !has_year; ++i) {
    run = std::isdigit(static_cast<unsigned char>(line[i])) ? run + 1 : 0;
    has_year = run == 4;
  }
  if (!has_paren && !has_year) return std::nullopt;
  static const std::regex kDateline(
      R"(^([^()\s][^()]{0,70}?)\s*\((afp|reuters|dpa|ap|apa|kna|epd|sid|xinhua|tass|ria novosti|efe|ansa|interfax|bloomberg|upi|itar-tass)\)\s*(-|–|—|:)?\s*)",
      std::regex::icase | std::regex::optimize);
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_search(line.begin(), line.end(), m, kDateline)) {
    // "Kourou, French Guiana, March 10, 2025 - …", "València, 3 de marzo de 2025. …": a place
    // and a full date before a dash or period, without an agency.
    static const std::regex kPlaceDate(R"(^([^()\s][^()]{2,80}?\d{4})\s*(-|–|—|\.)\s+)",
                                       std::regex::optimize);
    if (!std::regex_search(line.begin(), line.end(), m, kPlaceDate)) return std::nullopt;
    std::string prefix = m[1].str();
    unsigned char c = prefix[0];
    auto date = FindDate(prefix);
    if (!date || CountWords(prefix) > 10 || !(std::isupper(c) || c >= 0x80)) return std::nullopt;
    Dateline d;
    d.dateline = prefix;
    d.date = date;
    d.length = static_cast<size_t>(m.length(0));
    d.whole_line = d.length >= full_line.size();
    return d;
  }
  std::string place = m[1].str();
  if (CountWords(place) > 8) return std::nullopt;
  unsigned char c0 = place[0];
  if (!(std::isupper(c0) || c0 >= 0x80)) return std::nullopt;
  Dateline d;
  d.agency = m[2].str();
  if (d.agency.size() <= 4) {
    std::transform(d.agency.begin(), d.agency.end(), d.agency.begin(), ::toupper);
  } else {
    d.agency[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(d.agency[0])));
  }
  if (Lower(d.agency) == "reuters") d.agency = "Reuters";
  d.dateline = place + " (" + d.agency + ")";
  d.date = FindDate(place);
  d.length = static_cast<size_t>(m.length(0));
  d.whole_line = d.length >= full_line.size();
  return d;
}

bool LooksLikeHeadline(std::string_view line) {
  int words = CountWords(line);
  if (words < 3 || words > 30 || line.size() > 200) return false;
  char last = line.back();
  if (last == '.' || last == ':' || last == ',' || last == ';') return false;
  if (std::islower(static_cast<unsigned char>(line[0]))) return false;
  return !IsBoilerplateLine(line);
}

}  // namespace storytrace
