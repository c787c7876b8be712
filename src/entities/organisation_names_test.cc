// Organisations named by their kind and what they are of (organisation_names.cc), as the mention
// finder reads them.
#include "entities/organisation_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/mention_finder.h"
#include "tests/shared_analyzer.h"
#include "tests/shared_entities.h"

namespace storytrace {
namespace {

// "text|TYPE|key" of each mention the finder finds in `text`.
std::vector<std::string> Found(const std::string& text, const std::string& lang) {
  AnalyzedText at = testing::SharedAnalyzer().Analyze(text, lang);
  MentionFinder finder(&testing::SharedGazetteer(), &testing::SharedLexicons());
  std::vector<std::string> out;
  for (const Mention& m : finder.Find(text, at)) out.push_back(m.text + "|" + m.type);
  return out;
}

using V = std::vector<std::string>;

std::string MissingData() {
  return testing::SharedGazetteer().size() == 0 ? "no gazetteer data (run scripts/setup.sh)" : "";
}

TEST(OrganisationNamesTest, AKindIsNamedWithWhatItIsOf) {
  if (std::string why = MissingData(); !why.empty()) GTEST_SKIP() << why;
  EXPECT_EQ(Found("The Ministry of Defence said the Bank of England agreed.", "en"),
            (V{"Ministry of Defence|ORG", "Bank of England|ORG"}));
  EXPECT_EQ(Found("Das kirgisische Institut für Seismologie gab die Stärke an.", "de"),
            V{"Institut für Seismologie|ORG"});
  EXPECT_EQ(Found("El Gobierno de España y el Consejo de Estado lo aprobaron.", "es"),
            (V{"Gobierno de España|ORG", "Consejo de Estado|ORG"}));
  // Elided connectors and articles; adjectives after the kind.
  EXPECT_EQ(Found("Le Conseil d’État et la Banque centrale européenne, puis le Conseil de "
                  "l'Europe.", "fr"),
            (V{"Conseil d’État|ORG", "Banque centrale européenne|ORG", "Conseil de l'Europe|ORG"}));
  // A German genitive or dative after the kind is no part of it.
  EXPECT_TRUE(Found("Das teilte das Ministerium der Nachrichtenagentur mit.", "de").empty());
}

TEST(OrganisationNamesTest, AKindAloneIsTheOneNamedBeforeOrNothing) {
  if (std::string why = MissingData(); !why.empty()) GTEST_SKIP() << why;
  const std::string text =
      "The Council met on Monday. The Council of Europe in Strasbourg said the Council would "
      "decide. The Government agreed, the Times reported.";
  AnalyzedText at = testing::SharedAnalyzer().Analyze(text, "en");
  MentionFinder finder(&testing::SharedGazetteer(), &testing::SharedLexicons());
  std::vector<Mention> found = finder.Find(text, at);
  V texts;
  for (const Mention& m : found) texts.push_back(m.text);
  // The first "Council" (no full name before it) and "Government" are gone; the second
  // "Council" is the Council of Europe; a newspaper's name stays.
  EXPECT_EQ(texts, (V{"Council of Europe", "Strasbourg", "Council", "Times"}));
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[2].key, found[0].key);
  EXPECT_EQ(found[2].type, "ORG");
  // The kind may be the last word of the full name.
  EXPECT_EQ(Found("The Russian Defence Ministry said it struck targets. The Ministry added that "
                  "it would go on.", "en"),
            (V{"Russian Defence Ministry|ORG", "Ministry|ORG"}));
}

}  // namespace
}  // namespace storytrace
