#include "entities/name_key.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace storytrace {
namespace {

// Variant groups from real reporting: every pair in a group must be within the allowed distance.
TEST(NameKeyTest, SpellingVariantsMeet) {
  const std::vector<std::vector<std::string>> groups = {
      {"al-Bukamal", "Albu Kamal", "Abu Kamal", "Abu-Kamal"},
      {"Sotschi", "Sochi", "Сочи"},
      {"Sacharowa", "Zakharova", "Захарова"},
      {"Lawrow", "Lavrov", "Лавров"},
      {"Wladimir Putin", "Vladimir Putin", "Владимир Путин"},
      {"Dschalal-Abad", "Jalal-Abad", "Djalal-Abad", "Yalal-Abad"},
      {"Bischkek", "Bishkek", "Bichkek"},
      {"Toktogulow", "Toktogulov", "Toktogoulov"},
      {"Suheil al-Hassan", "Suhail al-Hasan"},
      {"Bashar al-Assad", "Baschar al-Assad"},
  };
  for (const auto& g : groups) {
    for (const auto& a : g) {
      for (const auto& b : g) {
        std::string ka = NameKey(a), kb = NameKey(b);
        EXPECT_LE(KeyDistance(ka, kb, 3), AllowedDistance(ka.size(), kb.size()))
            << a << " (" << ka << ") vs " << b << " (" << kb << ")";
      }
    }
  }
}

TEST(NameKeyTest, DifferentNamesStayApart) {
  const std::vector<std::pair<std::string, std::string>> apart = {
      {"Putin", "Rutte"}, {"Assad", "Hassan"}, {"Idlib", "Irbid"},
      {"Iran", "Irak"},   {"Moskau", "Minsk"}, {"Lawrow", "Lavoie"},
  };
  for (const auto& [a, b] : apart) {
    std::string ka = NameKey(a), kb = NameKey(b);
    EXPECT_GT(KeyDistance(ka, kb, 3), AllowedDistance(ka.size(), kb.size())) << a << " vs " << b;
  }
}

TEST(NameKeyTest, ArticlesDroppedForTheAlternativeKey) {
  EXPECT_EQ(NameKeyWithoutArticles("Baschar al-Assad"), NameKey("Bashar Assad"));
  EXPECT_EQ(NameKeyWithoutArticles("Bashar al Assad"), NameKey("Bashar Assad"));
  EXPECT_EQ(NameKeyWithoutArticles("Abdel Fattah el-Sisi"), NameKey("Abdel Fattah Sisi"));
  EXPECT_EQ(NameKeyWithoutArticles("Al-Hassan"), NameKey("Hassan"));
  EXPECT_EQ(NameKeyWithoutArticles("Al Gore"), "");     // a first name, not an article
  EXPECT_EQ(NameKeyWithoutArticles("Alexander"), "");   // no particle
  EXPECT_EQ(NameKeyWithoutArticles("Aleppo"), "");
}

TEST(NameKeyTest, AlternativeKeysReadJapaneseNamesInRussianAndSwapTwoWords) {
  auto has = [](const std::string& name, const std::string& other) {
    auto keys = AlternativeNameKeys(name);
    return std::find(keys.begin(), keys.end(), NameKey(other)) != keys.end();
  };
  // Russian writes Japanese names by the Polivanov system: х h, дзи ji, си shi, ти chi.
  EXPECT_NE(NameKey("Хоригомэ"), NameKey("Horigome"));
  EXPECT_TRUE(has("Хоригомэ", "Horigome"));
  EXPECT_TRUE(has("Нисия", "Nishiya"));
  EXPECT_TRUE(has("Хатимура", "Hachimura"));
  EXPECT_TRUE(has("Таймазова", "Taimazova"));  // й is i, as Latin spellings have it
  // A South Slavic name whose Latin spelling lost its diacritics: Дончич, Dončić, Doncic.
  EXPECT_TRUE(has("Лука Дончич", "Luka Doncic"));
  // Two words in the other order (a family name first, as the IOC lists write it).
  EXPECT_TRUE(has("NISHIYA Momiji", "Momiji Nishiya"));
  EXPECT_TRUE(has("Момидзи Нисия", "Momiji Nishiya"));
  // Nothing to add for a Latin name of one word, nor the primary key again.
  EXPECT_TRUE(AlternativeNameKeys("Horigome").empty());
  for (const auto& k : AlternativeNameKeys("Anna Anna")) EXPECT_NE(k, NameKey("Anna Anna"));
}

TEST(NameKeyTest, DistanceStopsEarly) {
  EXPECT_EQ(KeyDistance("kitten", "sitting", 5), 3);
  EXPECT_EQ(KeyDistance("abc", "abcdefgh", 2), 3);
  EXPECT_EQ(KeyDistance("", "", 0), 0);
}

}  // namespace
}  // namespace storytrace
