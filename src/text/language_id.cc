// CLD2 + fastText scoring and the combination rule.
#include "text/language_id.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <fasttext/fasttext.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace storytrace {
namespace {

// Both models reach their long-text accuracy well within these budgets; a fixed budget keeps
// identification cost independent of article length. CLD2 first reads 1 KiB and only reads
// 2 KiB when the first is not conclusive (most news text is settled by the first).
constexpr size_t kCld2FirstBytes = 1 << 10;
constexpr size_t kCld2MaxBytes = 2 << 10;
constexpr size_t kFastTextMaxBytes = 1 << 10;
constexpr size_t kLongTextLetters = 200;
// The spelling check reads at most this many words.
constexpr size_t kMaxCheckedWords = 64;

// Cuts `s` to at most `max` bytes without splitting a UTF-8 character.
std::string_view Prefix(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// Letters, approximated as ASCII letters plus every non-ASCII lead byte.
size_t CountLetters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) {
    if (static_cast<unsigned>((c | 0x20) - 'a') < 26u || c >= 0xC0) ++n;
  }
  return n;
}

}  // namespace

LanguageIdentifier::LanguageIdentifier() = default;
LanguageIdentifier::~LanguageIdentifier() = default;

std::string LanguageIdentifier::CanonicalCode(std::string_view code) {
  std::string c(code);
  std::transform(c.begin(), c.end(), c.begin(), ::tolower);
  if (c == "iw") return "he";
  if (c == "jw") return "jv";
  if (c == "in") return "id";
  if (c == "ji") return "yi";
  if (c == "mo") return "ro";
  if (c == "als") return "gsw";  // fastText's "als" is Alemannic, not Tosk Albanian
  if (c == "zh-hant" || c == "zh-hans" || c == "zh-tw" || c == "zh-cn") return "zh";
  if (c == "nb" || c == "no") return "no";
  if (c == "un" || c == "xxx" || c == "xx" || c.empty()) return "und";
  if (c.size() > 3 && c[2] == '-') return c.substr(0, 2);  // "sr-me" → "sr"
  return c;
}

Result<std::unique_ptr<LanguageIdentifier>> LanguageIdentifier::Create(const std::string& data_dir,
                                                                        LanguageIdOptions options) {
  std::string path = (std::filesystem::path(data_dir) / "lid.176.ftz").string();
  std::ifstream probe(path, std::ios::binary);
  if (!probe) {
    return Unavailable("fastText language model not found at " + path +
                       " (run scripts/setup.sh, or set STORYTRACE_DATA)");
  }
  std::unique_ptr<LanguageIdentifier> id(new LanguageIdentifier());
  id->options_ = options;
  if (options.spelling_check) {
    id->dictionaries_ =
        std::make_unique<SpellingDictionaries>(SpellingDictionaries::DefaultDirs(data_dir));
  }
  id->fasttext_ = std::make_unique<fasttext::FastText>();
  try {
    id->fasttext_->loadModel(path);
  } catch (const std::exception& e) {
    return Unavailable("cannot load " + path + ": " + e.what());
  }
  return id;
}

std::unique_ptr<LanguageIdentifier> LanguageIdentifier::CreateCld2Only() {
  return std::unique_ptr<LanguageIdentifier>(new LanguageIdentifier());
}

std::vector<LanguageIdentifier::Scored> LanguageIdentifier::FastTextTop(std::string_view text,
                                                                        int k) const {
  std::vector<Scored> out;
  if (!fasttext_) return out;
  std::string line(Prefix(text, kFastTextMaxBytes));
  for (char& c : line) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  // fastText splits words on ASCII white space only: the Ethiopic word space (U+1361) would
  // glue a whole Amharic sentence into one token.
  for (size_t p = 0; (p = line.find("\xE1\x8D\xA1", p)) != std::string::npos; p += 3) {
    line[p] = line[p + 1] = line[p + 2] = ' ';
  }
  line += '\n';
  std::istringstream in(line);
  std::vector<std::pair<fasttext::real, std::string>> preds;
  fasttext_->predictLine(in, preds, k, 0.0);
  for (auto& [p, label] : preds) {
    std::string_view l = label;
    if (l.rfind("__label__", 0) == 0) l.remove_prefix(9);
    out.push_back({CanonicalCode(l), static_cast<double>(p)});
  }
  return out;
}

std::vector<LanguageIdentifier::Scored> LanguageIdentifier::Cld2Top(std::string_view text,
                                                                    bool* reliable,
                                                                    size_t max_bytes) const {
  std::string_view t = Prefix(text, max_bytes);
  // CLD2 leaves these untouched on some inputs (e.g. no letters): start from "unknown".
  CLD2::Language lang3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE};
  int percent3[3] = {0, 0, 0};
  double score3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool is_reliable = false;
  // Best effort: without it CLD2 answers "unknown" for many short but clear snippets.
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  int valid_prefix = 0;
  CLD2::ExtDetectLanguageSummaryCheckUTF8(t.data(), static_cast<int>(t.size()), true, &hints,
                                          CLD2::kCLDFlagBestEffort, lang3, percent3, score3,
                                          nullptr, &text_bytes, &is_reliable, &valid_prefix);
  *reliable = is_reliable;
  std::vector<Scored> out;
  for (int i = 0; i < 3; ++i) {
    if (lang3[i] == CLD2::UNKNOWN_LANGUAGE || percent3[i] <= 0) continue;
    std::string code = CanonicalCode(CLD2::LanguageCode(lang3[i]));
    if (code == "und") continue;
    out.push_back({code, percent3[i] / 100.0});
  }
  return out;
}

LanguageGuess LanguageIdentifier::IdentifyCld2(std::string_view text) const {
  bool reliable = false;
  auto top = Cld2Top(text, &reliable, kCld2MaxBytes);
  LanguageGuess g;
  if (top.empty()) return g;
  g.lang = top[0].lang;
  g.confidence = top[0].p * (reliable ? 1.0 : 0.5);
  return g;
}

LanguageGuess LanguageIdentifier::IdentifyFastText(std::string_view text) const {
  auto top = FastTextTop(text, 1);
  LanguageGuess g;
  if (top.empty()) return g;
  g.lang = top[0].lang;
  g.confidence = top[0].p;
  return g;
}

LanguageGuess LanguageIdentifier::Identify(std::string_view text, std::string_view stated) const {
  LanguageGuess g;
  size_t letters = CountLetters(Prefix(text, kCld2MaxBytes));
  if (letters < 3) return g;
  bool reliable = false;
  // Long text on which CLD2 is reliable and nearly unanimous: fastText would only agree, and it
  // costs more than CLD2 itself.
  auto conclusive = [&](const std::vector<Scored>& cld) {
    return letters >= kLongTextLetters && reliable && !cld.empty() && cld[0].p >= 0.9;
  };
  std::vector<Scored> cld = Cld2Top(text, &reliable, kCld2FirstBytes);
  if (!conclusive(cld) && text.size() > kCld2FirstBytes) cld = Cld2Top(text, &reliable, kCld2MaxBytes);
  // The words the spelling check reads, found only when a check could change the answer.
  std::vector<std::string_view> words;
  bool title_case = false, words_found = false;
  auto checkable = [&] {
    if (!dictionaries_) return false;
    if (!words_found) {
      words = CheckableWords(Prefix(text, kFastTextMaxBytes), kMaxCheckedWords, &title_case);
      words_found = true;
    }
    return words.size() >= options_.min_checked_words;
  };
  if (conclusive(cld)) {
    g.lang = cld[0].lang;
    g.confidence = cld[0].p;
    // Settled unless the dictionary check has something to say: the winner's dictionary
    // rejects some words, or the winner has no dictionary to confirm it.
    if (g.lang == stated || !checkable()) return g;
    auto coverage = dictionaries_->Coverage(g.lang, words);
    if (coverage && *coverage >= options_.shortcut_coverage) return g;
  }
  std::vector<Scored> ft = FastTextTop(text, 5);
  if (ft.empty() && !checkable()) {  // CLD2 alone
    g = IdentifyCld2(text);
    if (g.confidence < options_.min_score) g = LanguageGuess();
    return g;
  }
  const double w = ft.empty() ? 0.0
                   : letters < 100 ? options_.fasttext_weight_short
                                   : options_.fasttext_weight_long;
  std::vector<Scored> combined;
  auto add = [&](const std::string& lang, double p) {
    for (auto& c : combined) {
      if (c.lang == lang) {
        c.p += p;
        return;
      }
    }
    combined.push_back({lang, p});
  };
  for (const auto& s : ft) add(s.lang, w * s.p);
  for (const auto& s : cld) add(s.lang, (1 - w) * s.p * (reliable ? 1.0 : 0.5));
  if (g.lang == "und") {
    auto best = std::max_element(combined.begin(), combined.end(), [](const Scored& a, const Scored& b) {
      return a.p < b.p || (a.p == b.p && a.lang > b.lang);
    });
    if (best == combined.end() || best->p < options_.min_score) return g;
    g.lang = best->lang;
    g.confidence = std::min(1.0, best->p);
  }
  if (g.lang != stated && checkable()) g = CheckSpelling(g, combined, words, title_case);
  return g;
}

LanguageGuess LanguageIdentifier::CheckSpelling(const LanguageGuess& guess,
                                                const std::vector<Scored>& combined,
                                                const std::vector<std::string_view>& words,
                                                bool title_case) const {
  // Alternatives: the other languages with a combined score of at least min_alternative.
  const Scored* best_checked = nullptr;    // highest coverage (then score) among those with a dictionary
  const Scored* best_unchecked = nullptr;  // highest score among those without
  double best_coverage = -1;
  for (const auto& c : combined) {
    if (c.lang == guess.lang || c.p < options_.min_alternative) continue;
    if (auto cov = dictionaries_->Coverage(c.lang, words)) {
      if (*cov > best_coverage || (*cov == best_coverage && c.p > best_checked->p)) {
        best_checked = &c;
        best_coverage = *cov;
      }
    } else if (best_unchecked == nullptr || c.p > best_unchecked->p) {
      best_unchecked = &c;
    }
  }
  auto pick = [](const Scored& s) { return LanguageGuess{s.lang, std::min(1.0, s.p)}; };
  auto own = dictionaries_->Coverage(guess.lang, words);
  if (!own) {
    // No dictionary for the winner: a close language whose dictionary knows (nearly) every word wins.
    if (best_checked && best_coverage >= options_.dictionary_full) return pick(*best_checked);
    return guess;
  }
  if (best_checked && best_coverage > *own &&
      (best_coverage >= options_.dictionary_accept ||
       best_coverage - *own >= options_.dictionary_margin)) {
    return pick(*best_checked);
  }
  // The winner's dictionary rejects too many words: the likeliest language that has no
  // dictionary to be rejected by (Scots, Interlingua against English) takes its place.
  // (Not in title case: names count as unknown words there.)
  if (!title_case && *own < options_.dictionary_accept && best_unchecked) return pick(*best_unchecked);
  return guess;
}

}  // namespace storytrace
