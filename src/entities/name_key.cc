// Orthographic normalisation of transliterated names.
#include "entities/name_key.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include <unicode/unistr.h>

#include "text/normalizer.h"

namespace storytrace {
namespace {

// Rewrites applied in order, longest first, on the ASCII lower-case form.
const std::vector<std::pair<std::string, std::string>>& Rules() {
  static const std::vector<std::pair<std::string, std::string>> rules = {
      // j-sounds: Dschalal, Djalal, Jalal, Yalal
      {"dsch", "j"}, {"dzh", "j"}, {"dj", "j"},
      // sh/ch/kh-sounds, spelled differently by every language: one class, written 'S'
      // (Bischkek/Bishkek/Bichkek, Sotschi/Sochi, Sacharowa/Zakharova, Schukow/Zhukov)
      {"tsch", "S"}, {"tch", "S"}, {"sch", "S"}, {"sh", "S"}, {"ch", "S"}, {"kh", "S"},
      {"zh", "S"},
      {"ou", "u"}, {"ph", "f"}, {"th", "t"}, {"w", "v"}, {"y", "j"}, {"ck", "k"}, {"c", "k"},
      {"q", "k"}, {"z", "s"}, {"x", "ks"}, {"ie", "i"}, {"ee", "i"}, {"oo", "u"},
  };
  return rules;
}

}  // namespace

// Cyrillic letters whose generic transliteration (č, š, ž) loses the digraph the rules need.
std::string SpellCyrillicDigraphs(std::string_view name) {
  static const std::pair<const char*, const char*> kMap[] = {
      {"щ", "shch"}, {"Щ", "Shch"}, {"ч", "ch"}, {"Ч", "Ch"}, {"ш", "sh"}, {"Ш", "Sh"},
      {"ж", "zh"},   {"Ж", "Zh"},   {"х", "kh"}, {"Х", "Kh"}, {"ц", "ts"}, {"Ц", "Ts"}};
  std::string out(name);
  for (const auto& [from, to] : kMap) {
    for (size_t p = out.find(from); p != std::string::npos; p = out.find(from, p)) {
      out.replace(p, std::string_view(from).size(), to);
      p += std::string_view(to).size();
    }
  }
  return out;
}

std::string NameKey(std::string_view name) {
  std::string spelled = SpellCyrillicDigraphs(name);
  std::string ascii = FoldForMatching(spelled);  // fast for Latin script
  if (std::any_of(ascii.begin(), ascii.end(), [](char c) { return c & 0x80; })) {
    ascii = TransliterateToAscii(spelled);
  }
  std::string s;
  s.reserve(ascii.size());
  for (char c : ascii) {
    if (c >= 'a' && c <= 'z') s += c;
    else if (c >= 'A' && c <= 'Z') s += static_cast<char>(c - 'A' + 'a');  // 'S' comes later
    else if (c >= '0' && c <= '9') s += c;
  }
  // One left-to-right pass applying the first matching rule at each position; rules are
  // grouped by their first letter.
  static const auto by_first = [] {
    std::array<std::vector<std::pair<std::string, std::string>>, 128> t;
    for (const auto& r : Rules()) t[static_cast<unsigned char>(r.first[0])].push_back(r);
    return t;
  }();
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    bool done = false;
    for (const auto& [from, to] : by_first[static_cast<unsigned char>(s[i]) & 127]) {
      if (s.compare(i, from.size(), from) == 0) {
        out += to;
        i += from.size();
        done = true;
        break;
      }
    }
    if (!done) out += s[i++];
  }
  out.erase(std::unique(out.begin(), out.end()), out.end());  // Hassan/Hasan, Brülhart
  return out;
}

std::string NameKeyWithoutArticles(std::string_view name) {
  static const char* kArticles[] = {"al", "el", "ad", "ar", "as", "ash", "at", "az"};
  std::string out;
  bool removed = false;
  size_t i = 0;
  while (i < name.size()) {
    const bool word_start = i == 0 || name[i - 1] == ' ' || name[i - 1] == '-';
    bool skipped = false;
    for (const char* a : kArticles) {
      std::string_view art(a);
      if (!word_start || name.size() < i + art.size() + 2) continue;
      std::string_view head = name.substr(i, art.size());
      bool lower = head == art;
      bool capital = std::toupper(static_cast<unsigned char>(art[0])) == head[0] &&
                     head.substr(1) == art.substr(1);
      char next = name[i + art.size()];
      // "al-Assad", "Al-Assad" (hyphen before a letter); "al Assad" (lower case, alone).
      bool hyphen = next == '-' && std::isalpha(static_cast<unsigned char>(name[i + art.size() + 1]));
      bool alone = next == ' ' && lower && i > 0;
      if ((lower || capital) && (hyphen || alone)) {
        i += art.size() + 1;
        removed = skipped = true;
        break;
      }
    }
    if (!skipped) out += name[i++];
  }
  return removed ? NameKey(out) : std::string();
}

// The Polivanov reading of a lower-case Cyrillic name, spelled in Latin letters where it differs
// from the generic transliteration; empty when nothing differs.
std::string PolivanovReading(std::string_view lower) {
  static const std::pair<const char*, const char*> kMap[] = {
      {"дзи", "ji"},  {"дзя", "ja"},  {"дзю", "ju"},  {"дзё", "jo"},  {"дз", "z"},
      {"ти", "chi"},  {"тя", "cha"},  {"тю", "chu"},  {"тё", "cho"},  {"си", "shi"},
      {"ся", "sha"},  {"сю", "shu"},  {"сё", "sho"},  {"цу", "tsu"},  {"х", "h"},
      {"э", "e"},     {"ё", "yo"},   {"я", "ya"},   {"ю", "yu"},   {"й", "i"}};
  std::string out;
  bool changed = false;
  for (size_t i = 0; i < lower.size();) {
    bool done = false;
    for (const auto& [from, to] : kMap) {
      std::string_view f(from);
      if (lower.substr(i, f.size()) == f) {
        out += to;
        i += f.size();
        changed = done = true;
        break;
      }
    }
    if (!done) out += lower[i++];
  }
  return changed ? out : std::string();
}

// A lower-case Cyrillic name read as the Latin spelling of a South Slavic name that has lost
// its diacritics (Дончич: Dončić, written Doncic): ч and ћ c, ш s, ж z, х h.
std::string BareLatinReading(std::string_view lower) {
  static const std::pair<const char*, const char*> kMap[] = {
      {"ч", "c"}, {"ћ", "c"}, {"ш", "s"}, {"ж", "z"}, {"х", "h"}};
  std::string out(lower);
  bool changed = false;
  for (const auto& [from, to] : kMap) {
    for (size_t p = out.find(from); p != std::string::npos; p = out.find(from, p)) {
      out.replace(p, std::string_view(from).size(), to);
      p += std::string_view(to).size();
      changed = true;
    }
  }
  return changed ? out : std::string();
}

std::vector<std::string> AlternativeNameKeys(std::string_view name, std::string_view key) {
  std::vector<std::string> out;
  const bool cyrillic = WordScript(name) == USCRIPT_CYRILLIC;
  const size_t space = name.find(' ');
  const bool two_words =
      space != std::string_view::npos && name.find(' ', space + 1) == std::string_view::npos;
  if (!cyrillic && !two_words) return out;
  const std::string primary = key.empty() ? NameKey(name) : std::string(key);
  auto add = [&](std::string k) {
    if (!k.empty() && k != primary && std::find(out.begin(), out.end(), k) == out.end()) {
      out.push_back(std::move(k));
    }
  };
  if (cyrillic) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
    std::string lower;
    u.toLower().toUTF8String(lower);
    for (const std::string& reading : {PolivanovReading(lower), BareLatinReading(lower)}) {
      if (!reading.empty()) add(NameKey(reading));
    }
  }
  if (two_words) {
    std::string reversed = std::string(name.substr(space + 1)) + " " + std::string(name.substr(0, space));
    add(NameKey(reversed));
  }
  return out;
}

int KeyDistance(std::string_view a, std::string_view b, int max) {
  if (a.size() > b.size()) std::swap(a, b);
  if (static_cast<int>(b.size() - a.size()) > max) return max + 1;
  std::vector<int> prev(a.size() + 1), cur(a.size() + 1);
  for (size_t i = 0; i <= a.size(); ++i) prev[i] = static_cast<int>(i);
  for (size_t j = 1; j <= b.size(); ++j) {
    cur[0] = static_cast<int>(j);
    int row_min = cur[0];
    for (size_t i = 1; i <= a.size(); ++i) {
      int sub = prev[i - 1] + (a[i - 1] != b[j - 1]);
      cur[i] = std::min({sub, prev[i] + 1, cur[i - 1] + 1});
      row_min = std::min(row_min, cur[i]);
    }
    if (row_min > max) return max + 1;
    std::swap(prev, cur);
  }
  return prev[a.size()];
}

int AllowedDistance(size_t len_a, size_t len_b) {
  size_t n = std::min(len_a, len_b);
  return n < 5 ? 0 : n <= 9 ? 1 : 2;
}

}  // namespace storytrace
