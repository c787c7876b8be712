// Language identification combining CLD2 and the fastText lid.176 model.
#ifndef STORYTRACE_TEXT_LANGUAGE_ID_H_
#define STORYTRACE_TEXT_LANGUAGE_ID_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "text/spelling_dictionaries.h"

namespace fasttext {
class FastText;
}

namespace storytrace {

// A language decision. `lang` is ISO 639-1 where the language has such a code, otherwise the
// model's code (mostly ISO 639-3); "und" when undecided.
struct LanguageGuess {
  std::string lang = "und";
  double confidence = 0;  // 0..1
};

// Weights of the combination rule (defaults documented below and in the README).
struct LanguageIdOptions {
  double fasttext_weight_short = 0.6;  // texts under 100 letters
  double fasttext_weight_long = 0.3;
  double min_score = 0.1;              // below this the answer is "und"
  // Spelling check (hunspell dictionaries, see SpellingDictionaries).
  bool spelling_check = true;
  size_t min_checked_words = 2;    // fewer checkable words: no spelling check
  double min_alternative = 0.05;   // combined score an alternative language needs to be considered
  double dictionary_accept = 0.85; // coverage below which the winner's dictionary rejects the text
  double dictionary_margin = 0.2;  // an alternative with this much more coverage wins (or with accept)
  double dictionary_full = 0.95;   // coverage with which a dictionary overrules a winner that has none
  double shortcut_coverage = 0.9;  // CLD2's conclusive answer stands at this coverage (else: full check)
};

// Identifies the language of UTF-8 text.
//
// Decision rule (see README, "Language identification"): both models score the text; the
// combined score of a language is w·p_fastText + (1−w)·p_CLD2, where p_CLD2 is CLD2's share of
// the text for that language (halved when CLD2 says unreliable) and w = 0.6 for texts under
// 100 letters, 0.3 otherwise (CLD2 is the stronger model on UDHR paragraphs; on news
// headlines it takes single words such as "Tokyo" for Danish or Lithuanian, where fastText is
// right). The best language wins if its combined score is ≥ 0.1 and the text has ≥ 3 letters;
// otherwise "und".
// Shortcut: on texts of ≥ 200 letters where CLD2 is reliable and gives one language ≥ 90% of
// the text, CLD2's answer stands without asking fastText. Long inputs are sampled: CLD2 sees
// the first 2 KiB, fastText the first 1 KiB.
//
// Spelling check (when dictionaries are installed and the first 1 KiB has ≥ 2 checkable words,
// see CheckableWords): the alternatives are the other languages with a combined score ≥ 0.05.
//   - an alternative whose dictionary accepts more of the words than the winner's, and either
//     ≥ 85 % of them or 0.2 more than the winner's, wins (Croatian/Serbian/Bosnian,
//     Bokmål/Nynorsk, headlines CLD2 got wrong);
//   - a winner whose dictionary accepts < 85 % of the words gives way to the likeliest
//     alternative without a dictionary (Scots or Interlingua taken for English); not in title
//     case, where names count as unknown words;
//   - a winner without a dictionary gives way to an alternative whose dictionary accepts
//     ≥ 95 % of the words (Indonesian taken for Malay).
// The shortcut's answer is checked too, and stands when its dictionary accepts ≥ 90 % of the
// words.
//
// Thread-safe after construction. Not copyable.
class LanguageIdentifier {
 public:
  // Loads `<data_dir>/lid.176.ftz`; spelling dictionaries are found in `<data_dir>/hunspell` or
  // /usr/share/hunspell (none found: no spelling check). Fails with Unavailable naming the
  // path when the model is missing or unreadable (run scripts/setup.sh); use CreateCld2Only
  // for a model-free identifier.
  static Result<std::unique_ptr<LanguageIdentifier>> Create(const std::string& data_dir,
                                                            LanguageIdOptions options = {});
  // An identifier that uses CLD2 alone (for evaluations and when no data directory exists).
  static std::unique_ptr<LanguageIdentifier> CreateCld2Only();

  ~LanguageIdentifier();
  LanguageIdentifier(const LanguageIdentifier&) = delete;
  LanguageIdentifier& operator=(const LanguageIdentifier&) = delete;

  // The combined decision described above. `stated` is the language the source states, if any
  // (a code as CanonicalCode returns): when the two models agree with it, the spelling check
  // is skipped. It could not overrule a stated language anyway (TextAnalyzer keeps a stated
  // language unless contradicted with confidence ≥ 0.9, and a language the check prefers
  // carries its combined score, below the models' winner's), and a feed that states its
  // languages then loads no dictionaries of other languages.
  LanguageGuess Identify(std::string_view text, std::string_view stated = {}) const;
  // CLD2 alone (its top language and reliability-scaled confidence).
  LanguageGuess IdentifyCld2(std::string_view text) const;
  // fastText alone (top label and probability); "und" when no model is loaded.
  LanguageGuess IdentifyFastText(std::string_view text) const;

  bool has_fasttext() const { return fasttext_ != nullptr; }

  // The spelling check's dictionaries, for stages that ask how a language reads a word (see
  // SpellingDictionaries::Read); nullptr when the check is off.
  const SpellingDictionaries* spelling_dictionaries() const { return dictionaries_.get(); }

  // Maps a model's code to ours ("iw"→"he", "zh-Hant"→"zh", "jw"→"jv", "in"→"id", ...).
  static std::string CanonicalCode(std::string_view code);

 private:
  LanguageIdentifier();
  struct Scored {
    std::string lang;
    double p;
  };
  std::vector<Scored> FastTextTop(std::string_view text, int k) const;
  // CLD2's top three on the first `max_bytes` of `text`.
  std::vector<Scored> Cld2Top(std::string_view text, bool* reliable, size_t max_bytes) const;

  // The spelling check described above, applied to the decision `guess`.
  LanguageGuess CheckSpelling(const LanguageGuess& guess, const std::vector<Scored>& combined,
                              const std::vector<std::string_view>& words, bool title_case) const;

  std::unique_ptr<fasttext::FastText> fasttext_;
  std::unique_ptr<SpellingDictionaries> dictionaries_;
  LanguageIdOptions options_;
};

}  // namespace storytrace

#endif  // STORYTRACE_TEXT_LANGUAGE_ID_H_
