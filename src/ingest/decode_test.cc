#include "ingest/decode.h"

#include <gtest/gtest.h>

namespace storytrace {
namespace {

TEST(DecodeTest, KeepsValidUtf8AndStripsBom) {
  auto r = DecodeText("\xEF\xBB\xBFGr\xC3\xBC\xC3\x9F" "e aus M\xC3\xBCnchen");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().text, "Grüße aus München");
  EXPECT_EQ(r.value().encoding, "utf-8");
}

TEST(DecodeTest, TranscodesLatin1) {
  // "Grüße aus München" in ISO-8859-1.
  auto r = DecodeText("Gr\xFC\xDF" "e aus M\xFCnchen");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().text, "Grüße aus München");
  EXPECT_EQ(r.value().encoding, "windows-1252");
}

TEST(DecodeTest, TranscodesWindows1252Quotes) {
  auto r = DecodeText("\x84" "Hallo\x93 \x96 sagte er");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().text, "„Hallo“ – sagte er");
}

TEST(DecodeTest, UsesDeclaredCharset) {
  // "Привет" in KOI8-R.
  auto r = DecodeText("\xF0\xD2\xC9\xD7\xC5\xD4", "koi8-r");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().text, "Привет");
}

TEST(DecodeTest, DecodesUtf16WithBom) {
  std::string in("\xFF\xFE" "A\0\xFC\0", 6);
  auto r = DecodeText(in);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().text, "Aü");
}

TEST(DecodeTest, RejectsEmptyAndBinary) {
  EXPECT_FALSE(DecodeText("").ok());
  EXPECT_FALSE(DecodeText(" \n\t ").ok());
  auto png = DecodeText(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  ASSERT_FALSE(png.ok());
  EXPECT_NE(png.status().message().find("binary"), std::string::npos);
  EXPECT_FALSE(DecodeText("\x01\x02\x03\x04\x05 abc").ok());
}

TEST(DecodeTest, ValidatesUtf8Strictly) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xE2\x82"));          // truncated
}

}  // namespace
}  // namespace storytrace
