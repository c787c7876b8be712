// HTML extraction rules, one page shape per case: what the body must and must not contain.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extractor.h"

namespace storytrace {
namespace {

// A paragraph long enough to vote, numbered so each can be found in the body.
std::string Para(int i) {
  return "<p>Paragraph " + std::to_string(i) +
         " of the story, in which officials said, once more, that the river would keep rising "
         "through the night.</p>";
}

std::string Paras(int from, int to) {
  std::string out;
  for (int i = from; i <= to; ++i) out += Para(i);
  return out;
}

struct PageCase {
  const char* rule;
  std::string html;
  std::vector<std::string> kept;
  std::vector<std::string> dropped;
};

TEST(HtmlExtractorRulesTest, PageShapes) {
  std::vector<PageCase> cases = {
      {"paragraphs each in their own wrapper",
       "<body><div id=body>" +
           [] {
             std::string s;
             for (int i = 1; i <= 4; ++i)
               s += "<div class=card><div class=c>" + Para(i) + "</div></div>";
             return s;
           }() +
           "</div><div class=more><p>Other news: a long teaser about something else, really.</p>"
           "</div></body>",
       {"Paragraph 1 ", "Paragraph 2 ", "Paragraph 3 ", "Paragraph 4 "},
       {"Other news"}},
      {"article split over sibling containers of the same class",
       "<body><div class=chunks><div class='grid body'><div class=b>" + Paras(1, 3) +
           "</div></div><div class=slot>Ad</div><div class='grid body'><div class=b>" +
           Paras(4, 9) + "</div></div></div></body>",
       {"Paragraph 1 ", "Paragraph 3 ", "Paragraph 9 "},
       {}},
      {"a lead paragraph just before the body",
       "<body><div class=a><h1>Heading of the page here</h1><div class=summary>Three people died "
       "in protests against the interim government, officials confirmed on Sunday.</div>"
       "<div class=text>" +
           Paras(1, 6) + "</div></div></body>",
       {"Three people died", "Paragraph 6 "},
       {}},
      {"a weak furniture name around most of the article (paywall)",
       "<body><article><div itemprop=articleBody>" + Para(1) + "<div class=paywall>" + Paras(2, 5) +
           "</div><div class=byline>By A. Writer, staff reporter of the paper</div>"
           "</div></article></body>",
       {"Paragraph 1 ", "Paragraph 5 "},
       {"A. Writer"}},
      {"the article repeated for another layout",
       "<body><div><div itemprop=articleBody>" + Paras(1, 3) +
           "</div></div><div><div itemprop=articleBody>" + Paras(1, 3) + "</div></div></body>",
       {"Paragraph 1 "},
       {"rising through the night.\n\nParagraph 1 "}},
      {"an article body marked in two parts",
       "<body><div itemprop=articleBody>" + Paras(1, 2) +
           "</div><div class=ad>Ad</div>"
           "<div itemprop=articleBody>" +
           Paras(3, 4) + "</div></body>",
       {"Paragraph 1 ", "Paragraph 4 "},
       {"Ad"}},
      {"related articles nested in an article do not outvote the article",
       "<body><main><article><h1>Love</h1><p>The one paragraph of this short reflection, with "
       "commas, many, of them, to be sure, and long enough to count as the page's article.</p>"
       "</article><article><h3>You may like</h3>"
       "<article><h2><a href=/1>One</a></h2>" +
           Para(1) +
           "</article>"
           "<article><h2><a href=/2>Two</a></h2>" +
           Para(2) +
           "</article>"
           "<article><h2><a href=/3>Three</a></h2>" +
           Para(3) +
           "</article>"
           "</article></main></body>",
       {"The one paragraph"},
       {"Paragraph 1 ", "Paragraph 2 "}},
      {"the headline, bylines and stamps repeated in the content",
       "<head><title>River bursts its banks | The Daily</title></head><body><article>"
       "<h2>River bursts its banks</h2><div>By Jane Doe</div><div>Updated at 1:23 p.m.</div>" +
           Paras(1, 3) + "<p>(Reporting by Jane Doe; Editing by John Roe)</p></article></body>",
       {"Paragraph 1 ", "Paragraph 3 "},
       {"River bursts", "Jane Doe", "Updated"}},
      {"a list of links closing the article, with its heading",
       "<body><article>" + Paras(1, 3) +
           "<div>More Great Stories</div><ul>"
           "<li>The strange life and <a href=/a>death of a coder</a></li>"
           "<li>How a network <a href=/b>gets the law backwards</a></li>"
           "<li>What the merger <a href=/c>means for wearables</a></li></ul>"
           "<ul><li>Flour, 200 grams</li><li>Sugar, <a href=/s>fine</a></li><li>Eggs</li></ul>"
           "</article></body>",
       {"Paragraph 3 ", "Flour, 200 grams"},
       {"More Great Stories", "strange life", "merger"}},
      {"a grid of teaser cards inside the content",
       "<body><div class=main>" + Paras(1, 4) +
           "<div class=grid><h2>Most popular</h2>"
           "<div class=card><a href=/1>Protein diet</a><div>Lose 10 kg in 14 days.</div></div>"
           "<div class=card><a href=/2>Buckwheat diet</a><div>Lose 7 kg a week.</div></div>"
           "<div class=card><a href=/3>Kefir diet</a><div>Three days, three kilos.</div></div>"
           "</div></div></body>",
       {"Paragraph 4 "},
       {"Most popular", "Protein diet", "Lose 7 kg", "Three days"}},
      {"a table row reads as one line, numbers kept",
       "<body><article>" + Paras(1, 3) +
           "<table><tr><th>Pos</th><th>Player</th><th>Snaps</th></tr>"
           "<tr><td>DL</td><td>Devaroe Lawrence</td><td>28</td></tr></table></article></body>",
       {"DL Devaroe Lawrence 28", "Paragraph 3 "},
       {}},
  };
  for (const auto& c : cases) {
    std::string body = ExtractFromHtml(c.html).body;
    for (const auto& s : c.kept) EXPECT_NE(body.find(s), std::string::npos) << c.rule << ": " << s;
    for (const auto& s : c.dropped) {
      EXPECT_EQ(body.find(s), std::string::npos) << c.rule << ": " << s;
    }
  }
}

}  // namespace
}  // namespace storytrace
