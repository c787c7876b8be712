#include "server/query_expansion.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/test_paths.h"

namespace storytrace {
namespace {

class QueryExpanderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicons_ = new LexiconSet(LexiconSet::Load(testing::DataDir() + "/lexicon"));
    auto s = Stopwords::Load(testing::DataDir());
    ASSERT_TRUE(s.ok());
    stopwords_ = new Stopwords(std::move(s).value());
  }
  static LexiconSet* lexicons_;
  static Stopwords* stopwords_;
};
LexiconSet* QueryExpanderTest::lexicons_ = nullptr;
Stopwords* QueryExpanderTest::stopwords_ = nullptr;

TEST_F(QueryExpanderTest, WordsAreAndedAndWidenedWithTranslations) {
  if (lexicons_->size() == 0) GTEST_SKIP() << "no lexicons (scripts/setup.sh compiles them)";
  QueryExpander e(lexicons_, stopwords_);
  std::vector<std::string> added;
  std::string fts = e.ToFts("Erdbeben Kirgistan", &added);
  EXPECT_NE(std::find(added.begin(), added.end(), "earthquak"), added.end()) << fts;
  EXPECT_NE(fts.find("(\"Erdbeben\" OR "), std::string::npos) << fts;
  EXPECT_NE(fts.find("\"earthquak\"*"), std::string::npos) << fts;
  EXPECT_NE(fts.find(" AND (\"Kirgistan\" OR "), std::string::npos) << fts;
  for (const std::string& a : added) {
    EXPECT_GE(a.size(), 4u) << a;  // no short stems that match everything
  }
}

TEST_F(QueryExpanderTest, NoLexiconsNoWordsNoQuotesLeak) {
  QueryExpander bare(nullptr, nullptr);
  EXPECT_EQ(bare.ToFts("flood Passau"), "\"flood\" AND \"Passau\"");
  EXPECT_EQ(bare.ToFts("  ,;  "), "");
  EXPECT_EQ(bare.ToFts("say \"hi\" OR NEAR("), "\"say\" AND \"hi\" AND \"OR\" AND \"NEAR\"");
}

}  // namespace
}  // namespace storytrace
