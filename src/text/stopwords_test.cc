#include "text/stopwords.h"

#include <gtest/gtest.h>

#include "tests/temp_dir.h"

namespace storytrace {
namespace {

TEST(StopwordsTest, FunctionWordListsNarrowBroadOnesUnlessTheyHoldCharactersOnly) {
  testing::TempDir dir("st_stopwords_lists");
  dir.Write("stopwords-iso.json",
            R"({"en": ["the", "any", "open", "World"], "zh": ["的", "任何", "不得"], "fr": ["le"]})");
  dir.Write("stopwords-function.json", R"({"en": ["the", "any", "those"], "zh": ["的", "和"]})");
  auto s = Stopwords::Load(dir.string());
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE(s.value().Contains("en", "any"));
  EXPECT_FALSE(s.value().Contains("en", "open"));   // a content word of the broad list
  EXPECT_FALSE(s.value().Contains("en", "those"));  // only in the function list
  // The Chinese function list is of single characters: the broad list is kept whole.
  EXPECT_TRUE(s.value().Contains("zh", "任何"));
  EXPECT_TRUE(s.value().Contains("zh", "不得"));
  EXPECT_TRUE(s.value().Contains("zh", "的"));
  EXPECT_FALSE(s.value().Contains("zh", "和"));
  EXPECT_TRUE(s.value().Contains("fr", "le"));  // no function list: kept whole
  EXPECT_EQ(s.value().ListFor("de"), nullptr);
}

TEST(StopwordsTest, MissingOrMalformedFilesAreErrors) {
  testing::TempDir dir("st_stopwords_errors");
  auto missing = Stopwords::Load(dir.string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("stopwords-iso.json"), std::string::npos);
  dir.Write("stopwords-iso.json", R"({"en": ["the"]})");
  EXPECT_TRUE(Stopwords::Load(dir.string()).ok());  // the function list is optional
  dir.Write("stopwords-function.json", "[1, 2");
  EXPECT_FALSE(Stopwords::Load(dir.string()).ok());
}

}  // namespace
}  // namespace storytrace
