// Hunspell dictionaries: lazy loading, charset conversion, per-word verdict cache.
#include "text/spelling_dictionaries.h"

#include <hunspell/hunspell.hxx>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <absl/container/flat_hash_map.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unordered_map>

#include "text/normalizer.h"

namespace storytrace {
namespace {

// Language → Debian hunspell dictionary names (a word is accepted when any of them accepts
// it). Left out on purpose, measured on the UDHR evaluation: Occitan (oc_FR covers one of the
// written standards; the other Occitan declarations score 0.2–0.5 against it), Nepali (ne_NP
// accepts about half of standard Nepali text), Ukrainian (uk_UA accepts Latin-script words),
// and two word lists too small to reject a text: Guarani (gug_PY, 4,216 words) and Kurmanji
// (kmr_Latn, 4,759). Uzbek's uz_UZ is Cyrillic: it judges Cyrillic Uzbek only (see Script).
struct DictionaryFiles {
  const char* lang;
  std::vector<const char*> names;
};
const std::vector<DictionaryFiles>& Table() {
  static const auto* table = new std::vector<DictionaryFiles>{
      {"af", {"af_ZA"}},  {"an", {"an_ES"}},   {"be", {"be_BY"}},
      {"bg", {"bg_BG"}},  {"br", {"br_FR"}},   {"bs", {"bs_BA"}},
      {"ca", {"ca", "ca_ES-valencia"}},        {"cs", {"cs_CZ"}},
      {"da", {"da_DK"}},  {"de", {"de_DE"}},   {"el", {"el_GR"}},
      {"en", {"en_US", "en_GB"}},              {"eo", {"eo"}},
      {"es", {"es_ES"}},  {"et", {"et_EE"}},   {"eu", {"eu"}},
      {"fo", {"fo"}},     {"fr", {"fr_FR"}},   {"gd", {"gd_GB"}},
      {"gl", {"gl_ES"}},  {"he", {"he_IL"}},
      {"hr", {"hr_HR"}},  {"hu", {"hu_HU"}},   {"id", {"id_ID"}},
      {"is", {"is_IS"}},  {"it", {"it_IT"}},   {"kk", {"kk_KZ"}},
      {"lt", {"lt_LT"}},
      {"lv", {"lv_LV"}},  {"mn", {"mn_MN"}},   {"nl", {"nl_NL"}},
      {"nn", {"nn_NO"}},  {"no", {"nb_NO"}},   {"pl", {"pl_PL"}},
      {"pt", {"pt_PT", "pt_BR"}},              {"ro", {"ro_RO"}},
      {"ru", {"ru_RU"}},  {"sk", {"sk_SK"}},   {"sl", {"sl_SI"}},
      {"sr", {"sr_Latn_RS", "sr_RS"}},         {"sv", {"sv_SE"}},
      {"sw", {"sw_TZ"}},  {"tl", {"tl"}},      {"tr", {"tr_TR"}},
      {"uz", {"uz_UZ"}},  {"vi", {"vi_VN"}},
  };
  return *table;
}

constexpr size_t kMaxCachedWords = 32768;

bool IsWordChar(UChar32 c) {
  return u_isalpha(c) || (U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_MC_MASK)) != 0;
}
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

// Whether `word` (UTF-8) starts with a capital or title-case letter.
bool IsCapitalised(const std::string& word) {
  if (word.empty()) return false;
  int32_t i = 0;
  UChar32 first;
  U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()), first);
  return first >= 0 && (u_isupper(first) || u_istitle(first));
}

// The spelling a dictionary expects: the display form (NFKC: texts written with combining
// accents, as the UDHR's Vietnamese is, would otherwise match nothing; ’ and ʼ as the ASCII
// apostrophe) with ʻ as the apostrophe too (Uzbek oʻ, which the dictionaries spell o').
std::string LookupForm(std::string_view raw) {
  const std::string display = NormalizeForDisplay(raw);
  std::string word;
  word.reserve(display.size());
  for (size_t i = 0; i < display.size(); ++i) {
    const bool okina = display[i] == '\xCA' && i + 1 < display.size() && display[i + 1] == '\xBB';
    word += okina ? '\'' : display[i];
    i += okina ? 1 : 0;
  }
  return word;
}

}  // namespace

std::vector<std::string_view> CheckableWords(std::string_view text, size_t max_words,
                                             bool* title_case) {
  std::vector<std::string_view> words;
  // Capitalised words inside sentences, kept aside in case the text is in title case.
  std::vector<std::pair<size_t, std::string_view>> capitalised;  // (position in words, word)
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  bool sentence_start = true;
  int32_t i = 0;
  // Reads the code point at `at`, advancing `at`; ASCII without the decoder.
  auto next = [&](int32_t& at) -> UChar32 {
    if (s[at] < 0x80) return s[at++];
    UChar32 c;
    U8_NEXT(s, at, n, c);
    return c;
  };
  auto is_word_char = [](UChar32 c) {
    if (c < 0x80) return static_cast<unsigned>((c | 0x20) - 'a') < 26u;
    return IsWordChar(c);
  };
  while (i < n && words.size() + capitalised.size() < 2 * max_words) {
    int32_t start = i;
    UChar32 c = next(i);
    if (c < 0 || !is_word_char(c)) {
      if (c == '.' || c == '!' || c == '?' || c == ':') {
        sentence_start = true;
      } else if (c == '/' || c == '@') {
        // Addresses ("https://www.example.org/a-b", "name@example.org") are not words: skip
        // to the next white space.
        while (i < n && s[i] != ' ' && s[i] != '\n' && s[i] != '\t') ++i;
        sentence_start = false;
      } else if (c >= 0 && !u_isspace(c) && c != '"' && c != 0x201C && c != 0x201E && c != '(') {
        sentence_start = false;
      }
      continue;
    }
    // A word: letters and marks, with single apostrophes between letters.
    int letters = 1, upper = 0, lower = 0;
    auto count_case = [&](UChar32 ch) {
      if (ch < 0x80) {
        upper += ch <= 'Z';
        lower += ch >= 'a';
      } else {
        upper += u_isupper(ch) || u_istitle(ch);
        lower += u_islower(ch);
      }
    };
    count_case(c);
    const bool first_upper = upper > 0;
    int32_t end = i;
    while (end < n) {
      int32_t j = end;
      UChar32 d = next(j);
      if (d >= 0 && is_word_char(d)) {
        ++letters;
        count_case(d);
        end = j;
        continue;
      }
      if (d >= 0 && IsApostrophe(d) && j < n) {
        int32_t k = j;
        UChar32 e = next(k);
        if (e >= 0 && is_word_char(e)) {
          end = j;  // the letter after it is read on the next round
          continue;
        }
      }
      break;
    }
    i = end;
    // A word glued to an address ("www.example.org", "example.org/x", "https://") is
    // skipped with it.
    auto glued = [&](char punct, bool (*then)(uint8_t)) {
      return s[end] == punct && end + 1 < n && then(s[end + 1]);
    };
    auto letter = [](uint8_t b) { return static_cast<unsigned>((b | 0x20) - 'a') < 26u || b >= 0x80; };
    auto slash = [](uint8_t b) { return b == '/'; };
    if (end < n && (s[end] == '/' || s[end] == '@' || glued('.', letter) || glued(':', slash))) {
      while (i < n && s[i] != ' ' && s[i] != '\n' && s[i] != '\t') ++i;
      sentence_start = false;
      continue;
    }
    const bool word = letters >= 2 && !(upper >= 2 && lower == 0);
    if (word && first_upper && !sentence_start) {
      capitalised.emplace_back(words.size(), text.substr(start, end - start));
    } else if (word) {
      words.push_back(text.substr(start, end - start));
    }
    sentence_start = false;
  }
  // Title case ("Tokyo Olympics Come to a Close"): at least half of three or more words are
  // capitalised inside their sentence. Then they are checked too, in text order.
  const size_t total = words.size() + capitalised.size();
  const bool titled = total >= 3 && 2 * capitalised.size() >= total;
  if (title_case != nullptr) *title_case = titled;
  if (titled) {
    std::vector<std::string_view> all;
    size_t c = 0;
    for (size_t w = 0; w <= words.size(); ++w) {
      while (c < capitalised.size() && capitalised[c].first == w) all.push_back(capitalised[c++].second);
      if (w < words.size()) all.push_back(words[w]);
    }
    words = std::move(all);
  }
  if (words.size() > max_words) words.resize(max_words);
  return words;
}

struct SpellingDictionaries::Dictionary {
  std::string lang;
  std::vector<std::pair<std::string, std::string>> files;  // (aff, dic)
  std::mutex mu;
  bool loaded = false;
  struct CloseConverter {
    void operator()(UConverter* c) const { ucnv_close(c); }
  };
  struct Speller {
    std::unique_ptr<Hunspell> hunspell;
    std::string charset;  // empty for UTF-8
    // To `charset`, stopping at a character it has no place for (opened once, used under
    // the dictionary's lock).
    std::unique_ptr<UConverter, CloseConverter> converter;
    UScriptCode script = USCRIPT_INVALID_CODE;  // the script its words are written in

    // `word` (UTF-8) in the dictionary's character set; false when a character has no place
    // in it (or no converter could be opened).
    bool Encode(const std::string& word, std::string* out) const {
      if (!converter) return false;
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
      UErrorCode status = U_ZERO_ERROR;
      out->assign(static_cast<size_t>(u.length()) * 4 + 4, '\0');
      int32_t n = ucnv_fromUChars(converter.get(), out->data(), static_cast<int32_t>(out->size()),
                                  u.getBuffer(), u.length(), &status);
      if (U_FAILURE(status)) return false;
      out->resize(static_cast<size_t>(n));
      return true;
    }
  };
  std::vector<Speller> spellers;
  absl::flat_hash_map<std::string, bool> cache;
  absl::flat_hash_map<std::string, Reading> readings;

  void Load() {
    // libhunspell sets up a process-wide Unicode table without a lock when a UTF-8 dictionary
    // loads: two dictionaries loading at once on two threads would both build it (and leak one).
    static std::mutex* load_mu = new std::mutex();
    std::lock_guard<std::mutex> lock(*load_mu);
    for (const auto& [aff, dic] : files) {
      Speller sp;
      sp.hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
      std::string enc = sp.hunspell->get_dict_encoding();
      if (enc != "UTF-8" && enc != "utf-8") {
        if (enc.rfind("ISO8859-", 0) == 0) enc = "ISO-8859-" + enc.substr(8);
        sp.charset = enc;
        UErrorCode status = U_ZERO_ERROR;
        sp.converter.reset(ucnv_open(enc.c_str(), &status));
        if (U_SUCCESS(status)) {
          ucnv_setFromUCallBack(sp.converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr,
                                nullptr, &status);
        } else {
          sp.converter.reset();
        }
      }
      sp.script = DictionaryScript(dic, sp.charset);
      spellers.push_back(std::move(sp));
    }
    loaded = true;
  }

  // The most frequent script among the first 500 entries of the word list `dic`.
  static UScriptCode DictionaryScript(const std::string& dic, const std::string& charset) {
    std::ifstream in(dic, std::ios::binary);
    std::string line;
    std::getline(in, line);  // the entry count
    std::unordered_map<int, int> votes;
    for (int i = 0; i < 500 && std::getline(in, line); ++i) {
      std::string word = line.substr(0, line.find_first_of("/\t \r"));
      if (!charset.empty()) {
        icu::UnicodeString u(word.data(), static_cast<int32_t>(word.size()), charset.c_str());
        word.clear();
        u.toUTF8String(word);
      }
      UScriptCode script = WordScript(word);
      if (script != USCRIPT_INVALID_CODE) ++votes[script];
    }
    int best = USCRIPT_INVALID_CODE, best_votes = 0;
    for (auto [script, n] : votes) {
      if (n > best_votes || (n == best_votes && script < best)) best = script, best_votes = n;
    }
    return static_cast<UScriptCode>(best);
  }

  bool Judges(UScriptCode script) const {
    for (const auto& sp : spellers) {
      if (sp.script == script) return true;
    }
    return false;
  }

  // Whether a dictionary of `script` accepts `raw`.
  bool Accepts(std::string_view raw, UScriptCode script) {
    auto it = cache.find(absl::string_view(raw.data(), raw.size()));
    if (it != cache.end()) return it->second;
    std::string word = LookupForm(raw);
    bool ok = false;
    for (auto& sp : spellers) {
      if (sp.script != script) continue;
      if (sp.charset.empty()) {
        ok = sp.hunspell->spell(word);
      } else {
        std::string converted;
        ok = sp.Encode(word, &converted) && sp.hunspell->spell(converted);
      }
      if (ok) break;
    }
    if (cache.size() >= kMaxCachedWords) cache.clear();
    cache.emplace(std::string(raw), ok);
    return ok;
  }

  // The roots the dictionaries of `script` find for `raw`, in UTF-8 (hunspell's stem()).
  std::vector<std::string> Roots(std::string_view raw, UScriptCode script) {
    std::string word = LookupForm(raw);
    std::vector<std::string> roots;
    for (auto& sp : spellers) {
      if (sp.script != script) continue;
      std::string encoded;
      if (!sp.charset.empty() && !sp.Encode(word, &encoded)) continue;
      for (const std::string& root : sp.hunspell->stem(sp.charset.empty() ? word : encoded)) {
        if (root.empty()) continue;
        if (sp.charset.empty()) {
          roots.push_back(root);
        } else {
          icu::UnicodeString u(root.data(), static_cast<int32_t>(root.size()), sp.charset.c_str());
          roots.emplace_back();
          u.toUTF8String(roots.back());
        }
      }
    }
    return roots;
  }

  // How the dictionaries of `script` read `raw` (see SpellingDictionaries::Read).
  Reading ReadWord(std::string_view raw, UScriptCode script) {
    auto it = readings.find(absl::string_view(raw.data(), raw.size()));
    if (it != readings.end()) return it->second;
    bool lower = false, upper = false;
    for (const std::string& root : Roots(raw, script)) {
      (IsCapitalised(root) ? upper : lower) = true;
    }
    const Reading reading = lower && upper ? Reading::kCommonWordAndName
                            : upper        ? Reading::kName
                            : lower        ? Reading::kCommonWord
                                           : Reading::kUnknown;
    if (readings.size() >= kMaxCachedWords) readings.clear();
    readings.emplace(std::string(raw), reading);
    return reading;
  }
};

SpellingDictionaries::SpellingDictionaries(std::vector<std::string> dirs) {
  namespace fs = std::filesystem;
  for (const auto& entry : Table()) {
    auto dict = std::make_unique<Dictionary>();
    dict->lang = entry.lang;
    for (const char* name : entry.names) {
      for (const auto& dir : dirs) {
        fs::path aff = fs::path(dir) / (std::string(name) + ".aff");
        fs::path dic = fs::path(dir) / (std::string(name) + ".dic");
        std::error_code ec;
        if (fs::exists(aff, ec) && fs::exists(dic, ec)) {
          dict->files.emplace_back(aff.string(), dic.string());
          break;
        }
      }
    }
    if (!dict->files.empty()) dictionaries_.push_back(std::move(dict));
  }
}

SpellingDictionaries::~SpellingDictionaries() = default;

std::vector<std::string> SpellingDictionaries::DefaultDirs(const std::string& data_dir) {
  std::vector<std::string> dirs;
  if (!data_dir.empty()) dirs.push_back((std::filesystem::path(data_dir) / "hunspell").string());
  dirs.push_back("/usr/share/hunspell");
  return dirs;
}

SpellingDictionaries::Dictionary* SpellingDictionaries::Find(std::string_view lang) const {
  for (const auto& d : dictionaries_) {
    if (d->lang == lang) return d.get();
  }
  return nullptr;
}

bool SpellingDictionaries::Has(std::string_view lang) const { return Find(lang) != nullptr; }

std::optional<double> SpellingDictionaries::Coverage(std::string_view lang,
                                                     const std::vector<std::string_view>& words) const {
  Dictionary* d = Find(lang);
  if (d == nullptr || words.empty()) return std::nullopt;
  std::lock_guard<std::mutex> lock(d->mu);
  if (!d->loaded) d->Load();
  // Words of a script none of the language's dictionaries is written in get no verdict.
  size_t accepted = 0, judged = 0;
  for (const auto& w : words) {
    UScriptCode script = WordScript(w);
    if (!d->Judges(script)) continue;
    ++judged;
    accepted += d->Accepts(w, script);
  }
  if (judged == 0) return std::nullopt;
  return static_cast<double>(accepted) / judged;
}

SpellingDictionaries::Reading SpellingDictionaries::Read(std::string_view lang,
                                                        std::string_view word) const {
  Dictionary* d = Find(lang);
  if (d == nullptr || word.empty()) return Reading::kUnknown;
  std::lock_guard<std::mutex> lock(d->mu);
  if (!d->loaded) d->Load();
  const UScriptCode script = WordScript(word);
  return d->Judges(script) ? d->ReadWord(word, script) : Reading::kUnknown;
}

std::vector<std::string> SpellingDictionaries::CommonRoots(std::string_view lang,
                                                           std::string_view word) const {
  Dictionary* d = Find(lang);
  if (d == nullptr || word.empty()) return {};
  std::lock_guard<std::mutex> lock(d->mu);
  if (!d->loaded) d->Load();
  const UScriptCode script = WordScript(word);
  if (!d->Judges(script)) return {};
  std::vector<std::string> roots = d->Roots(word, script);
  for (const std::string& root : roots) {
    if (IsCapitalised(root)) return {};
  }
  std::sort(roots.begin(), roots.end());
  roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
  return roots;
}

}  // namespace storytrace
