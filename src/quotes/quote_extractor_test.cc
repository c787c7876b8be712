#include "quotes/quote_extractor.h"

#include <gtest/gtest.h>

#include "entities/gazetteer.h"
#include "entities/name_key.h"
#include "tests/shared_analyzer.h"

namespace storytrace {
namespace {

class QuoteTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    analyzer_ = &testing::SharedAnalyzer();
    lexicons_ = new LexiconSet(LexiconSet::Load(testing::DataDir() + "/lexicon"));
  }
  static void TearDownTestSuite() { delete lexicons_; }
  std::vector<ExtractedQuote> Quotes(const std::string& text, const std::string& lang) {
    AnalyzedText at = analyzer_->Analyze(text, lang);
    MentionFinder finder(&gazetteer_, lexicons_);
    mentions_ = finder.Find(text, at);
    return ExtractQuotes(text, at, mentions_);
  }
  static const TextAnalyzer* analyzer_;
  static LexiconSet* lexicons_;
  Gazetteer gazetteer_;
  std::vector<Mention> mentions_;
};
const TextAnalyzer* QuoteTest::analyzer_ = nullptr;
LexiconSet* QuoteTest::lexicons_ = nullptr;

TEST_F(QuoteTest, GermanQuoteWithSpeakerAfterIt) {
  auto q = Quotes("Die Lage ist ernst. „Wir stehen mit allen Seiten in engem Kontakt“, sagte "
                  "Außenamtssprecherin Maria Sacharowa am Mittwoch in Moskau.",
                  "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Wir stehen mit allen Seiten in engem Kontakt");
  EXPECT_EQ(q[0].speaker, "Maria Sacharowa");
}

TEST_F(QuoteTest, PronounSpeakerIsTheLastPersonAndSplitQuotesContinue) {
  auto q = Quotes("Claudia Reitmeier leitet das Lagezentrum. „Das Wasser kann nirgendwohin, und "
                  "die Deiche stehen unter Druck“, sagte sie. „Wir beobachten jede Stelle rund "
                  "um die Uhr.“",
                  "de");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Claudia Reitmeier");
  EXPECT_EQ(q[1].speaker, "Claudia Reitmeier");
}

TEST_F(QuoteTest, EnglishSpeakerBeforeAndScareQuotesSkipped) {
  auto q = Quotes("Mayor Renate Huber said: “We will rebuild every shop in the old town.” "
                  "The ministry called him a “legendary general” last year.",
                  "en");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "We will rebuild every shop in the old town.");
  EXPECT_EQ(q[0].speaker, "Renate Huber");
}

TEST_F(QuoteTest, UnattributedQuoteHasNoSpeaker) {
  auto q = Quotes("Auf dem Plakat stand „Nie wieder Hochwasser in unserer Stadt“ in großen "
                  "Buchstaben.",
                  "de");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
}

TEST_F(QuoteTest, SurnameMentionsJoinTheFullName) {
  Quotes("Wladimir Putin traf Baschar al-Assad in Sotschi. Putin sagte, Assad sei willkommen.",
         "de");
  std::vector<std::string> keys;
  for (const auto& m : mentions_) {
    if (m.type == "PER") keys.push_back(m.text + "=" + m.key);
  }
  ASSERT_GE(keys.size(), 4u);
  EXPECT_EQ(mentions_[0].key, NameKey("Wladimir Putin"));
  bool putin_linked = false, assad_linked = false;
  for (const auto& m : mentions_) {
    if (m.text == "Putin") putin_linked = m.key == NameKey("Wladimir Putin");
    if (m.text == "Assad") assad_linked = m.key == NameKey("Baschar al-Assad");
  }
  EXPECT_TRUE(putin_linked);
  EXPECT_TRUE(assad_linked);
}

}  // namespace
}  // namespace storytrace
