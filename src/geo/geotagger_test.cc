#include "geo/geotagger.h"
#include "geo/dateline_mentions.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <map>

#include "entities/name_key.h"
#include "ingest/input_reader.h"
#include "pipeline/pipeline.h"
#include "tests/shared_analyzer.h"

namespace storytrace {
namespace {

// One place an article must have: its name (the gazetteer's display name), country and kind.
struct ExpectedPlace {
  std::string name, country, kind;
};

struct ArticleCase {
  const char* id;                     // sample corpus or seed article
  std::vector<ExpectedPlace> places;  // each must be among the article's places
  const char* focus;                  // the focus place's name
  std::vector<std::string> absent;    // place names that must not be there
};

// The sample corpus and the seeds, built as ingest builds them (extraction, analysis,
// mentions, places), once for all tests.
class GeotaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto g = Gazetteer::Load(testing::DataDir());
    gazetteer_ = g.ok() ? std::move(g).value().release() : new Gazetteer();
    lexicons_ = new LexiconSet(LexiconSet::Load(testing::DataDir() + "/lexicon"));
    finder_ = new MentionFinder(gazetteer_, lexicons_);
    tagger_ = new Geotagger(gazetteer_);
    articles_ = new std::map<std::string, Article>();
    InputReader().Read(
        {testing::SourceDir() + "/examples/corpus", testing::SeedsDir()},
        [](RawDocument&& doc) {
          AnalyzedText analyzed;
          auto a = BuildArticle(std::move(doc), testing::SharedAnalyzer(), &analyzed, finder_,
                                nullptr, nullptr, tagger_);
          if (a.ok()) (*articles_)[a.value().id] = std::move(a).value();
        },
        [](Rejection&&) {});
  }
  static void TearDownTestSuite() {
    delete articles_;
    delete tagger_;
    delete finder_;
    delete lexicons_;
    delete gazetteer_;
  }
  static std::string Describe(const Article& a) {
    std::string s;
    for (const ArticlePlace& p : a.places) {
      s += (s.empty() ? "" : "; ") + std::string(p.focus ? "*" : "") + p.name + "/" + p.country +
           "/" + p.kind;
    }
    return s;
  }
  static Gazetteer* gazetteer_;
  static LexiconSet* lexicons_;
  static MentionFinder* finder_;
  static Geotagger* tagger_;
  static std::map<std::string, Article>* articles_;
};
Gazetteer* GeotaggerTest::gazetteer_ = nullptr;
LexiconSet* GeotaggerTest::lexicons_ = nullptr;
MentionFinder* GeotaggerTest::finder_ = nullptr;
Geotagger* GeotaggerTest::tagger_ = nullptr;
std::map<std::string, Article>* GeotaggerTest::articles_ = nullptr;

TEST_F(GeotaggerTest, SampleCorpusAndSeeds) {
  STORYTRACE_SKIP_WITHOUT_SEEDS();
  if (gazetteer_->size() == 0) GTEST_SKIP() << "no gazetteer data (run scripts/setup.sh)";
  const ArticleCase cases[] = {
      // The Passau flood: the dateline is the focus; Linz is the Austrian one.
      {"flood-en-01",
       {{"Passau", "DE", "city"}, {"Vilshofen", "DE", "city"}, {"Germany", "DE", "country"}},
       "Passau",
       {}},
      {"flood-de-02", {{"Passau", "DE", "city"}, {"Vilshofen", "DE", "city"}}, "Passau", {}},
      // Linz names its city district (Linz Stadt): the seat before Lins in Brazil.
      {"flood-en-02", {{"Passau", "DE", "city"}, {"Linz", "AT", "city"}}, "Passau", {"Lins"}},
      {"flood-fr-01",
       {{"Passau", "DE", "city"}, {"Linz", "AT", "city"}, {"Austria", "AT", "country"}},
       "Passau",
       {}},
      // The Kyrgyz earthquake: Jalal-Abad, whose town the city list lacks, is its region.
      {"quake-en-01",
       {{"Bishkek", "KG", "city"},
        {"Bazar-Korgon", "KG", "city"},
        {"Jalal-Abad", "KG", "region"},
        {"Kyrgyzstan", "KG", "country"}},
       "Bishkek",
       {}},
      {"quake-de-01", {{"Bishkek", "KG", "city"}, {"Jalal-Abad", "KG", "region"}}, "Bishkek", {}},
      {"quake-fr-01", {{"Bishkek", "KG", "city"}, {"Jalal-Abad", "KG", "region"}}, "Bishkek", {}},
      {"quake-es-01", {{"Bishkek", "KG", "city"}}, "Bishkek", {}},
      // Fribourg, Freiburg and Friburgo are the Swiss town, never Freiburg im Breisgau; Guin is
      // the French name of Düdingen.
      {"election-de-01",
       {{"Fribourg", "CH", "city"}, {"Düdingen", "CH", "city"}},
       "Fribourg",
       {"Freiburg"}},
      {"election-de-02",
       {{"Fribourg", "CH", "city"}, {"Düdingen", "CH", "city"}},
       "Fribourg",
       {"Freiburg"}},
      {"election-fr-01",
       {{"Fribourg", "CH", "city"}, {"Düdingen", "CH", "city"}},
       "Fribourg",
       {"Freeburg", "Guin"}},
      {"election-en-01", {{"Fribourg", "CH", "city"}}, "Fribourg", {}},
      {"election-es-01",
       {{"Fribourg", "CH", "city"}, {"Switzerland", "CH", "country"}},
       "Fribourg",
       {}},
      // The hydrogen summit in Porto, Portugal (not Porto in Italy, Spain or Brazil).
      {"summit-en-01",
       {{"Porto", "PT", "city"}, {"Morocco", "MA", "country"}},
       "Porto",
       {"Atlantic", "Statte"}},
      {"summit-de-01", {{"Porto", "PT", "city"}, {"Dakar", "SN", "city"}}, "Porto", {"Zolé"}},
      {"summit-es-01", {{"Porto", "PT", "city"}, {"Portugal", "PT", "country"}}, "Porto", {}},
      // The launch from Kourou, French Guiana (the city list has a Kourou in Côte d'Ivoire
      // first); the first of two dateline places is the focus.
      {"launch-en-01",
       {{"Kourou", "GF", "city"}, {"French Guiana", "GF", "country"}},
       "Kourou",
       {}},
      {"launch-de-01", {{"Darmstadt", "DE", "city"}, {"Kourou", "GF", "city"}}, "Darmstadt", {}},
      {"launch-fr-02",
       {{"Toulouse", "FR", "city"}, {"Darmstadt", "DE", "city"}},
       "Toulouse",
       {"Centre"}},
      {"launch-es-01", {{"Madrid", "ES", "city"}}, "Madrid", {}},
      // The transfer: San Sebastián is Donostia in Spain.
      {"transfer-es-01", {{"San Sebastián", "ES", "city"}}, "San Sebastián", {"Real", "Mateo"}},
      {"transfer-en-02",
       {{"San Sebastián", "ES", "city"}, {"Spain", "ES", "country"}},
       "Spain",
       {"August"}},
      {"transfer-en-01", {{"Montevideo", "UY", "city"}}, "Uruguay", {"Sociedad"}},
      // Seeds: Abu Kamal (al-Bukamal) in Syria, Sochi (Sotschi) in Russia, the Moskau dateline.
      {"000_3e26478349579299",
       {{"Abu Kamal", "SY", "city"},
        {"Sochi", "RU", "city"},
        {"Damascus", "SY", "city"},
        {"Syria", "SY", "country"}},
       "Syria",
       {}},
      {"001_367bf738dcaa9115",
       {{"Abu Kamal", "SY", "city"}, {"Sochi", "RU", "city"}, {"Washington", "US", "city"}},
       "Syria",
       {"Iraan"}},
      {"002_d6bc3228ecf4b712", {{"Moscow", "RU", "city"}, {"Ankara", "TR", "city"}}, "Moscow", {}},
      {"004_615764fe2a7474f2",
       {{"Abu Kamal", "SY", "city"}, {"Iran", "IR", "country"}},
       "Syria",
       {}},
  };
  int right = 0, total = 0;
  for (const ArticleCase& c : cases) {
    auto it = articles_->find(c.id);
    ASSERT_NE(it, articles_->end()) << c.id;
    const Article& a = it->second;
    for (const ExpectedPlace& want : c.places) {
      ++total;
      bool found = false;
      for (const ArticlePlace& p : a.places) {
        found |= p.name == want.name && p.country == want.country && p.kind == want.kind;
      }
      right += found;
      EXPECT_TRUE(found) << c.id << ": no " << want.name << "/" << want.country << "/" << want.kind
                         << " in " << Describe(a);
    }
    ASSERT_FALSE(a.places.empty()) << c.id;
    EXPECT_TRUE(a.places.front().focus) << c.id;
    EXPECT_EQ(a.places.front().name, c.focus) << c.id << ": " << Describe(a);
    for (const std::string& name : c.absent) {
      for (const ArticlePlace& p : a.places) {
        EXPECT_NE(p.name, name) << c.id << ": " << Describe(a);
      }
    }
  }
  std::cout << "geotagging: " << right << " of " << total << " expected places found in "
            << std::size(cases) << " articles\n";
}

TEST_F(GeotaggerTest, ARegionTheArticleNamesDecidesAmongNamesakes) {
  if (gazetteer_->size() == 0) GTEST_SKIP() << "no gazetteer data (run scripts/setup.sh)";
  struct Case {
    const char* text;
    const char* dateline;
    const char* country;
    const char* admin_hint;  // expected in the place id
  };
  const Case cases[] = {
      {"Storms hit Paris on Monday. The town in Lamar County, Texas, lost power.", "", "US",
       ":TX:"},
      {"Storms hit Paris on Monday.", "", "FR", ":11:"},  // the seat of its department
      {"Storms hit Paris on Monday.", "PARIS, Texas (AP)", "US", ":TX:"},
      {"Storms hit Paris on Monday. Kentucky declared an emergency.", "", "US", ":KY:"},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    uint32_t b = static_cast<uint32_t>(text.find("Paris"));
    std::vector<EntityMention> mentions = {{"Paris", "", "LOC", "", NameKey("Paris"), b, b + 5}};
    auto places = tagger_->Tag(text, c.dateline, mentions);
    ASSERT_FALSE(places.empty()) << c.text;
    EXPECT_EQ(places.front().name, "Paris") << c.text;
    EXPECT_EQ(places.front().country, c.country) << c.text;
    EXPECT_NE(places.front().place_id.find(c.admin_hint), std::string::npos)
        << c.text << " → " << places.front().place_id;
  }
}

// Mentions of `names` in `text`, each at its first occurrence, as LOC.
std::vector<EntityMention> LocMentions(const std::string& text, std::vector<std::string> names) {
  std::vector<EntityMention> out;
  size_t from = 0;
  for (const std::string& n : names) {
    size_t b = text.find(n, from);
    if (b == std::string::npos) b = text.find(n);
    from = b + n.size();
    out.push_back({n, "", "LOC", "", NameKey(n), static_cast<uint32_t>(b),
                   static_cast<uint32_t>(b + n.size())});
  }
  return out;
}

// Well-known places hold against a country or state the article names elsewhere (English news
// names the United States everywhere: "Paris" was Paris, Tennessee, "Moscow" Moscow,
// Pennsylvania, "WASHINGTON (AP)" beside "New Jersey Sen." Washington, New Jersey); what
// qualifies a name where it stands decides ("Moscow, Idaho", "HAYWARD, Calif. (AP)").
TEST_F(GeotaggerTest, WellKnownPlacesHoldAndQualifiersDecide) {
  if (gazetteer_->size() == 0) GTEST_SKIP() << "no gazetteer data (run scripts/setup.sh)";
  struct Case {
    std::string text, dateline;
    std::vector<std::string> names;
    const char* name;     // a place of the article
    const char* country;  // its country
    const char* admin;    // in its place id, "" any
  };
  const Case cases[] = {
      {"Police in Paris said. The United States and the United States agreed.", "",
       {"Paris", "United States", "United States"}, "Paris", "FR", ""},
      {"The talks in Moscow were useful, the United States said.", "MOSCOW (AP)",
       {"Moscow", "United States"}, "Moscow", "RU", ""},
      {"New Jersey Sen. Cory Booker spoke in Washington.", "WASHINGTON (AP)",
       {"New Jersey", "Washington"}, "Washington", "US", ":DC:"},
      {"The mayor of Moscow, Idaho, said the city was ready.", "", {"Moscow", "Idaho"}, "Moscow",
       "US", ":ID:"},
      {"Police said the road was closed.", "HAYWARD, Calif. (AP)", {}, "Hayward", "US", ":CA:"},
      {"The shop in Paris, Tenn., closed.", "", {"Paris"}, "Paris", "US", ":TN:"},
      // A list is no qualifier: Berlin is no division of Paris, nor Vienna of Berlin.
      {"Officials in Paris, Berlin, London and Rome agreed.", "",
       {"Paris", "Berlin", "London", "Rome"}, "Paris", "FR", ""},
      {"Leaders met in Madrid, Berlin, and Vienna.", "", {"Madrid", "Berlin", "Vienna"},
       "Madrid", "ES", ""},
      // A major city needs no support in the text (Rome was left out for want of any).
      {"Officials in Paris, Berlin, London and Rome agreed.", "",
       {"Paris", "Berlin", "London", "Rome"}, "Rome", "IT", ""},
      // The division that qualifies a town is the division ("Kent, Washington,": the state).
      {"He lives in Kent, Washington, with his wife.", "", {"Kent", "Washington"}, "Kent", "US",
       ":WA:"},
      {"He lives in Kent, Washington, with his wife.", "", {"Kent", "Washington"}, "Washington",
       "US", "region:US:WA"},
      // A German article's town in Germany needs no country named beside it.
      {"Trainingscamp in Trier: Basketball-Kader ohne Schröder", "", {"Trier"}, "Trier", "DE",
       ""},
  };
  for (const Case& c : cases) {
    const bool german = c.text.starts_with("Trainingscamp");
    auto places = tagger_->Tag(c.text, c.dateline, LocMentions(c.text, c.names), german ? "de" : "en");
    auto p = std::find_if(places.begin(), places.end(),
                          [&](const ArticlePlace& x) { return x.name == c.name; });
    ASSERT_NE(p, places.end()) << c.text;
    EXPECT_EQ(p->country, c.country) << c.text << " → " << p->place_id;
    EXPECT_NE(p->place_id.find(c.admin), std::string::npos) << c.text << " → " << p->place_id;
  }
}

// A planet is no town unless a qualifier says so ("Mars", Pennsylvania; "Earth", Texas), and an
// English article's unsupported town stays off the map as before.
TEST_F(GeotaggerTest, PlanetsAreNoTowns) {
  if (gazetteer_->size() == 0) GTEST_SKIP() << "no gazetteer data (run scripts/setup.sh)";
  const std::string text = "NASA sent a rover to Mars, the United States said.";
  EXPECT_EQ(tagger_->Tag(text, "", LocMentions(text, {"Mars", "United States"}), "en").size(), 1u);
  const std::string trier = "Trainingscamp in Trier: Basketball-Kader ohne Schröder";
  EXPECT_TRUE(tagger_->Tag(trier, "", LocMentions(trier, {"Trier"}), "en").empty());
}

// A newspaper's dateline in capitals names its places as mentions, a state's abbreviation as
// the state; an agency's dateline, which the extractor cuts out of the text, names none.
TEST_F(GeotaggerTest, ADatelineTheTextKeepsNamesItsPlaces) {
  if (gazetteer_->size() == 0) GTEST_SKIP() << "no gazetteer data (run scripts/setup.sh)";
  auto texts = [](const std::vector<Mention>& ms) {
    std::vector<std::string> out;
    for (const Mention& m : ms) out.push_back(m.type + " " + m.text + " " + m.known->canonical);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(texts(DatelineMentions("Title\n\nBUFFALO, N.Y. — Hours before the game.",
                                   "BUFFALO, N.Y.", *gazetteer_)),
            (V{"LOC BUFFALO Buffalo", "LOC N.Y. New York City"}));  // keyed as New York (the
                                                                     // map shows the state)
  EXPECT_EQ(texts(DatelineMentions("MADRID — Rafael Nadal kept Spain alive.", "MADRID", *gazetteer_)),
            V{"LOC MADRID Madrid"});
  EXPECT_EQ(texts(DatelineMentions("Dekalb, Ill. — Mike Glass threw.", "Dekalb, Ill.", *gazetteer_)),
            (V{"LOC Dekalb DeKalb", "LOC Ill. Illinois"}));
  EXPECT_TRUE(DatelineMentions("The Senate voted.", "WASHINGTON (AP)", *gazetteer_).empty());
  // Not at a paragraph's start: no dateline there.
  EXPECT_TRUE(DatelineMentions("He said MADRID — was fine.", "MADRID", *gazetteer_).empty());
}

TEST_F(GeotaggerTest, WithoutADatelineTheMostNamedPlaceIsTheFocus) {
  if (gazetteer_->size() == 0) GTEST_SKIP() << "no gazetteer data (run scripts/setup.sh)";
  std::string text = "Bishkek said. Naryn, Naryn and Naryn. Kyrgyzstan, Kyrgyzstan and Kyrgyzstan.";
  std::vector<EntityMention> mentions;
  for (const char* name :
       {"Bishkek", "Naryn", "Naryn", "Naryn", "Kyrgyzstan", "Kyrgyzstan", "Kyrgyzstan"}) {
    mentions.push_back({name, "", "LOC", "", NameKey(name), 0, 0});
  }
  auto places = tagger_->Tag(text, "", mentions);
  ASSERT_EQ(places.size(), 3u);
  // Naryn and Kyrgyzstan tie at three: the city before the country.
  EXPECT_EQ(places[0].name, "Naryn");
  EXPECT_TRUE(places[0].focus);
  EXPECT_EQ(places[1].name, "Kyrgyzstan");
  EXPECT_EQ(places[1].kind, "country");
  EXPECT_EQ(places[2].name, "Bishkek");
  EXPECT_FALSE(places[1].focus || places[2].focus);
  EXPECT_TRUE(tagger_->Tag("No places here.", "", {}).empty());
}

// A Chinese or Arabic wire dateline: its place is read as the mention finder reads names in
// these scripts. ("东京" keys like Dongying, a Chinese city, by its transliteration.)
TEST_F(GeotaggerTest, ADatelineInACaselessScriptNamesItsCity) {
  if (gazetteer_->size() == 0) GTEST_SKIP() << "no gazetteer data (run scripts/setup.sh)";
  auto tokyo = tagger_->Tag("第三十二届夏季奥运会开幕式举行。", "东京 (Xinhua)", {});
  ASSERT_EQ(tokyo.size(), 1u);
  EXPECT_EQ(tokyo[0].name, "Tokyo");
  EXPECT_EQ(tokyo[0].country, "JP");
  EXPECT_TRUE(tokyo[0].focus);
  auto cairo = tagger_->Tag("قال الوزير إن المحادثات ستستمر.", "القاهرة (Reuters)", {});
  ASSERT_EQ(cairo.size(), 1u);
  EXPECT_EQ(cairo[0].name, "Cairo");
  EXPECT_TRUE(cairo[0].focus);
  // A place the lists do not spell in the script is left out, not guessed by its key.
  EXPECT_TRUE(tagger_->Tag("正文。", "东营 (Xinhua)", {}).empty());
}

}  // namespace
}  // namespace storytrace
