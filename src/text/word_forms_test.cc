#include "text/word_forms.h"

#include <gtest/gtest.h>

namespace storytrace {
namespace {

// Arabic writes conjunctions, prepositions and the article onto the word; Snowball keeps "و"
// before "ال" and "ال" on short words, so a dictionary is asked for the word without them.
TEST(WordFormsTest, ArabicWordsWithoutTheirProclitics) {
  EXPECT_EQ(WithoutProclitics("والحرية", "ar"), (std::vector<std::string>{"حرية", "الحرية"}));
  EXPECT_EQ(WithoutProclitics("لحقوق", "ar"), (std::vector<std::string>{"حقوق"}));
  EXPECT_EQ(WithoutProclitics("الحق", "ar"), (std::vector<std::string>{}));  // "حق": two letters
  EXPECT_EQ(WithoutProclitics("وطن", "ar"), (std::vector<std::string>{}));
  EXPECT_TRUE(WithoutProclitics("lhuquq", "en").empty());
}

// A closed compound splits where both parts are known words, a linking "s" allowed.
TEST(WordFormsTest, CompoundsSplitIntoTwoKnownWords) {
  auto known = [](std::string_view w) {
    return w == "eröffnung" || w == "feier" || w == "minister" || w == "ministerin" ||
           w == "gesundheit";
  };
  auto parts = SplitCompound("eröffnungsfeier", known);
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ(parts->modifier, "eröffnung");
  EXPECT_EQ(parts->head, "feier");
  parts = SplitCompound("gesundheitsministerin", known);
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ(parts->head, "ministerin");  // the first place from the left
  EXPECT_FALSE(SplitCompound("bürgermeisterin", known).has_value());  // "bürger" unknown
  EXPECT_FALSE(SplitCompound("feier", known).has_value());
  EXPECT_TRUE(WritesClosedCompounds("de"));
  EXPECT_FALSE(WritesClosedCompounds("en"));
}

TEST(WordFormsTest, GermanAndLuxembourgishCapitaliseNouns) {
  EXPECT_TRUE(CapitalisesNouns("de"));
  EXPECT_TRUE(CapitalisesNouns("lb"));
  EXPECT_FALSE(CapitalisesNouns("en"));
  EXPECT_FALSE(CapitalisesNouns("nl"));
}

}  // namespace
}  // namespace storytrace
