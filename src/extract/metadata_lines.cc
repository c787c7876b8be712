// Metadata lines: credits, bylines, stamps, sources, date lines, datelines.
#include "extract/metadata_lines.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <regex>
#include <utility>
#include <vector>

#include "extract/boilerplate_phrases.h"
#include "extract/date_parser.h"
#include "extract/text_rules.h"
#include "text/state_abbreviations.h"

namespace storytrace {
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
    return !t.empty() && IsBylineOrDateLine(t);  // a part alone is no strip: no recursion
  });
}

}  // namespace

bool IsBylineOrDateLine(std::string_view line) {
  if (line.empty() || line.size() > 300) return false;
  // "— Jane Doe (@jane) November 18, 2019" closes a quoted post: part of the quotation.
  for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", "-"}) {
    if (line.substr(0, dash.size()) == dash) return false;
  }
  std::string lower = LowerCase(line);
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
  // "3. Oktober 2024: Großdemo in Berlin" is an entry of a timeline, "2018.04.05 ~ OPEN RUN" a
  // run of dates on a programme: not date lines.
  std::string after = Trim(line.substr(date->end));
  if (!after.empty() && (after[0] == ':' || after[0] == '~') && CountWords(after) >= 2) {
    return false;
  }
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

namespace {

// "新华社东京7月23日电（记者 张三）": a Chinese agency, the place, month and day, then 电 or 讯
// (a dispatch), and the reporters in brackets. The date has no year: none is guessed. (The
// regular expression reads bytes: the place is two to eight characters of three bytes.)
std::optional<Dateline> ChineseDateline(std::string_view line, size_t full_size) {
  if (line.size() < 15 || static_cast<unsigned char>(line[0]) < 0xE0) return std::nullopt;
  static const std::regex kChinese(
      R"(^(新华社|新华网|中新社|中新网|人民网|央视新闻)([^\s\d(,]{6,24}?)\d{1,2}月\d{1,2}日(电|讯)\s*((（|\().{1,60}?(）|\)))?\s*)",
      std::regex::optimize);
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_search(line.begin(), line.end(), m, kChinese)) return std::nullopt;
  Dateline d;
  const std::string agency = m[1].str();
  d.agency = agency == "新华社" || agency == "新华网" ? "Xinhua" : agency;
  d.dateline = m[2].str() + " (" + d.agency + ")";
  d.length = static_cast<size_t>(m.length(0));
  d.whole_line = d.length >= full_size;
  return d;
}

// "MADRID — …", "BUFFALO, N.Y. — …", "SAN JUAN, Puerto Rico -- …", "Dekalb, Ill. — …": a
// newspaper's own dateline, with no agency and no date: the place in capitals (three letters or
// more, not a heading's word such as BREAKING), or capitalised before a state's abbreviation,
// then a dash set off by spaces (an em or en dash, or two hyphens).
std::optional<Dateline> PaperDateline(std::string_view line, size_t full_size) {
  static const std::regex kPaper(
      R"(^([A-Z][A-Za-z.'\- ]{1,40}?)(, ([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?))? (—|–|--) )",
      std::regex::optimize);
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_search(line.begin(), line.end(), m, kPaper)) return std::nullopt;
  const std::string place = m[1].str(), qualifier = m[3].str();
  const bool capitals = std::none_of(place.begin(), place.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  static const std::vector<std::string_view> kHeadings = {
      "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "OPINION", "ANALYSIS", "EDITORIAL",
      "LIVE", "VIDEO", "PHOTOS", "CORRECTION", "COMMENTARY", "REVIEW", "NEWS", "ALERT", "FILE",
      "SPONSORED", "ADVERTISEMENT", "NOTE", "EDITOR'S NOTE", "UPDATE 1", "FACT CHECK"};
  size_t letters = std::count_if(place.begin(), place.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (capitals) {
    if (letters < 3 || std::find(kHeadings.begin(), kHeadings.end(), place) != kHeadings.end()) {
      return std::nullopt;
    }
  } else if (StateOfAbbreviation(qualifier).name.empty() || CountWords(place) > 3) {
    return std::nullopt;  // "Dekalb, Ill." only: a capitalised phrase before a dash is often text
  }
  Dateline d;
  d.dateline = qualifier.empty() ? place : place + ", " + qualifier;
  d.length = static_cast<size_t>(m.length(0));
  d.whole_line = d.length >= full_size;
  return d;
}

}  // namespace

std::optional<Dateline> ParseDateline(std::string_view full_line) {
  if (full_line.size() < 5) return std::nullopt;
  // A dateline sits in the first ~100 bytes; never run the regex over a whole long paragraph.
  std::string_view line = full_line.substr(0, 160);
  if (auto d = ChineseDateline(line, full_line.size())) return d;
  // Cheap gate: an agency in brackets or a four-digit year must appear.
  bool has_paren = line.find('(') != std::string_view::npos;
  bool has_year = false;
  for (size_t i = 0, run = 0; i < line.size() && !has_year; ++i) {
    run = std::isdigit(static_cast<unsigned char>(line[i])) ? run + 1 : 0;
    has_year = run == 4;
  }
  if (!has_paren && !has_year) return PaperDateline(line, full_line.size());
  static const std::regex kDateline(
      R"(^([^()\s][^()]{0,70}?(?:\([^()]{1,40}\),[^()]{0,60}?)?)\s*\((afp|reuters|dpa|ap|apa|kna|epd|sid|xinhua|tass|ria novosti|efe|ansa|interfax|bloomberg|upi|itar-tass|رويترز|أ ف ب|أ\.ف\.ب|أ ش أ|د ب أ|الأناضول|شينخوا)\)\s*\.?\s*(-|–|—|:)?\s*)",
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
  if (LowerCase(d.agency) == "reuters") d.agency = "Reuters";
  // Arabic agency names: the ones the Latin datelines write as codes.
  for (auto [arabic, latin] : {std::pair{"رويترز", "Reuters"}, std::pair{"أ ف ب", "AFP"},
                               std::pair{"أ.ف.ب", "AFP"}, std::pair{"د ب أ", "DPA"},
                               std::pair{"أ ش أ", "MENA"}, std::pair{"شينخوا", "Xinhua"}}) {
    if (d.agency == arabic) d.agency = latin;
  }
  d.dateline = place + " (" + d.agency + ")";
  d.date = FindDate(place);
  d.length = static_cast<size_t>(m.length(0));
  d.whole_line = d.length >= full_line.size();
  return d;
}

std::optional<std::string> LeadPlace(std::string_view line) {
  auto capital_at = [&](size_t i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    return (c >= 'A' && c <= 'Z') ||
           (c == 0xC3 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(line[i + 1]) <= 0x9E);
  };
  auto letter = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c >= 0x80;
  };
  size_t i = 0;
  for (int word = 0; word < 2; ++word) {
    if (i >= line.size() || !capital_at(i)) return std::nullopt;
    const size_t begin = i;
    while (i < line.size() && letter(static_cast<unsigned char>(line[i]))) ++i;
    if (i - begin < 3 || i - begin > 30) return std::nullopt;
    if (i < line.size() && line[i] == '/' && word == 0) {
      ++i;
      continue;
    }
    break;
  }
  if (line.substr(i, 2) != ". " || i + 2 >= line.size()) return std::nullopt;
  const unsigned char next = static_cast<unsigned char>(line[i + 2]);
  if (!(capital_at(i + 2) || next == '"' || next == 0xE2)) return std::nullopt;  // „ “ are E2 80 …
  std::string place(line.substr(0, i));
  // A heading's word in capitals ("VIDEO. …", "DIRECT. …") is a label, not a town.
  if (std::none_of(place.begin() + 1, place.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return std::nullopt;
  }
  static const std::vector<std::string_view> kSentenceWords = {
      "Nein", "Doch", "Endlich", "Achtung", "Danke", "Update", "Anzeige", "Foto", "Fotos",
      "Video", "Bild", "Quelle", "Mehr", "Hinweis", "Also", "Well", "Yes", "Now", "Thanks",
      "Note", "Okay", "Sorry", "Wow", "Stop", "Warum", "Genau", "Klar", "Gut", "Schluss", "Aus"};
  if (std::find(kSentenceWords.begin(), kSentenceWords.end(), place) != kSentenceWords.end()) {
    return std::nullopt;
  }
  return place;
}

}  // namespace storytrace
