#include "entities/curated_phrase.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/shared_analyzer.h"
#include "tests/shared_entities.h"

namespace storytrace {
namespace {

// The text of the curated name CuratedPhraseEnd finds at the first token of `text` that begins
// one, or "" when none does.
std::string FirstPhrase(const std::string& text, const std::string& lang) {
  const TextAnalyzer& analyzer = testing::SharedAnalyzer();
  const AnalyzedText at = analyzer.Analyze(text, lang);
  const NameTokens nt(text, at, &testing::SharedGazetteer(), &testing::SharedLexicons(),
                      analyzer.language_identifier().spelling_dictionaries());
  for (size_t k = 0; k < nt.size(); ++k) {
    if (const size_t end = CuratedPhraseEnd(nt, testing::SharedGazetteer(), text, k)) {
      return text.substr(nt.token(k).span.begin, nt.token(end - 1).span.end - nt.token(k).span.begin);
    }
  }
  return "";
}

TEST(CuratedPhraseTest, FindsCuratedNamesRunsWouldCut) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "no gazetteer data";
  EXPECT_EQ(FirstPhrase("The Federal Republic of Germany was founded in 1949.", "en"),
            "Federal Republic of Germany");
  EXPECT_EQ(FirstPhrase("Kämpfer des Islamischen Staates griffen an.", "de"),
            "Islamischen Staates");
  EXPECT_EQ(FirstPhrase("Er sprach mit der Welt am Sonntag.", "de"), "Welt am Sonntag");
  EXPECT_EQ(FirstPhrase("The Federal Reserve of the city met.", "en"), "");
}

}  // namespace
}  // namespace storytrace
