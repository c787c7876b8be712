#include "text/normalizer.h"

#include <gtest/gtest.h>

namespace storytrace {
namespace {

TEST(NormalizerTest, FoldForMatching) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"Sotschi", "sotschi"},           {"München", "munchen"},
      {"Straße", "strasse"},            {"al-Bukamal", "al-bukamal"},
      {"Abu-Kamal", "abu-kamal"},       {"Élysée", "elysee"},
      {"Ejército", "ejercito"},         {"Захарова", "захарова"},
      {"ﬁnal", "final"},                {"don’t", "don't"},
      {"ＡＢＣ", "abc"},                {"Baschar", "baschar"},
  };
  for (const auto& c : cases) EXPECT_EQ(FoldForMatching(c.in), c.out) << c.in;
}

TEST(NormalizerTest, DisplayKeepsDiacriticsAndUnifiesPunctuation) {
  EXPECT_EQ(NormalizeForDisplay("„Wir hoffen“ – sagte sie"), "\"Wir hoffen\" - sagte sie");
  EXPECT_EQ(NormalizeForDisplay("Sacharowa’s\u00a0Briefing"), "Sacharowa's Briefing");
  EXPECT_EQ(NormalizeForDisplay("Bashar al‐Assad"), "Bashar al-Assad");
  EXPECT_EQ(NormalizeForDisplay("Müller"), "Müller");
}

TEST(NormalizerTest, TransliteratesNamesAcrossScripts) {
  EXPECT_EQ(TransliterateToAscii("Путин"), "putin");
  EXPECT_EQ(TransliterateToAscii("Лавров"), "lavrov");
  EXPECT_EQ(TransliterateToAscii("Sotschi"), "sotschi");
  EXPECT_EQ(TransliterateToAscii("Сочи"), "soci");
  EXPECT_FALSE(TransliterateToAscii("البوكمال").empty());
}

}  // namespace
}  // namespace storytrace
