#include "text/analyzed_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/shared_analyzer.h"

namespace storytrace {
namespace {

std::vector<std::string> Surfaces(std::string_view text, const AnalyzedText& a) {
  std::vector<std::string> out;
  for (const AnalyzedToken& t : a.tokens) {
    out.emplace_back(text.substr(t.span.begin, t.span.end - t.span.begin));
  }
  return out;
}

// The body's part of a title-and-body analysis is the body analysed alone: same tokens, stems
// and sentences, offsets into the body.
TEST(AnalyzedTextTest, TailOfIsTheBodyAnalysedAlone) {
  const std::string title = "Floods reach Passau";
  const std::string body = "The Danube rose overnight. Schools stay closed in Passau.";
  const std::string whole = title + "\n\n" + body;
  const TextAnalyzer& analyzer = testing::SharedAnalyzer();
  AnalyzedText full = analyzer.Analyze(whole, "en");
  AnalyzedText tail = TailOf(full, static_cast<uint32_t>(whole.size() - body.size()));
  AnalyzedText alone = analyzer.Analyze(body, "en");
  EXPECT_EQ(tail.lang, "en");
  EXPECT_EQ(Surfaces(body, tail), Surfaces(body, alone));
  ASSERT_EQ(tail.tokens.size(), alone.tokens.size());
  for (size_t i = 0; i < tail.tokens.size(); ++i) {
    EXPECT_EQ(tail.tokens[i].stem, alone.tokens[i].stem);
    EXPECT_EQ(tail.tokens[i].capitalized, alone.tokens[i].capitalized);
  }
  ASSERT_EQ(tail.sentences.size(), 2u);
  EXPECT_EQ(tail.sentences.size(), alone.sentences.size());
  EXPECT_EQ(tail.sentences[1].begin, alone.sentences[1].begin);
}

}  // namespace
}  // namespace storytrace
