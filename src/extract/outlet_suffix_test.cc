#include "extract/outlet_suffix.h"

#include <gtest/gtest.h>

namespace storytrace {
namespace {

std::string Outlet(std::string_view headline) {
  auto found = FindOutletSuffix(headline);
  return found ? found->outlet : "(none)";
}

TEST(OutletSuffixTest, FindsOutletsAfterTheHeadline) {
  EXPECT_EQ(Outlet("Seven COVID cases found at Olympic hotel | The China Post, Taiwan"),
            "The China Post, Taiwan");
  EXPECT_EQ(Outlet("Osaka lights cauldron at Tokyo opening ceremony - McKinnon Broadcasting"),
            "McKinnon Broadcasting");
  EXPECT_EQ(Outlet("Delegación histórica casi 100 deportistas de RD desfilarán en Tokio | Hoy "
                   "Digital"),
            "Hoy Digital");
  EXPECT_EQ(Outlet("Tokyo Olympics: Opening Ceremony highlights 'emotional unity' - Ghanamma.com"),
            "Ghanamma.com");
  EXPECT_EQ(Outlet("The Latest: Moment of silence held at Tokyo opening ceremony | FOX 28 Spokane"),
            "FOX 28 Spokane");
  EXPECT_EQ(Outlet("Brasil vence na estreia \xE2\x80\x93 Noticias de Bolivia y el Mundo"),
            "Noticias de Bolivia y el Mundo");
  EXPECT_EQ(Outlet("Casos de Covid são detectados em hotel que abriga delegação do Brasil no Japão "
                   "- ISTOÉ DINHEIRO"),
            "ISTOÉ DINHEIRO");
  // An outlet named in parts keeps them all, and the byte offset is where they start.
  std::string_view two =
      "Niners-Spieler Niklas Wimberg: Vom Ersatzmann zum Olympa-Spieler | Freie "
      "Presse - Chemnitz";
  auto found = FindOutletSuffix(two);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->outlet, "Freie Presse - Chemnitz");
  EXPECT_EQ(two.substr(found->begin), " | Freie Presse - Chemnitz");
  // In a title-case headline its last clause also reads as a name; an outlet's earlier parts
  // are short.
  EXPECT_EQ(Outlet("The Early Reviews For Google's Stadia Gaming Platform Are Here \xE2\x80\x94 And "
                   "They're Not Great - Digg"),
            "Digg");
}

TEST(OutletSuffixTest, LeavesHeadlinesWithoutAnOutlet) {
  // Lower-case words: the segment is part of the headline.
  EXPECT_EQ(Outlet("Tokio - Olympische Spiele eröffnet"), "(none)");
  EXPECT_EQ(Outlet("Naomi Osaka entzündet die Flamme - die Spiele sind eröffnet"), "(none)");
  // German nouns are capitalised: a connector such as "im" does not join them into a name.
  EXPECT_EQ(Outlet("Die Spiele von Tokio werden verschoben - Taifun im Anmarsch"), "(none)");
  // Too little headline before the segment.
  EXPECT_EQ(Outlet("Olympia - Ticker - Tag 3"), "(none)");
  // Scores, dates and times.
  EXPECT_EQ(Outlet("Crónica del partido España - Argentina, 81-71"), "(none)");
  EXPECT_EQ(Outlet("Die Olympischen Spiele von Tokio sind eröffnet - Seit 23.14 Uhr Ortszeit"),
            "(none)");
  // Labels.
  EXPECT_EQ(Outlet("Así se vivió la presentación de la delegación peruana | VIDEO"), "(none)");
  EXPECT_EQ(Outlet("Abertura dos Jogos Olímpicos de Tóquio | AO VIVO"), "(none)");
  // A match-up.
  EXPECT_EQ(Outlet("Previa del España - Estados Unidos"), "(none)");
  // No separator, or a hyphen inside a word.
  EXPECT_EQ(Outlet("Japan's Yosozumi wins Olympic skateboarding final"), "(none)");
  EXPECT_EQ(Outlet("Covid-19 cases rise at the Olympic Village"), "(none)");
  EXPECT_EQ(Outlet(""), "(none)");
}

TEST(OutletSuffixTest, WithoutOutletCutsOnlyTheSource) {
  const std::string_view headline =
      "Seven COVID cases found at Olympic hotel | The China Post, Taiwan";
  EXPECT_EQ(WithoutOutlet(headline, "The China Post, Taiwan"),
            "Seven COVID cases found at Olympic hotel");
  EXPECT_EQ(WithoutOutlet(headline, "Reuters"), headline);
  EXPECT_EQ(WithoutOutlet(headline, ""), headline);
  EXPECT_EQ(WithoutOutlet("Floods reach Passau", "Reuters"), "Floods reach Passau");
}

}  // namespace
}  // namespace storytrace
