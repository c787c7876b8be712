#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dedup/freedict.h"
#include "dedup/lexicon.h"
#include "dedup/lemma_stems.h"
#include "dedup/lexicon_builder.h"
#include "dedup/translation_detector.h"
#include "tests/test_paths.h"
#include "text/normalizer.h"
#include "text/stemmer.h"

namespace storytrace {
namespace {
namespace fs = std::filesystem;

class TranslationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           (std::string("st_tr_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto a = TextAnalyzer::Create(testing::DataDir());
    ASSERT_TRUE(a.ok()) << a.status().message();
    analyzer_ = std::move(a).value();
  }
  void TearDown() override { fs::remove_all(dir_); }
  // Writes a dictd dictionary "freedict-<name>" with the given entries (headword, lines).
  void WriteDict(const std::string& name,
                 const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string dict, index;
    const std::string b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    auto enc = [&](size_t v) {
      std::string s;
      do {
        s.insert(s.begin(), b64[v % 64]);
        v /= 64;
      } while (v > 0);
      return s;
    };
    for (const auto& [head, body] : entries) {
      std::string entry = head + " /ipa/ <n>\n" + body + "\n";
      index += head + "\t" + enc(dict.size()) + "\t" + enc(entry.size()) + "\n";
      dict += entry;
    }
    std::ofstream((dir_ / ("freedict-" + name + ".index")).string()) << index;
    std::ofstream((dir_ / ("freedict-" + name + ".dict")).string()) << dict;
  }
  TranslationProfile Profile(const std::string& id, const std::string& text, const std::string& lang) {
    Article a;
    a.id = id;
    a.text = text;
    return MakeTranslationProfile(a, analyzer_->Analyze(text, lang));
  }
  TranslationProfile Profile(const std::string& text, const std::string& lang,
                             const LemmaStems* lemmas) {
    Article a;
    a.text = text;
    return MakeTranslationProfile(a, analyzer_->Analyze(text, lang), lemmas);
  }
  // Whether `p` has an item looked up by `stem`.
  static bool HasStem(const TranslationProfile& p, const std::string& stem) {
    return std::any_of(p.items.begin(), p.items.end(),
                       [&](const auto& it) { return it.stem == LexiconKey(stem); });
  }
  fs::path dir_;
  std::unique_ptr<TextAnalyzer> analyzer_;
};

TEST_F(TranslationTest, ReadsDictdEntriesWithoutAnnotationsOrExamples) {
  WriteDict("deu-eng", {{"Erdbeben", "earthquake <n>, quake <n>, seism <n> [rare] , temblor [Am.]\n"
                                     "      \"Erdbeben mit Herdtiefe\" - shallow earthquake\n"
                                     "   Synonym: {Beben}"},
                        {"Bürgermeister", " [pol.] mayor <n>\n see: {Bürgermeisterin}"}});
  auto pairs = ReadDictd((dir_ / "freedict-deu-eng").string());
  ASSERT_TRUE(pairs.ok()) << pairs.status().message();
  std::vector<std::string> got;
  for (const auto& p : pairs.value()) got.push_back(p.headword + ">" + p.translation);
  EXPECT_EQ(got, (std::vector<std::string>{"Erdbeben>earthquake", "Erdbeben>quake",
                                           "Erdbeben>seism", "Erdbeben>temblor",
                                           "Bürgermeister>mayor"}));
  EXPECT_FALSE(ReadDictd((dir_ / "missing").string()).ok());
}

TEST_F(TranslationTest, BuildsLexiconsInBothDirectionsAndMapsThem) {
  WriteDict("deu-eng", {{"Erdbeben", "earthquake"}, {"Stadt", "town, city"}});
  WriteDict("eng-deu", {{"mayor", "Bürgermeister"}});
  auto stop = Stopwords::Load(testing::DataDir());
  ASSERT_TRUE(stop.ok());
  auto reports = BuildLexicons(dir_.string(), (dir_ / "lex").string(), stop.value());
  ASSERT_TRUE(reports.ok()) << reports.status().message();
  ASSERT_EQ(reports.value().size(), 2u);  // de-en and en-de
  LexiconSet set = LexiconSet::Load((dir_ / "lex").string());
  const Lexicon* de_en = set.Get("de", "en");
  ASSERT_NE(de_en, nullptr);
  EXPECT_EQ(de_en->Lookup(LexiconKey(Stem("stadt", "de"))).size(), 2u);
  auto mayor = de_en->Lookup(LexiconKey(Stem("burgermeister", "de")));  // from eng-deu, inverted
  ASSERT_EQ(mayor.size(), 1u);
  EXPECT_EQ(mayor[0], LexiconKey(Stem("mayor", "en")));
  EXPECT_TRUE(de_en->Lookup(LexiconKey("unknown")).empty());
  EXPECT_EQ(set.Get("de", "fr"), nullptr);
  std::ofstream((dir_ / "lex" / "xx-yy.lex").string()) << "garbage";
  EXPECT_FALSE(Lexicon::Open((dir_ / "lex" / "xx-yy.lex").string()).ok());
}

// The lexicon's translations of `word` (a folded word of `lang`), as a vector.
std::vector<uint64_t> Keys(const Lexicon* lexicon, const std::string& word,
                           const std::string& lang) {
  auto span = lexicon->Lookup(LexiconKey(Stem(word, lang)));
  return {span.begin(), span.end()};
}
// The key of the English word `word`, alone in a vector.
std::vector<uint64_t> Keys(const std::string& word) { return {LexiconKey(Stem(word, "en"))}; }

TEST_F(TranslationTest, WordPairsFillOnlyTheDictionariesGaps) {
  WriteDict("deu-eng", {{"Stadt", "town"}});
  fs::create_directories(dir_ / "pairs");
  // "Stadt" is known to FreeDict: its pair from the word list is ignored. "Feier" is not:
  // it is taken, and so is the inverted English→German pair for "Zeremonie".
  std::ofstream((dir_ / "pairs" / "de-en.tsv").string())
      << "stadt\tcity\nfeier\tcelebration\n\nno tab here\n";
  std::ofstream((dir_ / "pairs" / "en-de.tsv").string()) << "ceremony\tZeremonie\n";
  // A direction FreeDict does not have at all.
  std::ofstream((dir_ / "pairs" / "es-en.tsv").string()) << "clausura\tclosure\n";
  std::ofstream((dir_ / "pairs" / "notes.txt").string()) << "ignored\tfile\n";
  auto stop = Stopwords::Load(testing::DataDir());
  ASSERT_TRUE(stop.ok());
  auto reports = BuildLexicons(dir_.string(), (dir_ / "lex").string(), stop.value(),
                               (dir_ / "pairs").string());
  ASSERT_TRUE(reports.ok()) << reports.status().message();
  LexiconSet set = LexiconSet::Load((dir_ / "lex").string());
  const Lexicon* de_en = set.Get("de", "en");
  ASSERT_NE(de_en, nullptr);
  EXPECT_EQ(Keys(de_en, "stadt", "de"), Keys("town"));
  EXPECT_EQ(Keys(de_en, "feier", "de"), Keys("celebration"));
  EXPECT_EQ(Keys(de_en, "zeremonie", "de"), Keys("ceremony"));
  const Lexicon* es_en = set.Get("es", "en");
  ASSERT_NE(es_en, nullptr);
  EXPECT_EQ(Keys(es_en, "clausura", "es"), Keys("closure"));
  EXPECT_NE(set.Get("en", "es"), nullptr);  // inverted too

  auto pairs = ReadWordPairs((dir_ / "pairs" / "de-en.tsv").string());
  ASSERT_TRUE(pairs.ok());
  EXPECT_EQ(pairs.value().size(), 2u);  // the blank line and the line without a tab skipped
  EXPECT_FALSE(ReadWordPairs((dir_ / "pairs" / "missing.tsv").string()).ok());
  EXPECT_FALSE(BuildLexicons(dir_.string(), (dir_ / "lex2").string(), stop.value(),
                             (dir_ / "no-such-folder").string())
                   .ok());
}

// A phrase of more than three words is an explanation, unless what makes it longer is a
// trailing function word, a verb's complement: "have the right to" says "right".
TEST_F(TranslationTest, PhrasesEndingInAFunctionWordAreTranslations) {
  WriteDict("deu-eng", {{"Anrecht", "have the right to"},
                        {"Gleichheit", "the state of being equal in"}});
  auto stop = Stopwords::Load(testing::DataDir());
  ASSERT_TRUE(stop.ok());
  ASSERT_TRUE(BuildLexicons(dir_.string(), (dir_ / "lex").string(), stop.value()).ok());
  LexiconSet set = LexiconSet::Load((dir_ / "lex").string());
  const Lexicon* de_en = set.Get("de", "en");
  ASSERT_NE(de_en, nullptr);
  EXPECT_EQ(Keys(de_en, "anrecht", "de"), Keys("right"));
  EXPECT_TRUE(Keys(de_en, "gleichheit", "de").empty());
}

TEST_F(TranslationTest, TranslationLexiconsTakeThePlaceOfTheirDirection) {
  const fs::path base = dir_ / "lex", over = base / "translation";
  fs::create_directories(over);
  ASSERT_TRUE(WriteLexicon((base / "ru-en.lex").string(), "ru", "en", {{"город", "town"}}).ok());
  ASSERT_TRUE(WriteLexicon((base / "de-en.lex").string(), "de", "en", {{"stadt", "town"}}).ok());
  ASSERT_TRUE(WriteLexicon((over / "ru-en.lex").string(), "ru", "en",
                           {{"город", "town"}, {"медал", "medal"}})
                  .ok());
  ASSERT_TRUE(WriteLexicon((over / "en-ru.lex").string(), "en", "ru", {{"medal", "медал"}}).ok());
  LexiconSet plain = LexiconSet::Load(base.string());
  LexiconSet wide = LexiconSet::LoadForTranslation(base.string());
  EXPECT_EQ(plain.size(), 2u);  // the subfolder is not read by Load
  EXPECT_TRUE(plain.Get("ru", "en")->Lookup(LexiconKey("медал")).empty());
  EXPECT_EQ(wide.size(), 3u);  // ru-en replaced, en-ru added, de-en kept
  ASSERT_NE(wide.Get("ru", "en"), nullptr);
  EXPECT_FALSE(wide.Get("ru", "en")->Lookup(LexiconKey("медал")).empty());
  EXPECT_NE(wide.Get("en", "ru"), nullptr);
  EXPECT_NE(wide.Get("de", "en"), nullptr);
  EXPECT_EQ(wide.From("ru").size(), 1u);
  // Made from the plain set, the same lexicons, the one that is not replaced shared.
  LexiconSet shared = plain.ForTranslation(base.string());
  EXPECT_EQ(shared.size(), 3u);
  EXPECT_EQ(shared.Get("de", "en"), plain.Get("de", "en"));
  EXPECT_NE(shared.Get("ru", "en"), plain.Get("ru", "en"));
  EXPECT_FALSE(shared.Get("ru", "en")->Lookup(LexiconKey("медал")).empty());
  EXPECT_TRUE(plain.Get("ru", "en")->Lookup(LexiconKey("медал")).empty());
}

TEST_F(TranslationTest, TranslationScoresAboveSameStoryRewrite) {
  LexiconSet set = LexiconSet::Load(testing::DataDir() + "/lexicon");
  if (set.Get("de", "en") == nullptr) GTEST_SKIP() << "no de-en lexicon (run scripts/setup.sh)";
  std::string en =
      "Passau counts the damage after the flood. The Danube fell to eight metres on Friday. "
      "Mayor Markus Eibl said the old town would need weeks to recover. About 1,400 people had "
      "left their homes. The fire brigade pumped water out of 300 cellars.";
  std::string de =
      "Passau zählt die Schäden nach dem Hochwasser. Die Donau fiel am Freitag auf acht Meter. "
      "Bürgermeister Markus Eibl sagte, die Altstadt brauche Wochen, um sich zu erholen. Rund "
      "1.400 Menschen hatten ihre Häuser verlassen. Die Feuerwehr pumpte Wasser aus 300 Kellern.";
  std::string rewrite =
      "In Passau sind 300 Keller vollgelaufen. Oberbürgermeister Markus Eibl rechnet mit Kosten "
      "in Millionenhöhe. Schulen bleiben bis Montag geschlossen, teilte die Stadt mit. Die "
      "Bundeswehr half mit Sandsäcken, 1.400 Menschen wurden in Sicherheit gebracht.";
  TranslationProfile pe = Profile("en", en, "en"), pd = Profile("de", de, "de"),
                     pr = Profile("r", rewrite, "de");
  double t = ScoreTranslation(pd, pe, set.Get("de", "en"), set.Get("en", "de")).score;
  double r = ScoreTranslation(pr, pe, set.Get("de", "en"), set.Get("en", "de")).score;
  EXPECT_GT(t, TranslationOptions().threshold);
  EXPECT_LT(r, TranslationOptions().threshold);
  EXPECT_NEAR(t, ScoreTranslation(pe, pd, set.Get("en", "de"), set.Get("de", "en")).score, 1e-9);

  TranslationDetector detector(&set);
  detector.Add("en", pe);
  detector.Add("r", pr);
  auto found = detector.Find(pd);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].id, "en");
}

// German writes its nouns capitalised; they are words to look up, not names to match. A text
// with no name or number in common with its translation is still found (UDHR, article 3).
TEST_F(TranslationTest, GermanNounsFindATranslationWithoutSharedNames) {
  LexiconSet set = LexiconSet::Load(testing::DataDir() + "/lexicon");
  if (set.Get("de", "en") == nullptr) GTEST_SKIP() << "no de-en lexicon (run scripts/setup.sh)";
  TranslationProfile pe = Profile(
      "en", "Everyone has the right to life, liberty and security of person.", "en");
  TranslationProfile pd = Profile(
      "de", "Jeder hat das Recht auf Leben, Freiheit und Sicherheit der Person.", "de");
  TranslationDetector detector(&set);
  detector.Add("en", pe);
  auto found = detector.Find(pd);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].id, "en");
}

// A word the lexicon knows only in its dictionary form is looked up by its root (Slovenian
// "dolžnosti" → dolžnost); a word it knows keeps its stem, and headlines keep all of theirs.
TEST_F(TranslationTest, WordsAreLookedUpByTheirRootsWhereTheLexiconLacksTheirStem) {
  const SpellingDictionaries* spelling = analyzer_->language_identifier().spelling_dictionaries();
  if (!spelling->Has("sl")) GTEST_SKIP() << "no Slovenian dictionary (run scripts/setup.sh)";
  const std::string root = Stem(FoldForMatching("dolžnost"), "sl");
  const std::string known = Stem(FoldForMatching("skupnosti"), "sl");
  ASSERT_NE(Stem(FoldForMatching("dolžnosti"), "sl"), root);  // the stemmer leaves them apart
  ASSERT_TRUE(WriteLexicon((dir_ / "sl-en.lex").string(), "sl", "en",
                           {{root, "duti"}, {known, "communiti"}})
                  .ok());
  LexiconSet set = LexiconSet::Load(dir_.string());
  LemmaStems lemmas(&set, spelling);
  const std::string article =
      "Vsakdo ima dolžnosti do skupnosti, v kateri je edino mogoč svoboden in popoln razvoj "
      "njegove osebnosti. Pri izvrševanju svojih pravic in svoboščin je vsakdo podvržen samo "
      "takim omejitvam, ki jih določa zakon.";
  EXPECT_TRUE(HasStem(Profile(article, "sl", &lemmas), root));
  EXPECT_TRUE(HasStem(Profile(article, "sl", &lemmas), known));
  EXPECT_FALSE(HasStem(Profile(article, "sl", nullptr), root));
  const std::string headline = "Vsakdo ima dolžnosti do skupnosti";
  EXPECT_FALSE(HasStem(Profile(headline, "sl", &lemmas), root));
}

// Translations say things in more or fewer words: four words the German leaves out at the start
// of the English move every later position (the first match by 4/15 of the text). In full texts
// the band widens by two words' worth, so every match is found near its place; between two
// headlines the narrow band misses the first five.
TEST_F(TranslationTest, PositionBandAllowsAFewWordsOfShiftInFullTexts) {
  const std::vector<std::pair<std::string, std::string>> words = {
      {"Hafen", "harbour"},      {"Brücke", "bridge"},  {"Bahnhof", "station"},
      {"Markt", "market"},       {"Schule", "school"},  {"Krankenhaus", "hospital"},
      {"Bibliothek", "library"}, {"Museum", "museum"},  {"Stadion", "stadium"},
      {"Theater", "theatre"},    {"Kirche", "church"},  {"Rathaus", "townhall"}};
  std::vector<std::pair<std::string, std::string>> de_en, en_de;
  std::string de, en = "Fishermen sailors farmers traders";
  for (const auto& [d, e] : words) {
    std::string sd = Stem(FoldForMatching(d), "de"), se = Stem(FoldForMatching(e), "en");
    de_en.push_back({sd, se});
    en_de.push_back({se, sd});
    de += (de.empty() ? "" : " ") + d;
    en += " " + e;
  }
  ASSERT_TRUE(WriteLexicon((dir_ / "de-en.lex").string(), "de", "en", de_en).ok());
  ASSERT_TRUE(WriteLexicon((dir_ / "en-de.lex").string(), "en", "de", en_de).ok());
  LexiconSet set = LexiconSet::Load(dir_.string());
  TranslationProfile pd = Profile("de", de + ".", "de"), pe = Profile("en", en + ".", "en");
  ASSERT_EQ(pd.items.size(), 12u);
  ASSERT_EQ(pe.items.size(), 16u);
  pd.chars = pe.chars = 400;  // full texts
  TranslationEvidence full = ScoreTranslation(pd, pe, set.Get("de", "en"), set.Get("en", "de"));
  EXPECT_NEAR(full.coverage, 1.0, 1e-9);
  pd.chars = pe.chars = 100;  // headlines
  TranslationEvidence headlines =
      ScoreTranslation(pd, pe, set.Get("de", "en"), set.Get("en", "de"));
  EXPECT_NEAR(headlines.coverage, 7.0 / 12, 1e-9);
}

// Lengths in characters, weighted by what a character carries: the Chinese UDHR's article 3
// and the English one come out alike (0.98; with a Han character counting three, 0.75).
TEST_F(TranslationTest, TextLengthWeighsCharactersByScript) {
  EXPECT_EQ(TextLength("ab"), 2u);
  EXPECT_EQ(TextLength("да"), 2u);
  EXPECT_EQ(TextLength("人人"), 8u);
  EXPECT_EQ(TextLength("のの"), 3u);
  EXPECT_EQ(TextLength("سلام"), 6u);
  const std::string en = "Everyone has the right to life, liberty and security of person.";
  const std::string zh = "人人有权享有生命、自由和人身安全。";
  double ratio = static_cast<double>(TextLength(zh)) / TextLength(en);
  EXPECT_GT(ratio, 0.9);
  EXPECT_LT(ratio, 1.25);
}

// Arabic writes prepositions onto the word: "لحقوق" (for the rights) is looked up as "حقوق" when
// the lexicon lacks its own stem; a headline keeps its stems, as for the Hunspell roots.
TEST_F(TranslationTest, ArabicWordsAreLookedUpWithoutTheirProclitics) {
  const std::string rights = Stem(FoldForMatching("حقوق"), "ar");
  ASSERT_NE(Stem(FoldForMatching("لحقوق"), "ar"), rights);  // Snowball keeps the preposition
  ASSERT_TRUE(WriteLexicon((dir_ / "ar-en.lex").string(), "ar", "en", {{rights, "right"}}).ok());
  LexiconSet set = LexiconSet::Load(dir_.string());
  LemmaStems lemmas(&set, analyzer_->language_identifier().spelling_dictionaries());
  const std::string article =
      "تنادي الجمعية العامة بهذا الإعلان العالمي لحقوق الإنسان على أنه المستوى المشترك الذي "
      "ينبغي أن تستهدفه كافة الشعوب والأمم.";
  EXPECT_TRUE(HasStem(Profile(article, "ar", &lemmas), rights));
  EXPECT_FALSE(HasStem(Profile("الإعلان العالمي لحقوق الإنسان", "ar", &lemmas), rights));
}

// A German compound the lexicon lacks is looked up by its head where both parts are words it
// knows ("Gesundheitsministerin" a "Ministerin": minister); headlines keep their stems.
TEST_F(TranslationTest, GermanCompoundsAreLookedUpByTheirHead) {
  const std::string head = Stem(FoldForMatching("Ministerin"), "de");
  ASSERT_TRUE(WriteLexicon((dir_ / "de-en.lex").string(), "de", "en",
                           {{head, "minist"}, {Stem(FoldForMatching("Gesundheit"), "de"), "health"}})
                  .ok());
  LexiconSet set = LexiconSet::Load(dir_.string());
  LemmaStems lemmas(&set, analyzer_->language_identifier().spelling_dictionaries());
  const std::string article =
      "Die Gesundheitsministerin stellte am Montag in Berlin den Plan für die Krankenhäuser vor, "
      "der nach ihren Worten bis zum Herbst im Kabinett beschlossen werden soll.";
  EXPECT_TRUE(HasStem(Profile(article, "de", &lemmas), head));
  EXPECT_FALSE(HasStem(Profile("Gesundheitsministerin stellt Plan vor", "de", &lemmas), head));
}

}  // namespace
}  // namespace storytrace
