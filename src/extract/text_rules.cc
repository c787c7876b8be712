// Line rules: phrase tables and a few anchored regular expressions, applied to short lines only.
#include "extract/text_rules.h"

#include <unicode/ucasemap.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <regex>

#include "extract/boilerplate_phrases.h"
#include "text/tokenizer.h"

namespace storytrace {
namespace {

constexpr size_t kMaxResidueLine = 1500;

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

std::string LowerCase(std::string_view s) {
  std::string out(s);
  bool ascii = true;
  for (char& c : out) {
    auto u = static_cast<unsigned char>(c);
    ascii = ascii && u < 0x80;
    c = static_cast<char>(std::tolower(u));
  }
  if (ascii) return out;
  // Other scripts through ICU; one case map per thread (opening one per call costs more than
  // the mapping).
  thread_local UErrorCode open_status = U_ZERO_ERROR;
  thread_local std::unique_ptr<UCaseMap, decltype(&ucasemap_close)> map(
      ucasemap_open("", 0, &open_status), &ucasemap_close);
  if (!map) return out;
  std::string mapped(s.size() + 16, '\0');
  for (int attempt = 0; attempt < 2; ++attempt) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = ucasemap_utf8ToLower(map.get(), mapped.data(), static_cast<int32_t>(mapped.size()),
                                     s.data(), static_cast<int32_t>(s.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      mapped.resize(static_cast<size_t>(n));
      continue;
    }
    if (U_FAILURE(status)) return out;  // not expected on decoded text: ASCII letters lowered
    mapped.resize(static_cast<size_t>(n));
    return mapped;
  }
  return out;
}

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
  std::string lower = LowerCase(line);
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

bool LooksLikeHeadline(std::string_view line) {
  int words = CountWords(line);
  if (words < 3 || words > 30 || line.size() > 200) return false;
  char last = line.back();
  if (last == '.' || last == ':' || last == ',' || last == ';') return false;
  if (std::islower(static_cast<unsigned char>(line[0]))) return false;
  return !IsBoilerplateLine(line);
}

}  // namespace storytrace
