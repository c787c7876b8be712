#include "text/language_id.h"

#include <gtest/gtest.h>

#include "tests/test_paths.h"

namespace storytrace {
namespace {

class LanguageIdTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lid = LanguageIdentifier::Create(testing::DataDir());
    ASSERT_TRUE(lid.ok()) << lid.status().message();
    lid_ = std::move(lid).value().release();
  }
  static void TearDownTestSuite() { delete lid_; }
  static LanguageIdentifier* lid_;
};
LanguageIdentifier* LanguageIdTest::lid_ = nullptr;

TEST_F(LanguageIdTest, SeedsAreGermanAndEnglish) {
  STORYTRACE_SKIP_WITHOUT_SEEDS();
  struct Case {
    const char* file;
    const char* lang;
  } cases[] = {{"000_3e26478349579299.txt", "de"}, {"001_367bf738dcaa9115.txt", "en"},
               {"002_d6bc3228ecf4b712.txt", "de"}, {"003_ebb62ffa4936ca2a.txt", "de"},
               {"004_615764fe2a7474f2.txt", "de"}};
  for (const auto& c : cases) {
    auto g = lid_->Identify(testing::ReadFile(testing::SeedsDir() + "/" + c.file));
    EXPECT_EQ(g.lang, c.lang) << c.file;
    EXPECT_GT(g.confidence, 0.9) << c.file;
  }
}

TEST_F(LanguageIdTest, ShortTextsInManyLanguages) {
  struct Case {
    const char* text;
    const char* lang;
  } cases[] = {
      {"Die Regierung hat am Montag neue Maßnahmen beschlossen.", "de"},
      {"The government announced new measures on Monday.", "en"},
      {"Le gouvernement a annoncé lundi de nouvelles mesures.", "fr"},
      {"El gobierno anunció el lunes nuevas medidas.", "es"},
      {"Правительство в понедельник объявило о новых мерах.", "ru"},
      {"أعلنت الحكومة يوم الاثنين عن إجراءات جديدة", "ar"},
      {"O governo anunciou novas medidas na segunda-feira.", "pt"},
      {"政府周一宣布了新的措施。", "zh"},
      {"Slovenska vlada je v ponedeljek sprejela nove ukrepe za pomoč gospodarstvu.", "sl"},
  };
  for (const auto& c : cases) EXPECT_EQ(lid_->Identify(c.text).lang, c.lang) << c.text;
}

// Close languages the n-gram models confuse; the spelling dictionaries decide (see
// SpellingDictionaries). Without the check both Scots texts come out as English.
TEST_F(LanguageIdTest, SpellingCheckSeparatesCloseLanguages) {
  const char* scots[] = {
      "Aw the fowk in the toun were gey angry at the cooncil, for the watter had come intae "
      "their hooses again and naebody had fixed the waws that broke last winter.",
      "The meenister said that the new law wad help families that cannae pey their bills, but "
      "the opposeetion said it wis far ower little and far ower late for them.",
  };
  LanguageIdOptions no_check;
  no_check.spelling_check = false;
  auto plain = LanguageIdentifier::Create(testing::DataDir(), no_check);
  ASSERT_TRUE(plain.ok());
  for (const char* text : scots) {
    EXPECT_EQ(lid_->Identify(text).lang, "sco") << text;
    EXPECT_EQ(plain.value()->Identify(text).lang, "en") << text;
  }
  struct Case {
    const char* text;
    const char* lang;
  } cases[] = {
      {"Polisi telah menangkap dua pria untuk membantu penyelidikan terkait kejadian itu, kata "
       "kepala polisi daerah dalam sebuah pernyataan hari ini.", "id"},
      {"Menteri Besar berkata kerajaan negeri akan menyediakan bantuan kewangan kepada semua "
       "mangsa banjir yang terjejas, termasuk mereka yang kehilangan tempat tinggal.", "ms"},
      {"Policija je uhitila dvojicu muškaraca zbog sumnje da su sudjelovali u pljački, "
       "priopćeno je iz ravnateljstva policije u utorak.", "hr"},
      {"Policija je uhapsila dvojicu muškaraca zbog sumnje da su učestvovali u pljački, "
       "saopšteno je iz uprave policije u utorak.", "sr"},
      {"Regjeringa vil auke løyvingane til skulane i distrikta, seier statsråden. Ho meiner at "
       "fleire lærarar må få betre løn dersom bygdene skal halde på ungdomen.", "nn"},
      {"The council said on Tuesday that the flood defences along the river would be rebuilt "
       "by spring, after residents complained that the works had been delayed for years.", "en"},
      // Headlines CLD2 alone takes for Danish and Lithuanian.
      {"Tokyo Olympics Come to a Close", "en"},
      {"Bilodid wins bronze medal at Tokyo Olympics", "en"},
      {"Tokio 2020 confirma el primer positivo en covid-19 en la Villa Olímpica", "es"},
  };
  for (const auto& c : cases) EXPECT_EQ(lid_->Identify(c.text).lang, c.lang) << c.text;
}

TEST_F(LanguageIdTest, UndecidedOnNoise) {
  EXPECT_EQ(lid_->Identify("").lang, "und");
  EXPECT_EQ(lid_->Identify("12 34 56 !!").lang, "und");
  EXPECT_EQ(lid_->Identify("   ").lang, "und");
}

TEST(LanguageIdCodesTest, CanonicalCodes) {
  EXPECT_EQ(LanguageIdentifier::CanonicalCode("iw"), "he");
  EXPECT_EQ(LanguageIdentifier::CanonicalCode("zh-Hant"), "zh");
  EXPECT_EQ(LanguageIdentifier::CanonicalCode("un"), "und");
  EXPECT_EQ(LanguageIdentifier::CanonicalCode("DE"), "de");
}

TEST(LanguageIdMissingModelTest, ReportsPath) {
  auto lid = LanguageIdentifier::Create("/nonexistent-dir");
  ASSERT_FALSE(lid.ok());
  EXPECT_NE(lid.status().message().find("/nonexistent-dir/lid.176.ftz"), std::string::npos);
}

}  // namespace
}  // namespace storytrace
