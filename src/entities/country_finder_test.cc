#include "entities/country_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>

#include "cluster/article_profile.h"
#include "cluster/story_clusterer.h"
#include "tests/shared_analyzer.h"
#include "tests/temp_dir.h"
#include "text/normalizer.h"

namespace storytrace {
namespace {

// Country lists in four languages and scripts, with names that inflect (Slovenian, Russian),
// carry the Arabic article, and span two words.
class CountryFinderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    testing::TempDir dir("st_countries");
    const std::string langs = "npm/node_modules/i18n-iso-countries/langs/";
    dir.Write(langs + "en.json", R"js({"locale":"en","countries":{"CN":"China",
      "JP":"Japan","ML":"Mali","EG":"Egypt","RS":"Serbia","US":["United States of America","United States","US"]}})js");
    dir.Write(langs + "sl.json", R"js({"locale":"sl","countries":{"CN":"Kitajska",
      "JP":"Japonska","RS":"Srbija","US":"Združene države Amerike"}})js");
    dir.Write(langs + "ru.json", R"js({"locale":"ru","countries":{
      "CN":"КНР (Китайская Народная Республика)","JP":"Япония","RS":"Сербия","US":"США"}})js");
    dir.Write(langs + "ar.json", R"js({"locale":"ar","countries":{"CN":"الصين","ML":"مالي","EG":"مصر",
      "JP":"اليابان","RS":"صربيا","US":"الولايات المتحدة"}})js");
    auto g = Gazetteer::Load(dir.string());
    ASSERT_TRUE(g.ok()) << g.status().message();
    gazetteer_ = std::move(g).value().release();
    finder_ = new CountryFinder(*gazetteer_);
  }
  static void TearDownTestSuite() {
    delete finder_;
    delete gazetteer_;
  }
  static std::string Word(const char* lang, const char* word) {
    return std::string(finder_->Word(lang, FoldForMatching(word)));
  }
  static Gazetteer* gazetteer_;
  static CountryFinder* finder_;
};
Gazetteer* CountryFinderTest::gazetteer_ = nullptr;
CountryFinder* CountryFinderTest::finder_ = nullptr;

TEST_F(CountryFinderTest, NamesInflectedForms) {
  EXPECT_EQ(Word("en", "China"), "CN");
  EXPECT_EQ(Word("en", "Japanese"), "JP");
  EXPECT_EQ(Word("en", "US"), "US");
  EXPECT_EQ(Word("sl", "Kitajske"), "CN");
  EXPECT_EQ(Word("sl", "Japonsko"), "JP");
  EXPECT_EQ(Word("ru", "Японии"), "JP");
  EXPECT_EQ(Word("ru", "Сербией"), "RS");
  EXPECT_EQ(Word("ru", "США"), "US");
  EXPECT_EQ(Word("en", "Chess"), "");
}

TEST_F(CountryFinderTest, StripsArabicArticleAndClitics) {
  EXPECT_EQ(Word("ar", "الصين"), "CN");
  EXPECT_EQ(Word("ar", "والصين"), "CN");
  EXPECT_EQ(Word("ar", "باليابان"), "JP");
  EXPECT_EQ(Word("ar", "للصين"), "CN");
  EXPECT_EQ(Word("ar", "صربي"), "RS");       // Serbian (adjective of صربيا)
  EXPECT_EQ(Word("ar", "الصربية"), "RS");
  EXPECT_EQ(Word("ar", "مصر"), "EG");
  EXPECT_EQ(Word("ar", "مصرية"), "EG");      // Egyptian (feminine)
  EXPECT_EQ(Word("ar", "المصريين"), "EG");   // the Egyptians
  EXPECT_EQ(Word("ar", "الصينيون"), "CN");
  EXPECT_EQ(Word("ar", "الصربيات"), "RS");
  // مالي is Mali and "financial" (المالية: finance): not taken for the country.
  EXPECT_EQ(Word("ar", "مالي"), "");
  EXPECT_EQ(Word("ar", "المالية"), "");
  EXPECT_EQ(std::string(finder_->Pair("ar", FoldForMatching("الولايات"),
                                      FoldForMatching("المتحدة"))),
            "US");
}

TEST_F(CountryFinderTest, TwoWordNamesAndLanguageOfTheList) {
  EXPECT_EQ(std::string(finder_->Pair("en", "united", "states")), "US");
  EXPECT_EQ(Word("en", "United"), "");
  // A name is looked up in the list of the article's language only.
  EXPECT_EQ(Word("en", "Kitajska"), "");
  EXPECT_EQ(Word("de", "China"), "");
}

TEST_F(CountryFinderTest, ProfilesShareTheCountryKeyAcrossScripts) {
  const TextAnalyzer& analyzer = testing::SharedAnalyzer();
  ProfileBuilder builder({}, nullptr, gazetteer_);
  auto profile = [&](const std::string& title, const char* lang) {
    Article a;
    a.title = title;
    return builder.Build(a, analyzer.Analyze(title, lang));
  };
  ArticleProfile en = profile("China wins the relay", "en");
  ArticleProfile ar = profile("ذهبية للصين في التتابع", "ar");
  ArticleProfile none = profile("a swimmer wins the relay", "en");
  std::vector<uint32_t> shared;
  std::set_intersection(en.keys.begin(), en.keys.end(), ar.keys.begin(), ar.keys.end(),
                        std::back_inserter(shared));
  EXPECT_EQ(shared.size(), 1u);
  EXPECT_TRUE(none.keys.empty());
  ProfileBuilder off({}, nullptr, nullptr);
  Article a;
  a.title = "ذهبية للصين في التتابع";
  EXPECT_TRUE(off.Build(a, analyzer.Analyze(a.title, "ar")).keys.empty());
}

// The join decision sees when an article names other countries than the cluster's articles do
// (on OG2021 dev, "Argentina parades at the opening" and "Venezuela parades at the opening" are
// two stories).
TEST_F(CountryFinderTest, JoinFeaturesSeeACountryConflict) {
  const TextAnalyzer& analyzer = testing::SharedAnalyzer();
  StoryClusterer clusterer({}, nullptr, gazetteer_);
  auto profile = [&](const std::string& title) {
    Article a;
    a.title = title;
    return clusterer.Profile(a, analyzer.Analyze(title, "en"));
  };
  ASSERT_EQ(clusterer.AssignProfile(profile("Japan wins the relay final"), "1"), "st-1");
  ASSERT_EQ(clusterer.AssignProfile(profile("Japan wins the relay final again"), "2"), "st-1");
  auto conflict = [&](const std::string& title) {
    std::vector<StoryClusterer::Candidate> c = clusterer.Candidates(profile(title));
    EXPECT_EQ(c.size(), 1u) << title;
    return c.empty() ? -1.0 : c[0].features[kCountryConflict];
  };
  EXPECT_DOUBLE_EQ(conflict("Serbia wins the relay final"), 1.0);
  EXPECT_DOUBLE_EQ(conflict("Serbia and Japan in the relay final"), 0.0);
  EXPECT_DOUBLE_EQ(conflict("The relay final is won"), 0.0);  // names no country
  // A cluster whose articles name different countries half conflicts with one of them.
  ASSERT_EQ(clusterer.AssignProfile(profile("China wins the relay final"), "3"), "st-1");
  EXPECT_NEAR(conflict("China takes the relay final"), 1.0 - 1.0 / 3, 1e-9);
}

}  // namespace
}  // namespace storytrace
