#include "extract/html_prefilter.h"

#include <gtest/gtest.h>

#include "extract/parse_arena.h"

namespace storytrace {
namespace {

TEST(HtmlPrefilterTest, CutsWhatTheExtractorNeverReads) {
  struct Case {
    const char* html;
    const char* kept;
  } cases[] = {
      {"<p>a<script>var x = '<p>';</script>b</p>", "<p>ab</p>"},
      {"<p>a<SCRIPT type=text/javascript>x</SCRIPT >b", "<p>ab"},
      {"<script>if (a </scripty> b) {}</script>c", "c"},
      {"<style>p > a { color: red }</style><p>x</p>", "<p>x</p>"},
      {"a<!-- <p>gone</p> -->b<!---->c<!-->d<!--->e<!-- x --!>f", "abcdef"},
      {"<p>a<svg><svg><title>t</title></svg><path d='M0'/></svg>b</p>", "<p>ab</p>"},
      {"<p>a<svg/>b<math><mi>x</mi></math>c</p>", "<p>abc</p>"},
      {"<noscript><img src=x.gif></noscript><template><p>t</p></template>x", "x"},
      // Only attributes the extractor reads stay; links keep no target, <link> does.
      {"<a href=\"/x\" class=\"c\" data-id=7 onclick='f(\"a>b\")'>t</a>", "<a class=\"c\">t</a>"},
      {"<link rel=canonical href=\"https://a.b/c\"><img src=\"data:image/png;base64,AAAA\">",
       "<link rel=canonical href=\"https://a.b/c\"><img>"},
      {"<br/><input type=hidden name=q>", "<br/><input type=hidden name=q>"},
      // Raw text is never read as tags; RCDATA and attribute values keep their '<'.
      {"<title>a <script> b</title><p title='<script>'>c", "<title>a <script> b</title><p>c"},
      {"<textarea><!-- x --></textarea>", "<textarea><!-- x --></textarea>"},
      // White space runs are cut to their first character.
      {"<p>a \n\t b</p>\n\n  <p>c</p>", "<p>a b</p>\n<p>c</p>"},
      // Not tags: a lone '<', "<3", "</>" and a doctype stay as the tokenizer reads them.
      {"<!DOCTYPE html>1 < 2 <3 </> x<", "<!DOCTYPE html>1 < 2 <3 </> x<"},
  };
  for (const auto& c : cases) EXPECT_EQ(PrefilterHtml(c.html).html, c.kept) << c.html;
}

TEST(HtmlPrefilterTest, UnclosedElements) {
  // Script, style and comments run to the end, as in the parser; other elements are kept.
  EXPECT_EQ(PrefilterHtml("<p>a</p><script>x = '</p>").html, "<p>a</p>");
  EXPECT_EQ(PrefilterHtml("<p>a</p><!-- x <p>b</p>").html, "<p>a</p>");
  EXPECT_EQ(PrefilterHtml("<p>a<svg><p>b</p>").html, "<p>a<svg><p>b</p>");
  EXPECT_EQ(PrefilterHtml("<p>a<div class='x").html, "<p>a<div class='x");
}

TEST(HtmlPrefilterTest, BoundsNesting) {
  std::string deep;
  for (int i = 0; i < 1000; ++i) deep += "<div><b>";
  deep += "text";
  for (int i = 0; i < 1000; ++i) deep += "</b></div>";
  deep += "<p>after";
  std::string kept = PrefilterHtml(deep).html;
  size_t opened = 0, closed = 0;
  for (size_t at = kept.find("<div>"); at != std::string::npos; at = kept.find("<div>", at + 1)) {
    ++opened;
  }
  for (size_t at = kept.find("</div>"); at != std::string::npos; at = kept.find("</div>", at + 1)) {
    ++closed;
  }
  EXPECT_EQ(opened, 128u);  // 256 open elements, half of them <div>
  EXPECT_EQ(closed, opened);
  EXPECT_NE(kept.find("text"), std::string::npos);
  EXPECT_NE(kept.find("<p>after"), std::string::npos);
  // Unclosed elements of optional end (p, li) do not count.
  std::string flat;
  for (int i = 0; i < 1000; ++i) flat += "<p>x";
  EXPECT_EQ(PrefilterHtml(flat).html, flat);
}

TEST(HtmlPrefilterTest, KeepsJsonLdAside) {
  auto page = PrefilterHtml(
      "<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>"
      "<script type=' Application/LD+JSON '>[1]</script><script>x</script></head>");
  EXPECT_EQ(page.html, "<head></head>");
  ASSERT_EQ(page.json_ld.size(), 2u);
  EXPECT_EQ(page.json_ld[0], "{\"@type\":\"NewsArticle\"}");
  EXPECT_EQ(page.json_ld[1], "[1]");
}

TEST(ParseArenaTest, AlignsAndServesLargeBlocks) {
  ParseArena arena;
  for (size_t size : {1u, 3u, 17u, 100000u, 5u}) {
    auto* p = static_cast<char*>(arena.Allocate(size));
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % 16, 0u);
    p[size - 1] = 'x';
  }
  EXPECT_EQ(arena.allocated(), 16u + 16u + 32u + 100000u + 16u);  // rounded up to 16
}

}  // namespace
}  // namespace storytrace
