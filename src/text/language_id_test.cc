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
