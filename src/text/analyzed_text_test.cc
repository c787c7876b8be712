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

// A language decided earlier (as stored) is taken as it is: the same tokens and stems as
// Analyze when it decides that language, and no identification that could overturn it.
TEST(AnalyzedTextTest, AnalyzeDecidedKeepsTheLanguageItIsGiven) {
  const TextAnalyzer& analyzer = testing::SharedAnalyzer();
  const std::string english = "The Danube rose overnight. Schools stay closed in Passau.";
  AnalyzedText identified = analyzer.Analyze(english, "en");
  AnalyzedText decided = analyzer.AnalyzeDecided(english, "en", 0.75);
  EXPECT_EQ(decided.lang, "en");
  EXPECT_DOUBLE_EQ(decided.lang_confidence, 0.75);
  EXPECT_FALSE(decided.lang_overridden);
  ASSERT_EQ(decided.tokens.size(), identified.tokens.size());
  for (size_t i = 0; i < decided.tokens.size(); ++i) {
    EXPECT_EQ(decided.tokens[i].stem, identified.tokens[i].stem);
    EXPECT_EQ(decided.tokens[i].stopword, identified.tokens[i].stopword);
  }
  EXPECT_EQ(decided.sentences.size(), identified.sentences.size());

  // Analyze overturns a stated language on a long enough text of another; AnalyzeDecided
  // does not, and stems in the language it was given.
  const std::string german =
      "Die Donau ist in der Nacht weiter gestiegen. Die Schulen in Passau bleiben geschlossen, "
      "und die Feuerwehr warnt vor weiteren Überschwemmungen in den niedrig gelegenen Straßen "
      "der Altstadt, wo das Wasser bereits die Erdgeschosse vieler Häuser erreicht hat.";
  ASSERT_EQ(analyzer.Analyze(german, "en").lang, "de");
  AnalyzedText kept = analyzer.AnalyzeDecided(german, "en", 0.5);
  EXPECT_EQ(kept.lang, "en");
  EXPECT_EQ(kept.tokens.size(), analyzer.Analyze(german, "de").tokens.size());
}

// German stopword lists hold nouns (Recht, Jahr, Menschen, Zeit): capitalised inside a sentence
// such a word is a noun and counts; lower case, or first in its sentence, it is a stopword.
TEST(AnalyzedTextTest, GermanNounsInsideASentenceAreNotStopwords) {
  const std::string text = "Jeder hat das Recht auf Leben. Recht hat er, das ist recht gut.";
  AnalyzedText a = testing::SharedAnalyzer().AnalyzeDecided(text, "de", 1.0);
  std::vector<std::string> stop, kept;
  for (const AnalyzedToken& t : a.tokens) {
    std::string surface = text.substr(t.span.begin, t.span.end - t.span.begin);
    (t.stopword ? stop : kept).push_back(surface);
  }
  EXPECT_EQ(kept, (std::vector<std::string>{"Recht", "Leben"}));
  EXPECT_EQ(stop, (std::vector<std::string>{"Jeder", "hat", "das", "auf", "Recht", "hat", "er",
                                            "das", "ist", "recht", "gut"}));
  // After a colon or an opening quotation mark a German word is capitalised whatever it is.
  const std::string quoted = "Er sagte: Die Lage ist ernst. „Die Nächte sind kalt“, sagte sie.";
  AnalyzedText q = testing::SharedAnalyzer().AnalyzeDecided(quoted, "de", 1.0);
  for (const AnalyzedToken& t : q.tokens) {
    if (t.folded == "die") EXPECT_TRUE(t.stopword) << t.span.begin;
  }
  // Not in other languages: an English stopword stays one wherever it is written.
  AnalyzedText en = testing::SharedAnalyzer().AnalyzeDecided("They said The End.", "en", 1.0);
  EXPECT_TRUE(en.tokens[2].stopword);  // "The"
}

}  // namespace
}  // namespace storytrace
