#include "quotes/quote_spans.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace storytrace {
namespace {

struct SpanCase {
  const char* name;
  const char* text;
  std::vector<std::string> quoted;  // the words of each span, in order
};

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  for (const QuotedSpan& q : FindQuotedSpans(text))
    out.push_back(text.substr(q.begin, q.end - q.begin));
  return out;
}

TEST(QuoteSpansTest, PairsMarksByTheSideTheyFace) {
  const SpanCase cases[] = {
      {"curly", "“We will rebuild,” she said.", {"We will rebuild,"}},
      {"straight", "\"We will rebuild,\" she said.", {"We will rebuild,"}},
      {"mixed curly and straight",
       "“The end of the year is popular,\" Caldwell said.",
       {"The end of the year is popular,"}},
      {"mixed straight and curly",
       "\"Open the door! We’re coming in!” an officer shouts.",
       {"Open the door! We’re coming in!"}},
      {"german low-high",
       "„Wir stehen in engem Kontakt“, sagte sie.",
       {"Wir stehen in engem Kontakt"}},
      {"german guillemets", "»Wir bleiben«, sagte er.", {"Wir bleiben"}},
      {"french guillemets with spaces",
       "« Nous surveillons les digues », a-t-il dit.",
       {"Nous surveillons les digues"}},
      {"space before the closing mark",
       "sagte Trump: \"Es ist eine gute Beziehung. \"",
       {"Es ist eine gute Beziehung."}},
      {"closing mark after a space and before a comma",
       "\"Ist das die Absicht? \", Fragte Generalmajor Igor Konaschenkow.",
       {"Ist das die Absicht?"}},
      {"space-separated closing mark before the attribution",
       "\"Who are we as a nation? \" she wrote. \"The answer is compassion.\"",
       {"Who are we as a nation?", "The answer is compassion."}},
      {"space inside an opening mark",
       "he said on CNBC's \" Trading Nation\" on Monday.",
       {"Trading Nation"}},
      {"nested single quotes stay inside",
       "“And I said, ‘I want more.’ They said, ‘No.’” The members laughed.",
       {"And I said, ‘I want more.’ They said, ‘No.’"}},
      {"split quotation",
       "“Forty-five years,\" he said, \"has convinced me.”",
       {"Forty-five years,", "has convinced me."}},
      {"english low single quotes are apostrophes", "He didn’t say ‘never’ at all.", {}},
  };
  for (const SpanCase& c : cases) {
    EXPECT_EQ(Words(c.text), c.quoted) << c.name;
  }
}

TEST(QuoteSpansTest, QuotationRunsOnIntoTheNextParagraph) {
  std::string text =
      "Cheuk said: “These rioters are criminals. They must face the consequences.\n\n"
      "“Other than coming out, I see no option for them.”\n\nPolice surrounded the campus.";
  auto spans = FindQuotedSpans(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_TRUE(spans[0].runs_on);
  EXPECT_TRUE(spans[1].continues);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin),
            "Other than coming out, I see no option for them.");
}

TEST(QuoteSpansTest, StrayOpeningMarkDoesNotSwallowTheParagraph) {
  // A mark that opens nothing the next paragraph continues, and whose words do not end a
  // sentence, is not a quotation.
  auto spans = FindQuotedSpans("He said \"the pipe broke near the dam\n\nWorkers came at noon.");
  EXPECT_TRUE(spans.empty());
}

TEST(QuoteSpansTest, LostOpeningMarkGivesASpanFromTheParagraphStart) {
  std::string text =
      "Die Lage ist ernst.\n\nSyrische Einheiten jagen Gruppen im Euphrattal\", geht "
      "aus der Erklärung hervor.";
  auto spans = FindQuotedSpans(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_TRUE(spans[0].lost_open);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin),
            "Syrische Einheiten jagen Gruppen im Euphrattal");
}

TEST(QuoteSpansTest, FindsQuotationMarks) {
  EXPECT_TRUE(HasQuotationMark("said, “"));
  EXPECT_TRUE(HasQuotationMark("\" "));
  EXPECT_FALSE(HasQuotationMark("don’t"));
}

}  // namespace
}  // namespace storytrace
