#include "server/request_parsing.h"

#include <gtest/gtest.h>

#include <string>

namespace storytrace {
namespace {

TEST(ValidateArticleNameTest, AcceptsContestNames) {
  for (const char* name : {"article.html", "0123.html", "a b", "Überschwemmung.txt", "x"}) {
    EXPECT_TRUE(ValidateArticleName(name).ok()) << name;
  }
}

TEST(ValidateArticleNameTest, RejectsBadNames) {
  const std::string cases[] = {"",
                               "../",
                               "a/b",
                               "..",
                               "a..b",
                               std::string("a\nb"),
                               std::string("a\0b", 3),
                               "\xff\xfe",
                               std::string(256, 'a')};
  for (const std::string& name : cases) {
    EXPECT_FALSE(ValidateArticleName(name).ok()) << name;
  }
  EXPECT_TRUE(ValidateArticleName(std::string(255, 'a')).ok());
}

TEST(ParseMaxAgeTest, Directives) {
  struct Case {
    const char* header;
    std::optional<int64_t> want;
  } cases[] = {
      {"max-age=86400", 86400},
      {"public, max-age=60", 60},
      {"Max-Age = 5 , no-cache", 5},
      {"max-age=\"30\"", 30},
      {"max-age=0", 0},
      {"no-cache", std::nullopt},
      {"max-age=", std::nullopt},
      {"max-age=-1", std::nullopt},
      {"max-age=1e3", std::nullopt},
      {"max-age=99999999999999999999", std::nullopt},
      {"", std::nullopt},
  };
  for (const Case& c : cases) EXPECT_EQ(ParseMaxAge(c.header), c.want) << c.header;
}

TEST(ParseIntegerTest, Bounds) {
  EXPECT_EQ(ParseInteger("20", 1, 100), 20);
  EXPECT_EQ(ParseInteger("0", 1, 100), std::nullopt);
  EXPECT_EQ(ParseInteger(" 5", 0, 10), std::nullopt);
  EXPECT_EQ(ParseInteger("5x", 0, 10), std::nullopt);
  EXPECT_EQ(ParseNumber("1.5", 0, 10), 1.5);
  EXPECT_EQ(ParseNumber("nan", 0, 10), std::nullopt);
}

TEST(IsLanguageCodeTest, Codes) {
  EXPECT_TRUE(IsLanguageCode("de"));
  EXPECT_TRUE(IsLanguageCode("und"));
  EXPECT_FALSE(IsLanguageCode("DE"));
  EXPECT_FALSE(IsLanguageCode("d"));
  EXPECT_FALSE(IsLanguageCode("de-AT"));
}

TEST(DocumentFromBodyTest, FormatAndCharset) {
  auto html = DocumentFromBody("a", "<!DOCTYPE html><html><body><p>Hallo</p></body></html>", "");
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html.value().format, "html");
  auto text = DocumentFromBody("b", "Plain <b>text</b> news.", "text/plain");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text.value().format, "text");
  // "Grüße" in Windows-1252, declared by the Content-Type.
  auto latin = DocumentFromBody("c",
                                "Gr\xfc\xdf"
                                "e",
                                "text/plain; charset=windows-1252");
  ASSERT_TRUE(latin.ok());
  EXPECT_EQ(latin.value().content, "Grüße");
  EXPECT_FALSE(DocumentFromBody("d", "", "text/html").ok());
  EXPECT_FALSE(DocumentFromBody("e", std::string("\0\0\0\0", 4), "").ok());
}

}  // namespace
}  // namespace storytrace
