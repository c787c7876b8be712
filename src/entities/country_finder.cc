// Country names by language, met halfway through inflection and Arabic clitics.
#include "entities/country_finder.h"

#include <vector>

#include "text/normalizer.h"

namespace storytrace {
namespace {

constexpr std::string_view kAl = "\u0627\u0644";  // the Arabic article
constexpr std::string_view kAlef = "\u0627";
constexpr std::string_view kYa = "\u064a";
constexpr std::string_view kTaMarbuta = "\u0629";
constexpr std::string_view kYaTa = "\u064a\u0629";
constexpr std::string_view kYaYaNun = "\u064a\u064a\u0646";
constexpr std::string_view kYaWawNun = "\u064a\u0648\u0646";
constexpr std::string_view kYaAlefTa = "\u064a\u0627\u062a";
constexpr std::string_view kYaNun = "\u064a\u0646";
constexpr std::string_view kWawNun = "\u0648\u0646";
constexpr std::string_view kAlefTa = "\u0627\u062a";

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The first `k` code points of `s`.
std::string_view Prefix(std::string_view s, size_t k) {
  size_t i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && k-- == 0) break;
  }
  return s.substr(0, i);
}

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < name.size()) {
    size_t j = name.find_first_of(" ,", i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) out.push_back(FoldForMatching(name.substr(i, j - i)));
    i = j + 1;
  }
  return out;
}

}  // namespace

std::vector<std::string_view> ArabicBases(std::string_view w) {
  std::vector<std::string_view> out{w};
  auto strip = [](std::string_view s, std::initializer_list<std::string_view> letters) {
    for (std::string_view l : letters) {
      if (s.starts_with(l) && CodePoints(s) > 3) return s.substr(l.size());
    }
    return std::string_view();
  };
  std::string_view x = w;
  if (auto y = strip(x, {"\u0648", "\u0641"}); !y.empty()) out.push_back(x = y);
  if (x.starts_with("\u0644\u0644") && CodePoints(x) > 4) {
    out.push_back(x.substr(4));  // لل + name: ل + (ا)ل
    return out;
  }
  if (auto y = strip(x, {"\u0628", "\u0644", "\u0643"}); !y.empty()) out.push_back(x = y);
  if (x.starts_with(kAl) && CodePoints(x) > 3) out.push_back(x.substr(kAl.size()));
  return out;
}

bool IsAmbiguousArabicPlace(std::string_view folded) {
  // مالي "financial" (المالية: finance), بنين "sons", عمان both Oman and Amman (spelt alike
  // without vowels).
  for (std::string_view w : {"\u0645\u0627\u0644\u064a", "\u0628\u0646\u064a\u0646",
                             "\u0639\u0645\u0627\u0646"}) {
    if (folded == w) return true;
  }
  return false;
}

void CountryFinder::Put(std::string key, const std::string& country) {
  auto [it, added] = index_.emplace(std::move(key), country);
  if (!added && it->second != country) it->second.clear();  // shared by two countries
}

std::string_view CountryFinder::Get(const std::string& key) const {
  auto it = index_.find(key);
  return it == index_.end() ? std::string_view() : std::string_view(it->second);
}

CountryFinder::CountryFinder(const Gazetteer& gazetteer) {
  for (const LocalCountryName& n : gazetteer.LocalCountryNames()) {
    std::string name = n.name.substr(0, n.name.find('('));  // "КНР (Китайская …)"
    std::vector<std::string> words = Words(name);
    if (words.empty()) continue;
    const bool arabic = n.lang == "ar";
    if (arabic) {
      for (auto& w : words) {
        if (w.starts_with(kAl) && CodePoints(w) > 3) w = w.substr(kAl.size());
      }
    }
    const std::string lang = n.lang + "|";
    if (words.size() >= 2) {
      Put(lang + "=" + words[0] + " " + words[1], n.country);
      continue;
    }
    const std::string& w = words[0];
    if (arabic && IsAmbiguousArabicPlace(w)) continue;
    Put(lang + "=" + w, n.country);
    const size_t len = CodePoints(w);
    if (arabic) {
      if (w.ends_with(kAlef) && len >= 4) Put(lang + "=" + w.substr(0, w.size() - 2), n.country);
    } else if (len >= 5) {
      Put(lang + "~" + std::string(Prefix(w, len - 1)), n.country);
    }
  }
}

std::string_view CountryFinder::Word(std::string_view lang, std::string_view folded) const {
  std::string key(lang);
  key += "|=";
  const size_t head = key.size();
  if (lang == "ar") {
    for (std::string_view b : ArabicBases(folded)) {
      // The name, a noun in ة, or an adjective: ي, and its feminine and plurals (ية يين يون
      // يات: مصرية, المصريين, الصينيون, الفرنسيات).
      // (A name in ا is also kept without it, صربي, whose plurals end in ين ون ات.)
      for (std::string_view suffix : {std::string_view(), kTaMarbuta, kYa, kYaTa, kYaYaNun,
                                      kYaWawNun, kYaAlefTa, kYaNun, kWawNun, kAlefTa}) {
        if (!b.ends_with(suffix) || CodePoints(b) < 3 + CodePoints(suffix)) continue;
        key.resize(head);
        key += b.substr(0, b.size() - suffix.size());
        if (auto c = Get(key); !c.empty()) return c;
      }
    }
    return {};
  }
  const size_t len = CodePoints(folded);
  for (size_t k = len; k >= 4 && k + 3 >= len; --k) {
    std::string_view p = Prefix(folded, k);
    key.resize(head);
    key += p;
    if (auto c = Get(key); !c.empty()) return c;
    key[head - 1] = '~';
    if (auto c = Get(key); !c.empty()) return c;
    key[head - 1] = '=';
  }
  if (len < 4) {
    key += folded;
    return Get(key);
  }
  return {};
}

std::string_view CountryFinder::Pair(std::string_view lang, std::string_view first,
                                     std::string_view second) const {
  if (lang == "ar") {
    first = ArabicBases(first).back();
    if (second.starts_with(kAl) && CodePoints(second) > 3) second = second.substr(kAl.size());
  }
  std::string key(lang);
  key += "|=";
  key += first;
  key += ' ';
  key += second;
  return Get(key);
}

bool IsCaseless(std::string_view folded) {
  return !folded.empty() && static_cast<unsigned char>(folded[0]) >= 0xD7;
}

std::string_view CountryFinder::At(const AnalyzedText& at, size_t i) const {
  const AnalyzedToken& t = at.tokens[i];
  if (!IsCaseless(t.folded) && !t.capitalized) return {};
  if (t.stopword && !t.all_caps) return {};
  if (i > 0) {
    const AnalyzedToken& prev = at.tokens[i - 1];
    if (prev.span.kind == TokenKind::kWord && t.span.begin <= prev.span.end + 1) {
      if (auto c = Pair(at.lang, prev.folded, t.folded); !c.empty()) return c;
    }
  }
  return Word(at.lang, t.folded);
}

}  // namespace storytrace
