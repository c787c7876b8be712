#include "cluster/story_clusterer.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/time.h"
#include "tests/shared_analyzer.h"

namespace storytrace {
namespace {

class StoryClustererTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    analyzer_ = &testing::SharedAnalyzer();
    lexicons_ = new LexiconSet(LexiconSet::Load(testing::DataDir() + "/lexicon"));
    concepts_ = new ConceptMapper(lexicons_);
  }

  std::string Add(StoryClusterer& c, const std::string& id, const std::string& title,
                  const std::string& text, const char* when, const char* lang = "") {
    Article a;
    a.id = id;
    a.title = title;
    a.text = text;
    a.published = ParseIso8601(when);
    return c.Assign(a, analyzer_->Analyze(title + "\n\n" + text, lang));
  }
  static const TextAnalyzer* analyzer_;
  static LexiconSet* lexicons_;
  static ConceptMapper* concepts_;
};
const TextAnalyzer* StoryClustererTest::analyzer_ = nullptr;
LexiconSet* StoryClustererTest::lexicons_ = nullptr;
ConceptMapper* StoryClustererTest::concepts_ = nullptr;

// Full-length reports (the body decides, not the headline).
const char* kQuakeEn1 =
    "A strong earthquake of magnitude 6.8 shook the Arequipa region of southern Peru on Monday "
    "morning, damaging hundreds of homes and cutting roads in the Andes. The national "
    "emergency office said at least twelve people were killed and more than forty injured in "
    "the provinces of Caylloma and Castilla. Rescue teams searched collapsed adobe houses in "
    "the villages near the epicentre, and the government declared a state of emergency.";
const char* kQuakeEn2 =
    "Rescuers in southern Peru searched through collapsed adobe homes on Tuesday after the "
    "magnitude 6.8 earthquake that struck the Arequipa region, as the death toll rose to "
    "fifteen. The emergency office said more than two hundred homes were destroyed in the "
    "provinces of Caylloma and Castilla, and aftershocks kept families sleeping outside.";
const char* kQuakeDe =
    "Ein schweres Erdbeben der Stärke 6,8 hat am Montag die Region Arequipa im Süden Perus "
    "erschüttert und Hunderte Häuser beschädigt. Nach Angaben des nationalen Zivilschutzes "
    "kamen mindestens zwölf Menschen ums Leben, mehr als vierzig wurden verletzt. "
    "Rettungsmannschaften durchsuchten in den Provinzen Caylloma und Castilla eingestürzte "
    "Lehmhäuser, die Regierung rief den Notstand aus.";
const char* kBank =
    "The central bank raised its main interest rate by half a percentage point on Tuesday, "
    "its third increase this year, saying inflation remained well above its target. The "
    "governor told reporters that prices for food and energy were still rising and that "
    "further increases could not be ruled out. Markets had expected a smaller step, and the "
    "currency gained against the dollar after the announcement.";

TEST_F(StoryClustererTest, SameEventJoinsOtherEventSplits) {
  StoryClusterer c({}, concepts_);
  auto s1 = Add(c, "a", "Earthquake of magnitude 6.8 strikes southern Peru", kQuakeEn1,
                "2025-03-10T08:00:00Z");
  auto s2 = Add(c, "b", "Peru earthquake: rescuers search damaged homes in Arequipa", kQuakeEn2,
                "2025-03-11T12:00:00Z");
  auto s3 = Add(c, "c", "Central bank raises interest rates to fight inflation", kBank,
                "2025-03-11T09:00:00Z");
  EXPECT_EQ(s1, "st-a");
  EXPECT_EQ(s2, s1);
  EXPECT_NE(s3, s1);
  EXPECT_EQ(c.live_clusters(), 2u);
}

TEST_F(StoryClustererTest, ReportsInTwoLanguagesBecomeOneStory) {
  if (lexicons_->size() == 0) GTEST_SKIP() << "no lexicons (scripts/setup.sh compiles them)";
  StoryClusterer c({}, concepts_);
  auto en = Add(c, "en", "Earthquake of magnitude 6.8 strikes southern Peru", kQuakeEn1,
                "2025-03-10T08:00:00Z");
  auto de = Add(c, "de", "Schweres Erdbeben im Süden Perus", kQuakeDe, "2025-03-10T10:00:00Z");
  auto bank = Add(c, "bank", "Central bank raises interest rates", kBank, "2025-03-10T11:00:00Z");
  EXPECT_EQ(de, en);
  EXPECT_NE(bank, en);
  // Two language clusters (the per-language view) in one story.
  EXPECT_EQ(c.live_clusters(), 3u);
}

TEST_F(StoryClustererTest, MergedStoriesKeepTheOlderIdAndAnswerTheNewOne) {
  if (lexicons_->size() == 0) GTEST_SKIP() << "no lexicons (scripts/setup.sh compiles them)";
  StoryClusterer c({}, concepts_);
  // The German report arrives first but is dated later; the English one starts its own story
  // and the two stories merge: the older (English) id survives.
  auto de = Add(c, "de", "Schweres Erdbeben im Süden Perus", kQuakeDe, "2025-03-10T10:00:00Z");
  std::vector<StoryMerge> none = c.TakeMerges();
  EXPECT_TRUE(none.empty());
  Article a;
  a.id = "en";
  a.title = "Earthquake of magnitude 6.8 strikes southern Peru";
  a.text = kQuakeEn1;
  a.published = ParseIso8601("2025-03-10T08:00:00Z");
  // Observe puts the article into a story of its own without deciding; the next change of
  // either cluster links them.
  c.Observe(a, analyzer_->Analyze(a.title + "\n\n" + a.text), "st-en");
  std::vector<StoryMerge> merges = c.TakeMerges();
  ASSERT_EQ(merges.size(), 1u);
  EXPECT_EQ(merges[0].from, de);
  EXPECT_EQ(merges[0].into, "st-en");
  EXPECT_EQ(c.ResolveStory(de), "st-en");
}

TEST_F(StoryClustererTest, Deterministic) {
  auto run = [&]() {
    StoryClusterer c({}, concepts_);
    std::vector<std::string> out;
    out.push_back(Add(c, "1", "Earthquake in Peru", kQuakeEn1, "2025-01-01T00:00:00Z"));
    out.push_back(Add(c, "2", "Erdbeben in Peru", kQuakeDe, "2025-01-01T05:00:00Z"));
    out.push_back(Add(c, "3", "Interest rates rise", kBank, "2025-01-02T00:00:00Z"));
    out.push_back(Add(c, "4", "Peru quake toll rises", kQuakeEn2, "2025-01-02T03:00:00Z"));
    return out;
  };
  EXPECT_EQ(run(), run());
}

// Counting ahead (in any order, as analysis threads do) and assigning in stream order gives
// the stories and profiles of Assign.
TEST_F(StoryClustererTest, CountingAheadChangesNothing) {
  struct Item {
    const char* id;
    const char* title;
    const char* text;
    const char* when;
  };
  const std::vector<Item> items = {
      {"1", "Earthquake in Peru", kQuakeEn1, "2025-01-01T00:00:00Z"},
      {"2", "Erdbeben in Peru", kQuakeDe, "2025-01-01T05:00:00Z"},
      {"3", "Interest rates rise", kBank, "2025-01-02T00:00:00Z"},
      {"4", "Peru quake toll rises", kQuakeEn2, "2025-01-02T03:00:00Z"}};
  std::vector<Article> articles;
  std::vector<AnalyzedText> analyzed;
  for (const Item& it : items) {
    Article a;
    a.id = it.id;
    a.title = it.title;
    a.text = it.text;
    a.published = ParseIso8601(it.when);
    analyzed.push_back(analyzer_->Analyze(a.title + "\n\n" + a.text, ""));
    articles.push_back(std::move(a));
  }
  StoryClusterer direct({}, concepts_), ahead({}, concepts_);
  std::vector<std::unique_ptr<PreparedArticle>> prepared(items.size());
  for (size_t i = items.size(); i-- > 0;) prepared[i] = ahead.Prepare(articles[i], analyzed[i]);
  for (size_t i = 0; i < items.size(); ++i) {
    ASSERT_NE(prepared[i], nullptr);
    std::string want = direct.Assign(articles[i], analyzed[i]);
    EXPECT_EQ(ahead.AssignPrepared(articles[i], analyzed[i], prepared[i].get()), want) << i;
    EXPECT_EQ(ahead.last_cluster_id(), direct.last_cluster_id()) << i;
  }
  EXPECT_EQ(direct.TakeMerges().size(), ahead.TakeMerges().size());
  // Without a prepared article, AssignPrepared is Assign.
  Article late = articles[3];
  late.id = "5";
  EXPECT_EQ(ahead.AssignPrepared(late, analyzed[3], nullptr), direct.Assign(late, analyzed[3]));
}

TEST_F(StoryClustererTest, OldStoriesExpire) {
  ClustererOptions o;
  o.window_seconds = 86400;
  StoryClusterer c(o, concepts_);
  auto s1 = Add(c, "a", "Earthquake in Peru", kQuakeEn1, "2025-01-01T00:00:00Z");
  auto s2 = Add(c, "b", "Earthquake in Peru", kQuakeEn1, "2025-01-05T00:00:00Z");
  EXPECT_NE(s1, s2);
  EXPECT_EQ(c.live_clusters(), 1u);
}

TEST_F(StoryClustererTest, UndatedArticlesAgeByTheirIngestTime) {
  ClustererOptions o;
  o.window_seconds = 86400;
  StoryClusterer c(o, concepts_);
  auto undated = [&](const std::string& id, const char* text, const char* ingested) {
    Article a;
    a.id = id;
    a.title = "Earthquake in Peru";
    a.text = text;
    a.fetched = *ParseIso8601(ingested);
    return c.Assign(a, analyzer_->Analyze(a.title + "\n\n" + a.text, ""));
  };
  auto u1 = undated("u1", kQuakeEn1, "2026-01-01T00:00:00Z");
  // A dated archive read in the same run neither keeps it nor ends it: its clock is 2021's.
  Add(c, "d1", "Floods in Passau", "The Danube rose above ten metres in Passau.", "2021-01-01T00:00:00Z");
  Add(c, "d2", "Floods in Passau", "The Danube fell in Passau.", "2021-01-09T00:00:00Z");
  EXPECT_EQ(undated("u2", kQuakeEn2, "2026-01-01T02:00:00Z"), u1);
  EXPECT_EQ(c.live_clusters(), 2u);  // d1's story left when d2 came eight days later
  // Ingested four days after the last undated article: u1 and u2 have left the live set.
  EXPECT_NE(undated("u3", kQuakeEn1, "2026-01-05T03:00:00Z"), u1);
  EXPECT_EQ(c.live_articles(), 2u);  // d2, u3
}

TEST_F(StoryClustererTest, UndatedArticlesOfUnknownTimeAreBoundByCount) {
  ClustererOptions o;
  o.max_undated_articles = 10;
  StoryClusterer c(o, concepts_);
  std::string first_story;
  for (int i = 0; i < 40; ++i) {
    Article a;
    a.id = std::to_string(i);
    a.title = fmt::format("Zorblat{0} quintex{0}", i);
    a.text = fmt::format("Morvane{0} trelik{0} vasoput{0} glenmar{0} oskitra{0}.", i);
    std::string story = c.Assign(a, analyzer_->Analyze(a.title + "\n\n" + a.text, "en"));
    if (i == 0) first_story = story;
    EXPECT_LE(c.live_articles(), 11u) << i;  // the bound, and the article just added
  }
  EXPECT_GE(c.live_articles(), 9u);
  // The first article's cluster left; its text starts a new story.
  Article again;
  again.id = "again";
  again.title = "Zorblat0 quintex0";
  again.text = "Morvane0 trelik0 vasoput0 glenmar0 oskitra0.";
  EXPECT_EQ(c.Assign(again, analyzer_->Analyze(again.title + "\n\n" + again.text, "en")), "st-again");
  EXPECT_EQ(first_story, "st-0");
}

TEST_F(StoryClustererTest, HeadlinesUseTheHeadlineModel) {
  StoryClusterer c({}, concepts_);
  auto s1 = Add(c, "1", "Japan mayor apologizes for biting athlete's gold medal", "",
                "2021-08-12T10:00:00Z", "en");
  auto s2 = Add(c, "2", "Japan mayor apologizes for biting athlete's gold medal", "",
                "2021-08-12T11:00:00Z", "en");
  auto s3 = Add(c, "3", "Sky Brown to make British Olympic history as skateboarder", "",
                "2021-08-12T12:00:00Z", "en");
  EXPECT_EQ(s1, s2);
  EXPECT_NE(s3, s1);
}

}  // namespace
}  // namespace storytrace
