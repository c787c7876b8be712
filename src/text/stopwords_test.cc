#include "text/stopwords.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace storytrace {
namespace {

namespace fs = std::filesystem;

class StopwordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("stopwords_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& json) {
    std::ofstream((dir_ / name).string()) << json;
  }
  fs::path dir_;
};

TEST_F(StopwordsTest, FunctionWordListsNarrowBroadOnesUnlessTheyHoldCharactersOnly) {
  Write("stopwords-iso.json",
        R"({"en": ["the", "any", "open", "World"], "zh": ["的", "任何", "不得"], "fr": ["le"]})");
  Write("stopwords-function.json", R"({"en": ["the", "any", "those"], "zh": ["的", "和"]})");
  auto s = Stopwords::Load(dir_.string());
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

TEST_F(StopwordsTest, MissingOrMalformedFilesAreErrors) {
  auto missing = Stopwords::Load(dir_.string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("stopwords-iso.json"), std::string::npos);
  Write("stopwords-iso.json", R"({"en": ["the"]})");
  EXPECT_TRUE(Stopwords::Load(dir_.string()).ok());  // the function list is optional
  Write("stopwords-function.json", "[1, 2");
  EXPECT_FALSE(Stopwords::Load(dir_.string()).ok());
}

}  // namespace
}  // namespace storytrace
