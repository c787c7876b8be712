#include "text/stemmer.h"

#include <gtest/gtest.h>

#include "text/analyzed_text.h"
#include "tests/test_paths.h"

namespace storytrace {
namespace {

TEST(StemmerTest, Table) {
  struct Case {
    const char* word;
    const char* lang;
    const char* stem;
  } cases[] = {
      {"truppen", "de", "trupp"},   {"troops", "en", "troop"},     {"advances", "en", "advanc"},
      {"syrienne", "fr", "syrien"}, {"avanzó", "es", "avanz"},     {"заявила", "ru", "заяв"},
      {"words", "xx", "words"},
      // Slovenian, Croatian and Bosnian have no Snowball stemmer of their own; the Serbian one
      // (Latin script, the same case endings) conflates their inflected forms.
      {"olimpijskih", "sl", "olimpijsk"}, {"olimpijske", "sl", "olimpijsk"},
      {"medaljo", "sl", "medalj"},       {"zlatnu", "hr", "zlatn"},
  };
  for (const auto& c : cases) EXPECT_EQ(Stem(c.word, c.lang), c.stem) << c.word;
  EXPECT_TRUE(HasStemmer("de"));
  EXPECT_FALSE(HasStemmer("zh"));
}

TEST(TextAnalyzerTest, AnalyzesOnceWithLanguageStemsAndStopwords) {
  auto analyzer = TextAnalyzer::Create(testing::DataDir());
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();
  auto a = analyzer.value()->Analyze("Syrische Truppen rücken weiter entlang des Euphrat vor. "
                                     "Die Miliz steht vor ihrer Zerschlagung.");
  EXPECT_EQ(a.lang, "de");
  ASSERT_EQ(a.sentences.size(), 2u);
  ASSERT_GE(a.tokens.size(), 10u);
  EXPECT_EQ(a.tokens[1].folded, "truppen");
  EXPECT_EQ(a.tokens[1].stem, "trupp");
  EXPECT_TRUE(a.tokens[0].capitalized);
  EXPECT_TRUE(a.tokens[5].stopword);  // "des"
}

TEST(TextAnalyzerTest, GivenLanguageHonouredUnlessClearlyWrong) {
  STORYTRACE_SKIP_WITHOUT_SEEDS();
  auto analyzer = TextAnalyzer::Create(testing::DataDir());
  ASSERT_TRUE(analyzer.ok());
  // Too short to contradict: the stated language stands.
  auto a = analyzer.value()->Analyze("Putin und Trump", "en");
  EXPECT_EQ(a.lang, "en");
  EXPECT_FALSE(a.lang_overridden);
  // A long German text labelled English is overridden and the override recorded.
  std::string de = testing::ReadFile(testing::SeedsDir() + "/002_d6bc3228ecf4b712.txt");
  auto b = analyzer.value()->Analyze(de, "en");
  EXPECT_EQ(b.lang, "de");
  EXPECT_TRUE(b.lang_overridden);
  EXPECT_EQ(b.lang_given, "en");
}

}  // namespace
}  // namespace storytrace
