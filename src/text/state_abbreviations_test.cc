#include "text/state_abbreviations.h"

#include <gtest/gtest.h>

namespace storytrace {
namespace {

TEST(StateAbbreviationsTest, ReadsApStyleAndPostalCodes) {
  EXPECT_EQ(StateOfAbbreviation("N.Y.").name, "New York");
  EXPECT_EQ(StateOfAbbreviation("Ill.").name, "Illinois");
  EXPECT_EQ(StateOfAbbreviation("Calif.").country, "US");
  EXPECT_EQ(StateOfAbbreviation("W.Va.").name, "West Virginia");
  EXPECT_EQ(StateOfAbbreviation("CA").name, "California");
  EXPECT_EQ(StateOfAbbreviation("ON").name, "Ontario");
  EXPECT_EQ(StateOfAbbreviation("ON").country, "CA");
  EXPECT_EQ(StateOfAbbreviation("Ont.").name, "Ontario");
  // AP's forms need their period ("La" is an article, "Pa" a word); postal codes their capitals.
  EXPECT_TRUE(StateOfAbbreviation("La").name.empty());
  EXPECT_TRUE(StateOfAbbreviation("ny").name.empty());
  EXPECT_TRUE(StateOfAbbreviation("Texas").name.empty());  // spelled out: no abbreviation
  EXPECT_TRUE(StateOfAbbreviation("").name.empty());
}

}  // namespace
}  // namespace storytrace
