#include "entities/mention_finder.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/shared_analyzer.h"
#include "tests/shared_entities.h"

namespace storytrace {
namespace {

// The names MentionFinder finds in `text`, in order.
std::vector<std::string> Texts(const std::string& text, const std::string& lang) {
  AnalyzedText at = testing::SharedAnalyzer().Analyze(text, lang);
  std::vector<std::string> out;
  MentionFinder finder(&testing::SharedGazetteer(), &testing::SharedLexicons());
  for (const Mention& m : finder.Find(text, at)) out.push_back(m.text);
  return out;
}

// A name is not cut down to a particle and what follows it when the dictionary knows its first
// word: 104 mentions of the OG2021 dev headlines read "de Tóquio" before.
TEST(MentionFinderTest, NoNameStartsWithAParticle) {
  if (testing::SharedGazetteer().size() == 0) {
    GTEST_SKIP() << "no gazetteer data (run scripts/setup.sh)";
  }
  for (const char* headline : {"Brasil já tem mais de 300 atletas garantidos nas Olimpíadas de Tóquio",
                               "Empoderamento feminino nas Olimpíadas de Tóquio"}) {
    for (const std::string& m : Texts(headline, "pt")) {
      EXPECT_FALSE(m.starts_with("de ")) << headline << ": «" << m << "»";
    }
  }
  // A particle inside a name stays in it.
  auto french = Texts("Le discours du général Charles de Gaulle reste dans les mémoires.", "fr");
  EXPECT_NE(std::find(french.begin(), french.end(), "Charles de Gaulle"), french.end())
      << (french.empty() ? "" : french[0]);
}

}  // namespace
}  // namespace storytrace
