// The per-article text analysis pass.
#include "text/analyzed_text.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/normalizer.h"
#include "text/stemmer.h"
#include "text/word_forms.h"

namespace storytrace {
namespace {

// Whether the word at byte `begin` of `text` continues a clause: the text before it (spaces
// skipped, on the same line) ends in a letter, a digit or a comma. After a sentence's end, a
// colon, a dash, a bracket or an opening quotation mark a German word is capitalised whatever
// it is ("sagte er: Die Lage…", „Die Nächte…“).
bool InsideClause(std::string_view text, uint32_t begin) {
  int32_t i = static_cast<int32_t>(begin);
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  if (i == 0) return false;
  if (text[i - 1] == ',') return true;
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return c > 0 && (u_isalpha(c) || u_isdigit(c));
}

}  // namespace

Result<std::unique_ptr<TextAnalyzer>> TextAnalyzer::Create(const std::string& data_dir,
                                                            LanguageIdOptions lid_options) {
  auto lid = LanguageIdentifier::Create(data_dir, lid_options);
  if (!lid.ok()) return lid.status();
  auto stop = Stopwords::Load(data_dir);
  if (!stop.ok()) return stop.status();
  return std::unique_ptr<TextAnalyzer>(
      new TextAnalyzer(std::move(lid).value(), std::move(stop).value()));
}

LanguageGuess TextAnalyzer::DetectLanguage(std::string_view text, std::string_view given_lang,
                                           bool* overridden) const {
  if (overridden) *overridden = false;
  const bool stated = !given_lang.empty() && given_lang != "und";
  std::string given = stated ? LanguageIdentifier::CanonicalCode(given_lang) : std::string();
  LanguageGuess guess = lid_->Identify(text, given);
  if (!stated) return guess;
  if (guess.lang == given) return guess;
  size_t letters = 0;
  for (unsigned char c : text) letters += (std::isalpha(c) || c >= 0xC0) ? 1 : 0;
  if (guess.lang != "und" && guess.confidence >= 0.9 && letters >= 200) {
    if (overridden) *overridden = true;
    return guess;
  }
  return LanguageGuess{given, guess.lang == "und" ? 0.5 : 1 - guess.confidence};
}

AnalyzedText TextAnalyzer::Analyze(std::string_view text, std::string_view given_lang) const {
  AnalyzedText out;
  LanguageGuess g = DetectLanguage(text, given_lang, &out.lang_overridden);
  out.lang = g.lang;
  out.lang_confidence = g.confidence;
  out.lang_given = std::string(given_lang);
  FillTokens(text, &out);
  return out;
}

AnalyzedText TextAnalyzer::AnalyzeDecided(std::string_view text, std::string_view lang,
                                          double confidence) const {
  AnalyzedText out;
  out.lang = lang.empty() ? "und" : std::string(lang);
  out.lang_confidence = confidence;
  out.lang_given = std::string(lang);
  FillTokens(text, &out);
  return out;
}

void TextAnalyzer::FillTokens(std::string_view text, AnalyzedText* out) const {
  std::vector<TokenSpan> spans = Tokenize(text);
  out->sentences = SplitSentences(text, spans);
  out->tokens.reserve(spans.size());
  const Stopwords::List* stop = stopwords_.ListFor(out->lang);
  sb_stemmer* stemmer = ThreadStemmer(out->lang);
  // German writes its nouns capitalised, and its stopword lists hold nouns that are also
  // function words in lower case (Recht/recht, Morgen/morgen) or that the lists' makers took
  // for too common to matter (Jahr, Zeit, Menschen): capitalised inside a clause, such a word
  // is a noun, not a stopword.
  const bool capitalises_nouns = CapitalisesNouns(out->lang);
  for (const TokenSpan& s : spans) {
    AnalyzedToken t;
    t.span = s;
    std::string_view surface = text.substr(s.begin, s.end - s.begin);
    t.folded = FoldForMatching(surface);
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(surface.data()), i,
            static_cast<int32_t>(surface.size()), c);
    t.capitalized = c > 0 && u_isupper(c);
    t.all_caps = IsInCapitals(surface);
    if (s.kind == TokenKind::kWord) {
      t.listed = stop && stop->count(t.folded) > 0;
      t.stopword = t.listed &&
                   !(capitalises_nouns && t.capitalized && !t.all_caps && InsideClause(text, s.begin));
      t.stem = t.stopword ? t.folded : StemWith(stemmer, t.folded);
    } else {
      t.stem = t.folded;
    }
    out->tokens.push_back(std::move(t));
  }
}

AnalyzedText TailOf(const AnalyzedText& analyzed, uint32_t from) {
  AnalyzedText out;
  out.lang = analyzed.lang;
  out.lang_confidence = analyzed.lang_confidence;
  out.lang_given = analyzed.lang_given;
  out.lang_overridden = analyzed.lang_overridden;
  for (const AnalyzedToken& t : analyzed.tokens) {
    if (t.span.begin < from) continue;
    out.tokens.push_back(t);
    out.tokens.back().span.begin -= from;
    out.tokens.back().span.end -= from;
  }
  for (const SentenceSpan& s : analyzed.sentences) {
    if (s.begin < from) continue;
    out.sentences.push_back({s.begin - from, s.end - from});
  }
  return out;
}

}  // namespace storytrace
