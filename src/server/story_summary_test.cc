#include "server/story_summary.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/content_hash.h"
#include "tests/temp_store.h"
#include "tests/test_paths.h"

namespace storytrace {
namespace {

class StorySummaryTest : public testing::TempStoreTest {
 protected:
  // Stores an article (so that the full-text index counts its words) and returns it as a
  // story member.
  Store::StoryArticle Add(const std::string& id, const std::string& lang, const std::string& title,
                          int64_t time, std::optional<std::string> duplicate_of = {},
                          std::string cluster_id = {}) {
    Article a;
    a.id = id;
    a.title = title;
    a.text = title + ".";
    a.lang = lang;
    a.published = time;
    a.fetched = time;
    a.content_hash = ContentHash(id + title);
    EXPECT_TRUE(store_->UpsertArticle(a).ok());
    Store::StoryArticle s;
    s.id = id, s.title = title, s.lang = lang, s.published = time, s.time = s.at = time;
    s.duplicate_of = std::move(duplicate_of);
    s.cluster_id = std::move(cluster_id);
    return s;
  }

  // The summary of `story` in the store's current context (no stopwords).
  Result<StorySummary> Summarize(const std::vector<Store::StoryArticle>& story) {
    auto context = ReadSummaryContext(*store_);
    EXPECT_TRUE(context.ok());
    if (!context.ok()) return context.status();
    return SummarizeStory(*store_, story, context.value());
  }
};

TEST_F(StorySummaryTest, HeadlinesPerLanguageAndKeywordsAsTheIndexSpellsThem) {
  // Other news, so that the story's words are rare in the store.
  Add("o1", "en", "Election results in Bern", 50);
  Add("o2", "de", "Tennisfinale in Paris", 60);
  Add("o3", "en", "Markets close higher", 70);
  std::vector<Store::StoryArticle> story = {
      Add("e1", "en", "Floods reach Passau as river rises", 100),
      Add("e2", "en", "Passau floods: river rises again", 200),
      Add("d1", "de", "„Hochwasser“ in Passau: Straße gesperrt", 300),
      Add("d2", "de", "Hochwasser in Passau – Straße unter Wasser", 400),
      // Only a reprint speaks French in this story: it still gives the French headline.
      Add("f1", "fr", "Inondations à Passau", 500, "elsewhere"),
  };
  auto s = Summarize(story);
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s.value().titles.size(), 3u);
  EXPECT_EQ(s.value().titles[0].first, "en");
  EXPECT_EQ(s.value().titles[1].first, "de");
  EXPECT_EQ(s.value().titles[2], (std::pair<std::string, std::string>{"fr", "Inondations à Passau"}));
  // Words in quotation marks and words with ß are found in the index (before, „Hochwasser“
  // and Straße/strasse were looked up under other spellings and lost their weight).
  const auto& k = s.value().keywords;
  for (const char* word : {"Passau", "Hochwasser", "Straße", "river", "rises"}) {
    EXPECT_NE(std::find(k.begin(), k.end(), word), k.end()) << word;
  }
  EXPECT_EQ(std::find(k.begin(), k.end(), "in"), k.end());
}

// Capitalised keywords written next to each other in most headlines having the rarer of them
// are one name; words in lower case, or joined by a hyphen, stay apart.
TEST_F(StorySummaryTest, KeywordsWrittenTogetherCapitalisedAreOneName) {
  Add("o1", "en", "Election results in Bern", 50);
  Add("o2", "en", "Markets close higher", 60);
  std::vector<Store::StoryArticle> story = {
      Add("s1", "en", "13-year-old Momiji Nishiya wins street skateboarding gold", 100),
      Add("s2", "en", "Momiji Nishiya, 13, takes street skateboarding gold", 200),
      Add("s3", "en", "Nishiya becomes the youngest champion of street skateboarding", 300),
      Add("s4", "es", "La japonesa Momiji Nishiya gana el oro del skateboarding", 400),
  };
  auto s = Summarize(story);
  ASSERT_TRUE(s.ok()) << s.status().message();
  const auto& k = s.value().keywords;
  auto has = [&](const char* w) { return std::find(k.begin(), k.end(), w) != k.end(); };
  EXPECT_TRUE(has("Momiji Nishiya"));
  EXPECT_FALSE(has("Momiji"));
  EXPECT_FALSE(has("Nishiya"));
  EXPECT_TRUE(has("street"));
  EXPECT_TRUE(has("skateboarding"));
  EXPECT_FALSE(has("street skateboarding"));
  EXPECT_FALSE(has("year old"));
}

TEST_F(StorySummaryTest, GrowthAndBreakingCountTheDaysUpToTheNewestArticle) {
  const int64_t hour = 3600, now = 100 * 24 * hour;
  std::vector<Store::StoryArticle> story = {
      Add("a1", "en", "Dam breaks upstream", now - 30 * hour),
      Add("a2", "en", "Dam break floods the valley", now - 5 * hour),
      Add("a3", "en", "Valley evacuated after dam break", now - 2 * hour),
  };
  auto s = Summarize(story);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value().articles_24h, 2);
  EXPECT_EQ(s.value().articles_prev_24h, 1);
  EXPECT_DOUBLE_EQ(s.value().growth, 2.0);
  EXPECT_FALSE(s.value().breaking);  // growing, but only two articles in the last day
  story.push_back(Add("a4", "en", "Rescue teams reach the valley", now));
  s = Summarize(story);
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(s.value().growth, 3.0);
  EXPECT_TRUE(s.value().breaking);
  nlohmann::ordered_json j;
  SummaryToJson(s.value(), j);
  EXPECT_EQ(j["articles_prev_24h"], 1);
  EXPECT_EQ(j["breaking"], true);
}

TEST_F(StorySummaryTest, HeadlineIsTheHeadlineWhoseWordsRecurMostOnAverage) {
  Add("o1", "en", "Markets close higher in Frankfurt", 10);
  Add("o2", "en", "Election results in Bern", 20);
  std::vector<Store::StoryArticle> story = {
      Add("a1", "en", "Floods reach Passau", 100),
      Add("a2", "en", "Passau floods: river rises", 110),
      // The most recurring words in sum, by length: an outlet's name and region appended.
      Add("a3", "en", "Floods reach Passau as river rises | Courier Herald Weekly, Bavaria", 120),
      Add("a4", "en", "River rises in Passau", 130),
  };
  auto s = Summarize(story);
  ASSERT_TRUE(s.ok());
  EXPECT_NE(s.value().headline, story[2].title);
  EXPECT_EQ(s.value().headline, "Passau floods: river rises");
  ASSERT_EQ(s.value().titles.size(), 1u);
  EXPECT_EQ(s.value().titles[0].second, s.value().headline);
  nlohmann::ordered_json j;
  SummaryToJson(s.value(), j);
  EXPECT_EQ(j["headline"], "Passau floods: river rises");
}

// A headline feed appends the outlet, which ingest takes as the source: the summary shows and
// weighs the headline without it, and lists the sources, most articles first.
TEST_F(StorySummaryTest, HeadlinesWithoutTheirOutletAndSourcesMostArticlesFirst) {
  Add("o1", "en", "Markets close higher in Frankfurt | Daily Courier", 10);
  Add("o2", "en", "Election results in Bern", 20);
  std::vector<Store::StoryArticle> story = {
      Add("a1", "en", "River rises in Passau as rain goes on | Daily Courier", 100),
      Add("a2", "en", "Passau floods: river rises | Daily Courier", 110),
      Add("a3", "en", "Floods reach Passau - Bavarian Radio", 120),
      Add("a4", "en", "Passau floods as river rises | Daily Courier", 130),
      Add("a5", "en", "Roads closed in Passau", 140),
  };
  story[0].source = story[1].source = story[3].source = "Daily Courier";
  story[2].source = "Bavarian Radio";
  auto s = Summarize(story);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value().headline, "Passau floods: river rises");
  ASSERT_EQ(s.value().titles.size(), 1u);
  EXPECT_EQ(s.value().titles[0].second, "Passau floods: river rises");
  EXPECT_EQ(s.value().sources, (std::vector<std::pair<std::string, int64_t>>{
                                   {"Daily Courier", 3}, {"Bavarian Radio", 1}}));
  for (const std::string& k : s.value().keywords) EXPECT_NE(k, "Courier");
  nlohmann::ordered_json j;
  SummaryToJson(s.value(), j);
  EXPECT_EQ(j["sources"], nlohmann::ordered_json::array({"Daily Courier", "Bavarian Radio"}));
}

// Stopwords of the story's languages are not keywords, however often the headlines use them.
TEST_F(StorySummaryTest, KeywordsLeaveOutTheStopwordsOfTheStorysLanguages) {
  auto stopwords = Stopwords::Load(testing::DataDir());
  if (!stopwords.ok()) GTEST_SKIP() << stopwords.status().message();
  Add("o1", "es", "Elecciones en Madrid", 10);
  Add("o2", "en", "Markets close higher", 20);
  std::vector<Store::StoryArticle> story = {
      Add("a1", "es", "Los bomberos controlan el incendio de los montes", 100),
      Add("a2", "es", "El incendio de los montes sigue activo", 110),
      Add("a3", "es", "Los vecinos vuelven tras el incendio", 120),
  };
  auto context = ReadSummaryContext(*store_);
  ASSERT_TRUE(context.ok());
  auto without = SummarizeStory(*store_, story, context.value());
  ASSERT_TRUE(without.ok());
  const auto& plain = without.value().keywords;
  auto has_los = [](const std::vector<std::string>& k) {
    return std::any_of(k.begin(), k.end(),
                       [](const std::string& w) { return w == "los" || w == "Los"; });
  };
  EXPECT_TRUE(has_los(plain));  // it recurs as much as "incendio"
  context.value().stopwords = &stopwords.value();
  auto with = SummarizeStory(*store_, story, context.value());
  ASSERT_TRUE(with.ok());
  const auto& k = with.value().keywords;
  EXPECT_FALSE(has_los(k));
  EXPECT_NE(std::find(k.begin(), k.end(), "incendio"), k.end());
}

TEST_F(StorySummaryTest, LanguageClustersMostArticlesFirstWithTheirCentralHeadline) {
  Add("o1", "en", "Markets close higher", 10);
  std::vector<Store::StoryArticle> story = {
      Add("c1", "en", "Osaka lights the cauldron", 100, {}, "cl-osaka"),
      Add("e1", "en", "Ceremony begins in Tokyo", 110, {}, "cl-open"),
      Add("e2", "en", "Tokyo opening ceremony: athletes parade", 120, {}, "cl-open"),
      // The most central headline of the cluster, not its first.
      Add("e3", "en", "Tokyo opening ceremony begins", 130, {}, "cl-open"),
      Add("d1", "de", "Eröffnungsfeier in Tokio", 140, {}, "cl-feier"),
      Add("d2", "de", "Eröffnungsfeier in Tokio beginnt", 150, {}, "cl-feier"),
      Add("c2", "en", "Osaka lights the cauldron", 160, "c1", "cl-osaka"),
      Add("x1", "en", "Stored before clusters were kept", 170),
  };
  auto s = Summarize(story);
  ASSERT_TRUE(s.ok());
  const auto& c = s.value().clusters;
  ASSERT_EQ(c.size(), 3u);  // the article without a cluster is left out
  EXPECT_EQ(c[0].id, "cl-open");
  EXPECT_EQ(c[0].articles, 3);
  EXPECT_EQ(c[0].title, "Tokyo opening ceremony begins");
  EXPECT_EQ(c[0].first_seen, 110);
  EXPECT_EQ(c[0].last_seen, 130);
  // Two clusters of two articles: the earlier first.
  EXPECT_EQ(c[1].id, "cl-osaka");
  EXPECT_EQ(c[1].lang, "en");
  EXPECT_EQ(c[1].title, "Osaka lights the cauldron");
  EXPECT_EQ(c[1].last_seen, 160);
  EXPECT_EQ(c[2].id, "cl-feier");
  EXPECT_EQ(c[2].lang, "de");
  auto j = ClustersToJson(s.value());
  ASSERT_EQ(j.size(), 3u);
  EXPECT_EQ(j[2]["cluster_id"], "cl-feier");
  EXPECT_EQ(j[2]["articles"], 2);
  EXPECT_EQ(j[2]["first_seen"], "1970-01-01T00:02:20Z");
  EXPECT_EQ(j[2]["title"], "Eröffnungsfeier in Tokio");  // as central as the other: the earlier
}

}  // namespace
}  // namespace storytrace
