// Outlet suffixes: separators found from the end, each segment checked word by word.
#include "extract/outlet_suffix.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/text_rules.h"  // Trim
#include "text/normalizer.h"

namespace storytrace {
namespace {

constexpr size_t kMaxSegmentBytes = 60;
constexpr size_t kMaxSegmentWords = 6;
constexpr int kMinHeadlineWords = 3;
constexpr size_t kMaxMatchUpWords = 4;  // words before the hyphen of a match-up
constexpr int kMaxLeadingPartWords = 3;  // words of an outlet's part before its last

// Lower-case words that may join the capitalised words of a name ("Noticias de Bolivia y el
// Mundo", "Sport News & Top Stories"). Not "in", "im", "am": with German nouns capitalised,
// "Taifun im Anmarsch" would read as a name.
const std::set<std::string_view>& Connectors() {
  static const std::set<std::string_view> kWords = {
      "&",   "+",   "and", "at", "da", "das", "de",  "del", "des", "di",  "do",
      "dos", "du",  "e",   "el", "em", "en",  "et",  "for", "la",  "las", "le",
      "les", "los", "na",  "no", "of", "on",  "the", "und", "von", "y"};
  return kWords;
}

// Section and format labels appended like outlets (compared in ASCII lower case).
const std::set<std::string_view>& Labels() {
  static const std::set<std::string_view> kLabels = {
      "analysis",  "análisis",   "ao vivo", "breaking",   "direct",    "directo",   "editorial",
      "en direct", "en directo", "en vivo", "entrevista", "exclusive", "exclusiva", "exclusivo",
      "foto",      "fotos",      "galeria", "galería",    "galerie",   "interview", "live",
      "opinion",   "opinión",    "opinião", "photo",      "photos",    "podcast",   "update",
      "updated",   "video",      "videos",  "vídeo",      "vídeos"};
  return kLabels;
}

struct Separator {
  size_t begin;  // the white space before the mark
  size_t after;  // first byte of the segment after it
  bool hyphen;   // "-", "–" or "—" (match-ups use these), not "|"
};

// " - ", " | ", " – ", " — " with any run of spaces around the mark, in text order.
std::vector<Separator> FindSeparators(std::string_view s) {
  std::vector<Separator> out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ' ') continue;
    size_t mark = i;
    while (mark < s.size() && s[mark] == ' ') ++mark;
    size_t len = 0;
    bool hyphen = true;
    if (s.compare(mark, 1, "-") == 0) {
      len = 1;
    } else if (s.compare(mark, 1, "|") == 0) {
      len = 1, hyphen = false;
    } else if (s.compare(mark, 3, "\xE2\x80\x93") == 0 || s.compare(mark, 3, "\xE2\x80\x94") == 0) {
      len = 3;
    }
    if (len == 0 || mark + len >= s.size() || s[mark + len] != ' ') {
      i = mark - 1;  // continue after the spaces
      continue;
    }
    size_t after = mark + len;
    while (after < s.size() && s[after] == ' ') ++after;
    out.push_back({i, after, hyphen});
    i = after - 1;
  }
  return out;
}

UChar32 FirstCodePoint(std::string_view w) {
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), c);
  return c;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != ',') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Words with a letter or digit (a separator alone is not a word).
int HeadlineWords(std::string_view s) {
  int n = 0;
  for (std::string_view w : Words(s)) {
    n += std::any_of(w.begin(), w.end(), [](char b) {
      return std::isalnum(static_cast<unsigned char>(b)) || (b & 0x80) != 0;
    });
  }
  return n;
}

// "81-71", "03/08", "23.14", "19:15": a digit, a mark, a digit.
bool HasNumberWithMark(std::string_view w) {
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(w[i - 1])) &&
        std::strchr(".:/-", w[i]) != nullptr &&
        std::isdigit(static_cast<unsigned char>(w[i + 1]))) {
      return true;
    }
  }
  return false;
}

// "Ghanamma.com", "elnacional.cat": a dot followed by two to four letters at the end.
bool IsDomain(std::string_view w) {
  size_t dot = w.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  size_t tld = w.size() - dot - 1;
  return tld >= 2 && tld <= 4 && std::all_of(w.begin() + dot + 1, w.end(), [](char c) {
           return std::isalpha(static_cast<unsigned char>(c));
         });
}

bool ReadsAsName(std::string_view segment) {
  std::string trimmed = Trim(segment);
  if (trimmed.empty() || trimmed.size() > kMaxSegmentBytes) return false;
  std::vector<std::string_view> words = Words(trimmed);
  if (words.empty() || words.size() > kMaxSegmentWords) return false;
  if (Labels().count(AsciiLower(trimmed))) return false;
  bool letter = false;
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    if (HasNumberWithMark(w)) return false;
    UChar32 c = FirstCodePoint(w);
    letter = letter || std::any_of(w.begin(), w.end(), [](char b) {
               return std::isalpha(static_cast<unsigned char>(b)) || (b & 0x80) != 0;
             });
    if (StartsCapitalised(w) || (c > 0 && u_isdigit(c))) continue;
    if ((k > 0 && Connectors().count(w)) || IsDomain(w)) continue;
    return false;
  }
  return letter;
}

// A hyphen after a short head ending in a lone capitalised word, and before one or two words:
// "Previa del España - Francia" is a match-up, not a headline and its outlet.
bool LooksLikeMatchUp(std::string_view head, std::string_view segment) {
  std::vector<std::string_view> before = Words(head);
  if (Words(segment).size() > 2 || before.size() < 2 || before.size() > kMaxMatchUpWords) {
    return false;
  }
  return StartsCapitalised(before.back()) && !StartsCapitalised(before[before.size() - 2]);
}

}  // namespace

std::optional<OutletSuffix> FindOutletSuffix(std::string_view headline) {
  while (!headline.empty() && (headline.back() == ' ' || headline.back() == '\n')) {
    headline.remove_suffix(1);
  }
  std::vector<Separator> seps = FindSeparators(headline);
  std::optional<size_t> found;  // index into seps of the outlet's first separator
  size_t end = headline.size();
  for (size_t k = seps.size(); k-- > 0;) {
    const Separator& sep = seps[k];
    std::string_view head = headline.substr(0, sep.begin);
    std::string_view segment = headline.substr(sep.after, end - sep.after);
    if (!ReadsAsName(segment) || HeadlineWords(head) < kMinHeadlineWords) break;
    if (sep.hyphen && LooksLikeMatchUp(head, segment)) break;
    // A part before the last is a short name or section ("Freie Presse - Chemnitz"); a longer
    // one is the last clause of a title-case headline ("… Are Here — And They're Not Great -
    // Digg").
    if (found && HeadlineWords(segment) > kMaxLeadingPartWords) break;
    found = k;
    end = sep.begin;
  }
  if (!found) return std::nullopt;
  const Separator& sep = seps[*found];
  return OutletSuffix{sep.begin, Trim(headline.substr(sep.after))};
}

std::string_view WithoutOutlet(std::string_view headline, std::string_view source) {
  if (source.empty()) return headline;
  auto outlet = FindOutletSuffix(headline);
  return outlet && outlet->outlet == source ? headline.substr(0, outlet->begin) : headline;
}

}  // namespace storytrace
