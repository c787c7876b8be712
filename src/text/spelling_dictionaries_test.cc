#include "text/spelling_dictionaries.h"

#include <gtest/gtest.h>

#include "tests/test_paths.h"

namespace storytrace {
namespace {

TEST(CheckableWordsTest, SkipsNamesNumbersAndAddresses) {
  struct Case {
    const char* text;
    std::vector<std::string_view> words;
  } cases[] = {
      // Sentence starts are checked, names inside a sentence are not.
      {"The minister met Angela Merkel in Berlin. She said no.",
       {"The", "minister", "met", "in", "She", "said", "no"}},
      // Inner apostrophes (ASCII and typographic) stay in the word; one-letter words and
      // numbers are dropped.
      {"they don't know it’s 8,000 km2 a b", {"they", "don't", "know", "it’s", "km"}},
      // All capitals (acronyms) are skipped even at a sentence start.
      {"NATO said the UN would meet.", {"said", "the", "would", "meet"}},
      // Web and mail addresses.
      {"see https://www.example.org/news-item or mail desk@example.org or www.example.org today",
       {"see", "or", "mail", "or", "today"}},
      // Letters of other scripts, marks included; a quotation mark keeps the sentence start.
      {"«Он сказал», что Путин прав. \"Das stimmt\", sagte sie.",
       {"сказал", "что", "прав", "Das", "stimmt", "sagte", "sie"}},
      {"नमस्ते दुनिया", {"नमस्ते", "दुनिया"}},
  };
  for (const auto& c : cases) EXPECT_EQ(CheckableWords(c.text, 100), c.words) << c.text;
  EXPECT_EQ(CheckableWords("one two three four", 2).size(), 2u);
}

TEST(CheckableWordsTest, TitleCaseHeadlinesKeepTheirCapitalisedWords) {
  bool title_case = false;
  EXPECT_EQ(CheckableWords("Tokyo Olympics Come to a Close", 100, &title_case),
            (std::vector<std::string_view>{"Tokyo", "Olympics", "Come", "to", "Close"}));
  EXPECT_TRUE(title_case);
  // German capitalises every noun, but a German sentence is not in title case.
  EXPECT_EQ(CheckableWords("Die Regierung hat am Montag neue Maßnahmen beschlossen.", 100, &title_case),
            (std::vector<std::string_view>{"Die", "hat", "am", "neue", "beschlossen"}));
  EXPECT_FALSE(title_case);
}

class SpellingDictionariesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dicts_ = new SpellingDictionaries(SpellingDictionaries::DefaultDirs(testing::DataDir()));
    ASSERT_TRUE(dicts_->Has("en")) << "hunspell dictionaries missing: run scripts/setup.sh";
  }
  static void TearDownTestSuite() { delete dicts_; }
  static double Coverage(const char* lang, const char* text) {
    auto c = dicts_->Coverage(lang, CheckableWords(text, 64));
    return c ? *c : -1;
  }
  static SpellingDictionaries* dicts_;
};
SpellingDictionaries* SpellingDictionariesTest::dicts_ = nullptr;

TEST_F(SpellingDictionariesTest, EnglishDictionaryRejectsScots) {
  const char* english =
      "The council said on Tuesday that the flood defences along the river would be rebuilt "
      "by spring, after residents complained that the works had been delayed for years.";
  const char* scots =
      "The meenister said that the new law wad help families that cannae pey their bills, but "
      "the opposeetion said it wis far ower little and far ower late for them.";
  EXPECT_EQ(Coverage("en", english), 1.0);  // en_GB spells "defences"
  EXPECT_LT(Coverage("en", scots), 0.85);
}

TEST_F(SpellingDictionariesTest, NonUnicodeDictionariesAndScripts) {
  // bs_BA and id_ID are ISO-8859 dictionaries: words are converted before the lookup, and a
  // word their character set cannot hold is rejected.
  EXPECT_EQ(Coverage("bs", "policija je uhapsila dvojicu muškaraca zbog sumnje"), 1.0);
  EXPECT_NEAR(Coverage("bs", "policija je uhapsila dvojicu muškaraca søster"), 5.0 / 6, 1e-9);  // no ø in Latin-2
  // A dictionary judges only words of its own script: bs_BA is Latin, uz_UZ Cyrillic.
  EXPECT_EQ(Coverage("bs", "полиција је ухапсила двојицу мушкараца"), -1);
  EXPECT_EQ(Coverage("uz", "inson oilasi barcha a'zolariga"), -1);
  EXPECT_GT(Coverage("uz", "барча одамлар эркин"), 0.5);
  EXPECT_EQ(Coverage("id", "polisi telah menangkap dua pria untuk membantu penyelidikan"), 1.0);
  // Serbian has a Latin and a Cyrillic dictionary.
  EXPECT_EQ(Coverage("sr", "полиција је ухапсила двојицу мушкараца"), 1.0);
  EXPECT_EQ(Coverage("sr", "policija je uhapsila dvojicu muškaraca"), 1.0);
}

TEST_F(SpellingDictionariesTest, LooksUpNfcAndAsciiApostrophes) {
  // Vietnamese written with combining accents (NFD), as some sources do.
  EXPECT_EQ(Coverage("vi", "ta\u0302\u0301t ca\u0309 mo\u0323i ngu\u031bo\u031b\u0300i sinh ra "
                           "\u0111e\u0302\u0300u \u0111u\u031bo\u031b\u0323c tu\u031b\u0323 do"),
            1.0);
  EXPECT_EQ(Coverage("en", "they don’t know"), 1.0);
}

// A capitalised word is read as a common word when every root the dictionary finds for it is
// written in lower case, as a name when every one is capitalised, as both when there are both.
TEST_F(SpellingDictionariesTest, ReadsCommonWordsAndNames) {
  using R = SpellingDictionaries::Reading;
  EXPECT_EQ(dicts_->Read("en", "Golfer"), R::kCommonWord);
  EXPECT_EQ(dicts_->Read("en", "Mike"), R::kCommonWordAndName);  // mike, Mike
  EXPECT_EQ(dicts_->Read("en", "Takato"), R::kUnknown);
  EXPECT_EQ(dicts_->Read("es", "Juegos"), R::kCommonWord);  // juego
  EXPECT_EQ(dicts_->Read("es", "Olímpicos"), R::kCommonWord);
  EXPECT_EQ(dicts_->Read("es", "Paula"), R::kCommonWordAndName);  // paular, Paula
  EXPECT_EQ(dicts_->Read("ru", "Россиянка"), R::kCommonWord);
  EXPECT_EQ(dicts_->Read("ru", "Дарья"), R::kName);
  EXPECT_EQ(dicts_->Read("bs", "Policija"), R::kCommonWord);  // an ISO-8859 dictionary
  EXPECT_EQ(dicts_->Read("sco", "Fowk"), R::kUnknown);        // no dictionary
  EXPECT_EQ(dicts_->Read("en", "Россиянка"), R::kUnknown);    // not the dictionary's script
}

// Roots for words a stemmer leaves apart from their dictionary form; none for a word that may
// be a name.
TEST_F(SpellingDictionariesTest, CommonRootsOfInflectedWords) {
  using V = std::vector<std::string>;
  EXPECT_EQ(dicts_->CommonRoots("sl", "dolžnostih"), V{"dolžnost"});  // an ISO-8859-2 dictionary
  EXPECT_EQ(dicts_->CommonRoots("ru", "взяла"), V{"взять"});
  EXPECT_EQ(dicts_->CommonRoots("fr", "Jeux"), V{"jeu"});
  EXPECT_TRUE(dicts_->CommonRoots("pt", "Rui").empty());      // a name, or the verb ruir
  EXPECT_TRUE(dicts_->CommonRoots("en", "Takato").empty());   // unknown
  EXPECT_TRUE(dicts_->CommonRoots("sco", "fowk").empty());    // no dictionary
  EXPECT_TRUE(dicts_->CommonRoots("en", "взяла").empty());    // not the dictionary's script
}

TEST_F(SpellingDictionariesTest, LanguagesWithoutDictionary) {
  EXPECT_FALSE(dicts_->Has("sco"));
  EXPECT_FALSE(dicts_->Has("oc"));  // left out on purpose (one written standard of several)
  EXPECT_FALSE(dicts_->Coverage("sco", CheckableWords("aw the fowk", 8)).has_value());
  EXPECT_FALSE(dicts_->Coverage("en", {}).has_value());
  SpellingDictionaries none({"/nonexistent-dir"});
  EXPECT_FALSE(none.Has("en"));
}

}  // namespace
}  // namespace storytrace
