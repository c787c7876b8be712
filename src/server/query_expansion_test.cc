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
  QueryExpansion x = e.Expand("Erdbeben Kirgistan");
  const std::vector<std::string>& added = x.translations;
  const std::string& fts = x.fts;
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
  EXPECT_EQ(bare.Expand("flood Passau").fts, "\"flood\" AND \"Passau\"");
  EXPECT_EQ(bare.Expand("  ,;  ").fts, "");
  EXPECT_EQ(bare.Expand("say \"hi\" OR NEAR(").fts, "\"say\" AND \"hi\" AND \"OR\" AND \"NEAR\"");
}

// One entity named `canonical`, spelt `spellings` too.
std::vector<Store::NamedEntity> One(std::string canonical, std::vector<std::string> spellings = {}) {
  return {{"e:" + canonical, canonical, "LOC", 1, std::move(spellings)}};
}

// Entities of a toy store of names: "Abu Kamal" (three spellings), "Tokyo", "Naomi Osaka", and
// "Dortmund", a club and a city.
std::vector<Store::NamedEntity> ToyNames(std::string_view name, std::vector<std::string>* asked) {
  asked->emplace_back(name);
  if (name == "abu kamal" || name == "Abu Kamal") return One("Abu Kamal", {"al-Bukamal", "Albu Kamal", "Abu Kamal"});
  if (name == "Tokyo") return One("Tokyo", {"Tokio", "TOKYO"});
  if (name == "Naomi Osaka") return One("Naomi Osaka", {"Osaka", "Naomi-Osaka", "Naomi Ōsaka", "Осака", "Наоми Осака"});
  if (name == "Dortmund") {
    return {{"org:bvb", "Borussia Dortmund", "ORG", 14, {"Dortmund", "BVB"}},
            {"loc:dortmund", "Dortmund", "LOC", 1, {"Dortmund"}}};
  }
  return {};
}

TEST_F(QueryExpanderTest, NamesAreOnePhraseWithTheirSpellings) {
  QueryExpander bare(nullptr, stopwords_);
  std::vector<std::string> asked;
  QueryExpansion x = bare.Expand("abu kamal airstrike", [&](std::string_view n) { return ToyNames(n, &asked); });
  EXPECT_EQ(x.fts, "(\"abu kamal\" OR \"al-Bukamal\" OR \"Albu Kamal\") AND \"airstrike\"");
  EXPECT_EQ(x.spellings, (std::vector<std::string>{"al-Bukamal", "Albu Kamal"}));
  // Longest run first: "abu kamal airstrike", then "abu kamal" (found); then "airstrike".
  EXPECT_EQ(asked, (std::vector<std::string>{"abu kamal airstrike", "abu kamal", "airstrike"}));
  // A name typed twice is widened twice, its spellings reported once.
  QueryExpansion twice = bare.Expand("Abu Kamal, abu kamal", [&](std::string_view n) { return ToyNames(n, &asked); });
  EXPECT_EQ(twice.spellings, (std::vector<std::string>{"al-Bukamal", "Albu Kamal"}));
  EXPECT_EQ(twice.fts, "(\"Abu Kamal\" OR \"al-Bukamal\" OR \"Albu Kamal\") AND "
                       "(\"abu kamal\" OR \"al-Bukamal\" OR \"Albu Kamal\")");
}

TEST_F(QueryExpanderTest, NoSpellingTheIndexReadsAsTheNameOrAsPartOfALongerOne) {
  QueryExpander bare(nullptr, stopwords_);
  std::vector<std::string> asked;
  QueryExpansion x = bare.Expand("Naomi Osaka", [&](std::string_view n) { return ToyNames(n, &asked); });
  // "Naomi-Osaka" and "Naomi Ōsaka" are "Naomi Osaka" to the index; "Osaka" alone would find
  // the city, and so would "Осака".
  EXPECT_EQ(x.spellings, std::vector<std::string>{"Наоми Осака"});
  EXPECT_EQ(x.fts, "(\"Naomi Osaka\" OR \"Наоми Осака\")");
}

TEST_F(QueryExpanderTest, OneWordNamesButNotStopwordsOrShortWords) {
  QueryExpander bare(nullptr, stopwords_);
  std::vector<std::string> asked;
  QueryExpansion x = bare.Expand("the Tokyo of it", [&](std::string_view n) { return ToyNames(n, &asked); });
  EXPECT_EQ(x.fts, "\"the\" AND (\"Tokyo\" OR \"Tokio\") AND \"of\" AND \"it\"");
  // Single words asked: "Tokyo" only ("the", "of", "it" are stopwords or short).
  EXPECT_EQ(std::count(asked.begin(), asked.end(), "Tokyo"), 1);
  EXPECT_EQ(std::count(asked.begin(), asked.end(), "the"), 0);
  EXPECT_EQ(std::count(asked.begin(), asked.end(), "it"), 0);
  // A name that denotes nothing is a plain word; quotes in spellings are doubled.
  QueryExpansion q = bare.Expand("Nobody", [](std::string_view) { return std::vector<Store::NamedEntity>{}; });
  EXPECT_EQ(q.fts, "\"Nobody\"");
  EXPECT_TRUE(q.names.empty());
  QueryExpansion r = bare.Expand("Acme", [](std::string_view) { return One("Acme \"Inc\""); });
  EXPECT_EQ(r.fts, "(\"Acme\" OR \"Acme \"\"Inc\"\"\")");
}

TEST_F(QueryExpanderTest, AnAmbiguousNameIsWidenedToEveryReadingAndSaysWhich) {
  QueryExpander bare(nullptr, stopwords_);
  std::vector<std::string> asked;
  QueryExpansion x = bare.Expand("Dortmund Tokyo", [&](std::string_view n) { return ToyNames(n, &asked); });
  EXPECT_EQ(x.fts, "(\"Dortmund\" OR \"Borussia Dortmund\" OR \"BVB\") AND (\"Tokyo\" OR \"Tokio\")");
  ASSERT_EQ(x.names.size(), 2u);
  EXPECT_EQ(x.names[0].text, "Dortmund");
  ASSERT_EQ(x.names[0].entities.size(), 2u);
  EXPECT_EQ(x.names[0].entities[0].id, "org:bvb");
  EXPECT_EQ(x.names[0].entities[0].mentions, 14);
  EXPECT_TRUE(x.names[0].entities[0].spellings.empty());  // reported in `spellings`
  EXPECT_EQ(x.names[0].entities[1].type, "LOC");
  EXPECT_EQ(x.names[1].text, "Tokyo");
  EXPECT_EQ(x.names[1].entities.size(), 1u);
}

}  // namespace
}  // namespace storytrace
