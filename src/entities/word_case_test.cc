#include "entities/word_case.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/shared_analyzer.h"

namespace storytrace {
namespace {

// A word is written as a name once it has been capitalised inside sentences often enough and
// never written in lower case, before or after; counts are per language.
TEST(WordCaseTest, CapitalisedOnlyUntilWrittenInLowerCase) {
  const TextAnalyzer& analyzer = testing::SharedAnalyzer();
  WordCase words;
  words.CountLowerCase(analyzer.Analyze("Os meninos brincam no barro", "pt"));
  words.CountCapitalised("pt", "barros");
  words.CountCapitalised("pt", "barros");
  EXPECT_FALSE(words.WrittenAsName("pt", "barros", 3));
  words.CountCapitalised("pt", "barros");
  EXPECT_TRUE(words.WrittenAsName("pt", "barros", 3));
  EXPECT_FALSE(words.WrittenAsName("es", "barros", 1));  // another language's count

  // Written in lower case before it was first counted capitalised...
  words.CountLowerCase(analyzer.Analyze("A chama olímpica chega a Tóquio", "pt"));
  for (int i = 0; i < 3; ++i) words.CountCapitalised("pt", "olimpica");
  EXPECT_FALSE(words.WrittenAsName("pt", "olimpica", 3));
  // ...or after.
  words.CountLowerCase(analyzer.Analyze("Os barros do rio sobem com a chuva", "pt"));
  EXPECT_FALSE(words.WrittenAsName("pt", "barros", 3));
  // In another language's text it does not count.
  for (int i = 0; i < 3; ++i) words.CountCapitalised("es", "barros");
  EXPECT_TRUE(words.WrittenAsName("es", "barros", 3));
}

// At most `capacity` words are counted capitalised: the first counted goes first.
TEST(WordCaseTest, CountsFewWords) {
  WordCase words(/*capacity=*/2);
  words.CountCapitalised("pt", "barros");
  words.CountCapitalised("pt", "mamona");
  words.CountCapitalised("pt", "costa");
  EXPECT_FALSE(words.WrittenAsName("pt", "barros", 1));
  EXPECT_TRUE(words.WrittenAsName("pt", "mamona", 1));
  EXPECT_TRUE(words.WrittenAsName("pt", "costa", 1));
}

}  // namespace
}  // namespace storytrace
