// AnalyzedText: an article's language, tokens, stems and sentences, computed once and reused
// by every later stage.
#ifndef STORYTRACE_TEXT_ANALYZED_TEXT_H_
#define STORYTRACE_TEXT_ANALYZED_TEXT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "text/language_id.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"

namespace storytrace {

struct AnalyzedToken {
  TokenSpan span;          // byte offsets into the analysed text
  std::string folded;      // FoldForMatching of the surface form
  std::string stem;        // Snowball stem of `folded` (== folded when no stemmer)
  bool stopword = false;     // in the language's list; in German, not when capitalised
                             // inside a clause (a noun: "das Recht", not "recht gut")
  bool listed = false;       // in the language's list, whatever its case ("die Menschen")
  bool capitalized = false;  // surface form starts with an upper-case letter
  bool all_caps = false;     // surface form is two or more ASCII capitals (US, UK, NATO)
};

struct AnalyzedText {
  std::string lang = "und";
  double lang_confidence = 0;
  std::string lang_given;     // language stated by the input, if any
  bool lang_overridden = false;  // the stated language was contradicted with high confidence
  std::vector<AnalyzedToken> tokens;
  std::vector<SentenceSpan> sentences;
};

// The analysis of the analysed text from byte `from` on, as if that part had been analysed
// alone in the same language: the tokens and sentences that start there, their offsets shifted
// by `from`. `from` should start a paragraph (sentences never cross one), e.g. an article's
// body after its title and a blank line.
AnalyzedText TailOf(const AnalyzedText& analyzed, uint32_t from);

// Runs language identification, tokenisation, folding, stopword marking and stemming.
// Thread-safe. Not copyable.
class TextAnalyzer {
 public:
  // Loads the language model and stopwords from `data_dir`; fails (Unavailable) when missing.
  // `lid_options` configure language identification (LanguageIdentifier).
  static Result<std::unique_ptr<TextAnalyzer>> Create(const std::string& data_dir,
                                                      LanguageIdOptions lid_options = {});

  TextAnalyzer(const TextAnalyzer&) = delete;
  TextAnalyzer& operator=(const TextAnalyzer&) = delete;

  // Analyses `text`. `given_lang` (ISO 639-1, may be empty) is honoured unless the identifier
  // contradicts it with confidence ≥ 0.9 on at least 200 letters of text, in which case the
  // identified language is used and `lang_overridden` is set.
  AnalyzedText Analyze(std::string_view text, std::string_view given_lang = {}) const;

  // Analyses `text` in `lang`, a language already decided for it (as stored by an earlier
  // ingest, with its `confidence`): no identification runs, so no language model or spelling
  // dictionary of another language is consulted. Tokens, stems and sentences are those
  // Analyze gives when it decides `lang`.
  AnalyzedText AnalyzeDecided(std::string_view text, std::string_view lang,
                              double confidence) const;

  // Only the language decision of Analyze (same rule for `given_lang`).
  LanguageGuess DetectLanguage(std::string_view text, std::string_view given_lang,
                               bool* overridden = nullptr) const;

  const LanguageIdentifier& language_identifier() const { return *lid_; }
  const Stopwords& stopwords() const { return stopwords_; }

 private:
  // Fills `out`'s tokens and sentences for `text` in `out->lang`.
  void FillTokens(std::string_view text, AnalyzedText* out) const;

  TextAnalyzer(std::unique_ptr<LanguageIdentifier> lid, Stopwords stopwords)
      : lid_(std::move(lid)), stopwords_(std::move(stopwords)) {}

  std::unique_ptr<LanguageIdentifier> lid_;
  Stopwords stopwords_;
};

}  // namespace storytrace

#endif  // STORYTRACE_TEXT_ANALYZED_TEXT_H_
