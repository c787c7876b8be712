// The pipeline's entity stage (pipeline_entities.cc) on headline streams: lone names, names
// held for their person, qualifiers, and how the stream writes a word.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <tuple>

#include "entities/mention_finder.h"
#include "pipeline/pipeline_test_fixture.h"
#include "tests/shared_entities.h"

namespace storytrace {
namespace {

using testing::HeadlineRecord;
using testing::PipelineTest;
namespace fs = std::filesystem;

// A headline record's text repeats its title; its names are still mentioned once. A one-word
// town of the city list needs a second mention (or a preposition) to be a place, so the
// skater Nishiya, named once, is not a town Nishiya, nor "Olympic" one in Washington.
TEST_F(PipelineTest, HeadlineRecordNamesEachNameOnce) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  MentionFinder finder(&testing::SharedGazetteer(), &testing::SharedLexicons());
  RawDocument doc;
  doc.id = "h";
  doc.format = "text";
  doc.title = doc.content =
      "Japan's Nishiya, 13, becomes first women's Olympic skateboarding champion";
  doc.lang = "en";
  AnalyzedText analyzed;
  std::vector<Mention> mentions;
  auto a = BuildArticle(std::move(doc), *analyzer_, &analyzed, &finder, &mentions);
  ASSERT_TRUE(a.ok());
  std::set<std::string> places;
  for (const Mention& m : mentions) {
    if (m.type == "LOC") places.insert(m.text);
  }
  EXPECT_EQ(places, (std::set<std::string>{"Japan"})) << "only the country is a place";
  // The analysis the clusterer reads is unchanged: title and text, as before.
  EXPECT_GT(analyzed.tokens.size(), 12u);
}

// Headlines name athletes by surname alone ("Djokovic Loses Bronze Medal Match"): a lone name
// is the person the stream has named in full, when only one such person has that surname.
TEST_F(PipelineTest, LoneSurnameIsThePersonNamedInFullBefore) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  auto engine = OpenIngestEngine(store_.get(), testing::DataDir());
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  fs::path f = dir_ / "h.jsonl";
  std::ofstream(f)
      << R"({"id":"1","lang":"en","published":"2021-07-20T10:00:00Z","title":"Novak Djokovic arrives in Tokyo chasing a Golden Slam","text":"Novak Djokovic arrives in Tokyo chasing a Golden Slam"})" "\n"
      << R"({"id":"2","lang":"en","published":"2021-07-20T11:00:00Z","title":"Pau Gasol and Marc Gasol lead Spain","text":"Pau Gasol and Marc Gasol lead Spain"})" "\n"
      << R"({"id":"3","lang":"en","published":"2021-07-30T10:00:00Z","title":"Djokovic loses bronze medal match, Gasol retires","text":"Djokovic loses bronze medal match, Gasol retires"})" "\n";
  ASSERT_TRUE(engine.value()->pipeline->Ingest({f.string()}).ok());
  std::map<std::string, std::string> persons = PersonsOf("3");
  // Gasol: two persons of that surname, so no one.
  EXPECT_EQ(persons, (std::map<std::string, std::string>{{"Djokovic", "Novak Djokovic"}}));

  // In Cyrillic too (a check for ASCII lower case took every Cyrillic surname for capitals).
  fs::path r = dir_ / "r.jsonl";
  std::ofstream(r)
      << R"({"id":"r1","lang":"ru","published":"2021-07-27T10:00:00Z","title":"Мадина Таймазова завоевала бронзу в дзюдо","text":"Мадина Таймазова завоевала бронзу в дзюдо"})" "\n"
      << R"({"id":"r2","lang":"ru","published":"2021-07-28T10:00:00Z","title":"Тренер рассказал, как Таймазова готовилась к Играм","text":"Тренер рассказал, как Таймазова готовилась к Играм"})" "\n";
  ASSERT_TRUE(engine.value()->pipeline->Ingest({r.string()}).ok());
  auto ru = store_->GetArticle("r2").value();
  ASSERT_TRUE(ru.has_value());
  persons.clear();
  for (const EntityMention& m : ru->entities) {
    if (m.type == "PER") persons[m.text] = m.canonical;
  }
  EXPECT_EQ(persons, (std::map<std::string, std::string>{{"Таймазова", "Мадина Таймазова"}}));
}

// Words before a person the stream knows qualify the name: the mention is the person's name.
TEST_F(PipelineTest, WordsBeforeAKnownPersonQualifyTheName) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  auto engine = OpenIngestEngine(store_.get(), testing::DataDir());
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  fs::path f = dir_ / "q.jsonl";
  std::ofstream(f)
      << R"({"id":"1","lang":"de","published":"2021-07-20T10:00:00Z","title":"Luka Doncic führt Slowenien ins Halbfinale","text":"Luka Doncic führt Slowenien ins Halbfinale"})" "\n"
      << R"({"id":"2","lang":"de","published":"2021-07-21T10:00:00Z","title":"NBA-Star Doncic glänzt erneut","text":"NBA-Star Doncic glänzt erneut"})" "\n"
      << R"({"id":"3","lang":"en","published":"2021-07-22T10:00:00Z","title":"Bryson DeChambeau out of the Olympics","text":"Bryson DeChambeau out of the Olympics"})" "\n"
      << R"({"id":"4","lang":"en","published":"2021-07-23T10:00:00Z","title":"Golfer DeChambeau tests positive","text":"Golfer DeChambeau tests positive"})" "\n"
      // A word no dictionary knows before a full name the stream knows ("Skatista") qualifies
      // it; before a surname alone it may be a given name, and stays ("Saša Doncic").
      << R"({"id":"5","lang":"pt","published":"2021-07-24T10:00:00Z","title":"Rayssa Leal conquista a prata","text":"Rayssa Leal conquista a prata"})" "\n"
      << R"({"id":"6","lang":"pt","published":"2021-07-25T10:00:00Z","title":"Skatista Rayssa Leal volta ao Brasil","text":"Skatista Rayssa Leal volta ao Brasil"})" "\n"
      << R"({"id":"7","lang":"de","published":"2021-07-26T10:00:00Z","title":"Vater Sasa Doncic jubelt in Tokio","text":"Vater Sasa Doncic jubelt in Tokio"})" "\n";
  ASSERT_TRUE(engine.value()->pipeline->Ingest({f.string()}).ok());
  for (auto [id, surface, canonical] :
       {std::tuple{"2", "Doncic", "Luka Doncic"}, std::tuple{"4", "DeChambeau", "Bryson DeChambeau"},
        std::tuple{"6", "Rayssa Leal", "Rayssa Leal"}, std::tuple{"7", "Sasa Doncic", "Sasa Doncic"}}) {
    EXPECT_EQ(PersonsOf(id), (std::map<std::string, std::string>{{surface, canonical}})) << id;
  }
}

// Words that make no name by themselves (a common word at a headline's start, a run of words
// that are also common words) name a person the stream knows by that whole name, in any
// language it was named in, once it has been named a few times (a false person named once
// does not spread).
TEST_F(PipelineTest, WordsThatMakeNoNameNameAPersonKnownByTheWholeName) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("1", "es", "0T10", "La skater Sky Brown gana el bronce"),
      HeadlineRecord("2", "pt", "0T11", "A skatista Sky Brown leva o bronze"),
      HeadlineRecord("3", "es", "0T12", "La británica Sky Brown hace historia"),
      HeadlineRecord("4", "es", "0T13", "La ciclista Grace Brown sale hoy"),
      HeadlineRecord("5", "en", "1T10", "Sky Brown to make British Olympic history"),
      HeadlineRecord("6", "en", "1T11", "Sky to make British Olympic history"),
      HeadlineRecord("7", "en", "1T12", "Grace Brown to race in Tokyo"),
      HeadlineRecord("8", "en", "1T13", "Skateboarder Sky Brown to become an Olympian")}));
  ASSERT_EQ(PersonsOf("1"), (std::map<std::string, std::string>{{"Sky Brown", "Sky Brown"}}));
  EXPECT_EQ(PersonsOf("5"), (std::map<std::string, std::string>{{"Sky Brown", "Sky Brown"}}));
  // The last words of the run, after a word that begins the headline.
  EXPECT_EQ(PersonsOf("8"), (std::map<std::string, std::string>{{"Sky Brown", "Sky Brown"}}));
  // Not a part of the name alone, nor a person named once.
  EXPECT_EQ(PersonsOf("6"), (std::map<std::string, std::string>{}));
  ASSERT_EQ(PersonsOf("4"), (std::map<std::string, std::string>{{"Grace Brown", "Grace Brown"}}));
  EXPECT_EQ(PersonsOf("7"), (std::map<std::string, std::string>{}));
}

// Names read before the stream names their person in full are that person once it does: a
// surname alone, and words that make no name by themselves once the person is established. A
// name no one claims stays out, and so does one read from a text the article no longer has.
TEST_F(PipelineTest, NamesReadBeforeTheirPersonAreClaimedByIt) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  auto engine = OpenIngestEngine(store_.get(), testing::DataDir());
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  const auto& line = HeadlineRecord;
  fs::path first = dir_ / "first.jsonl", second = dir_ / "second.jsonl";
  std::ofstream(first) << line("1", "en", "0T10", "Olympics Latest: Ecuador's Carapaz wins gold")
                       << line("2", "en", "0T11", "Sky Brown to make British Olympic history")
                       << line("3", "en", "0T12", "Batsarashkina wins air pistol gold")
                       << line("4", "en", "0T13", "China claim early golds, Carapaz wins crown");
  ASSERT_TRUE(engine.value()->pipeline->Ingest({first.string()}).ok());
  EXPECT_EQ(PersonsOf("1"), (std::map<std::string, std::string>{}));
  // Article 4 changes: what it held was read from the old text.
  std::ofstream(second) << line("4", "en", "0T13", "China claim early golds in Tokyo")
                        << line("5", "es", "1T10", "Richard Carapaz gana el oro en ciclismo")
                        << line("6", "es", "1T11", "La skater Sky Brown gana el bronce")
                        << line("7", "pt", "1T12", "A skatista Sky Brown leva o bronze")
                        << line("8", "es", "1T13", "La británica Sky Brown hace historia");
  ASSERT_TRUE(engine.value()->pipeline->Ingest({second.string()}).ok());
  EXPECT_EQ(PersonsOf("1"), (std::map<std::string, std::string>{{"Carapaz", "Richard Carapaz"}}));
  EXPECT_EQ(PersonsOf("2"), (std::map<std::string, std::string>{{"Sky Brown", "Sky Brown"}}));
  EXPECT_EQ(PersonsOf("3"), (std::map<std::string, std::string>{}));
  EXPECT_EQ(PersonsOf("4"), (std::map<std::string, std::string>{}));
}

// A person named after a word the finder left out of the name (read as a common word at the
// headline's start: *letícia*) is named by the longer name once the stream knows it by that; so
// named, in full, the person is then named by the surname alone.
TEST_F(PipelineTest, APersonKnownByTheLongerNameTakesTheWordLeftOut) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("1", "pt", "0T10", "A skatista Letícia Bufoni leva prata"),
      HeadlineRecord("2", "pt", "0T11", "Prata para Letícia Bufoni"),
      HeadlineRecord("3", "pt", "0T12", "Medalha para Letícia Bufoni"),
      HeadlineRecord("4", "pt", "0T13", "Letícia Bufoni não festeja prata"),
      HeadlineRecord("5", "pt", "0T14", "Ontem Bufoni não festejou")}));
  ASSERT_EQ(PersonsOf("1"),
            (std::map<std::string, std::string>{{"Letícia Bufoni", "Letícia Bufoni"}}));
  EXPECT_EQ(PersonsOf("4"),
            (std::map<std::string, std::string>{{"Letícia Bufoni", "Letícia Bufoni"}}));
  EXPECT_EQ(PersonsOf("5"), (std::map<std::string, std::string>{{"Bufoni", "Letícia Bufoni"}}));
}

// A given name before a word the dictionary reads as a common word only ("Barros": *barro*) is
// a person once the stream has written that word capitalised inside sentences three times and
// never in lower case; the first two are claimed when the person is established, and a later
// run counts what the live window wrote.
TEST_F(PipelineTest, AGivenNameAndAWordWrittenCapitalisedOnlyNameAPerson) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("1", "pt", "0T10", "Hepta mundial, Pedro Barros luta hoje"),
      HeadlineRecord("2", "pt", "0T11", "Skate: Pedro Barros vai à final")}));
  EXPECT_EQ(PersonsOf("1"), (std::map<std::string, std::string>{}));
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("3", "pt", "0T12", "O brasileiro Pedro Barros é prata"),
      HeadlineRecord("4", "pt", "0T13", "Pedro Barros conquista a prata"),
      HeadlineRecord("5", "pt", "0T14", "Pedro Barros celebra a medalha")}));
  for (const char* id : {"1", "2", "3", "4", "5"}) {
    EXPECT_EQ(PersonsOf(id), (std::map<std::string, std::string>{{"Pedro Barros", "Pedro Barros"}}))
        << id;
  }
}

// The same words are no person when the stream also writes the word in lower case.
TEST_F(PipelineTest, AWordAlsoWrittenInLowerCaseMakesNoName) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("1", "pt", "0T10", "Hepta mundial, Pedro Barros luta hoje"),
      HeadlineRecord("2", "pt", "0T11", "Os barros do rio sobem com a chuva"),
      HeadlineRecord("3", "pt", "0T12", "Skate: Pedro Barros vai à final"),
      HeadlineRecord("4", "pt", "0T13", "O brasileiro Pedro Barros é prata"),
      HeadlineRecord("5", "pt", "0T14", "Pedro Barros conquista a prata")}));
  for (const char* id : {"1", "3", "4", "5"}) {
    EXPECT_EQ(PersonsOf(id), (std::map<std::string, std::string>{})) << id;
  }
}

// A first word no dictionary knows, at a headline's start, qualifies the name after it once the
// stream has written it in lower case ("la judoca cubana", "российская дзюдоистка"); before
// that it may be a given name and stays in.
TEST_F(PipelineTest, AWordTheStreamWritesInLowerCaseQualifiesTheName) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("1", "es", "0T10", "Judoca Idalys Ortiz lo quiso y logró la plata"),
      HeadlineRecord("2", "es", "0T11", "La judoca cubana suma su cuarta medalla"),
      HeadlineRecord("3", "es", "0T12", "Judoca Idalys Ortiz hace historia para Cuba"),
      HeadlineRecord("4", "ru", "0T13", "Российская дзюдоистка вышла в полуфинал"),
      HeadlineRecord("5", "ru", "0T14", "Дзюдоистка Таймазова не смогла выйти в финал")}));
  EXPECT_EQ(PersonsOf("1"),
            (std::map<std::string, std::string>{{"Judoca Idalys Ortiz", "Judoca Idalys Ortiz"}}));
  EXPECT_EQ(PersonsOf("3"), (std::map<std::string, std::string>{{"Idalys Ortiz", "Idalys Ortiz"}}));
  EXPECT_EQ(PersonsOf("5"), (std::map<std::string, std::string>{{"Таймазова", "Таймазова"}}));
}

// A word the dictionaries read as a common word (English *macron*) names the established person
// of that surname when the stream never writes it in lower case; *rice* it does.
TEST_F(PipelineTest, ACommonWordTheStreamWritesCapitalisedNamesAnEstablishedPerson) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("1", "en", "0T10", "President Emmanuel Macron visits Tokyo"),
      HeadlineRecord("2", "en", "0T11", "French President Emmanuel Macron meets athletes"),
      HeadlineRecord("3", "en", "0T12", "President Emmanuel Macron cheers the French team"),
      HeadlineRecord("4", "en", "0T13", "Macron at Covid-restricted Tokyo Olympics as France"
                                        " prepares for 2024"),
      HeadlineRecord("5", "en", "0T14", "Secretary Condoleezza Rice visits Tokyo"),
      HeadlineRecord("6", "en", "0T15", "Former Secretary Condoleezza Rice meets athletes"),
      HeadlineRecord("7", "en", "0T16", "Secretary Condoleezza Rice cheers the team"),
      HeadlineRecord("8", "en", "0T17", "Farmers expect a good rice harvest"),
      HeadlineRecord("9", "en", "0T18", "Rice at the summit as leaders meet in Tokyo")}));
  ASSERT_EQ(PersonsOf("3"),
            (std::map<std::string, std::string>{{"Emmanuel Macron", "Emmanuel Macron"}}));
  // (The title-case run after it is a false person of its own, as before.)
  const auto persons = PersonsOf("4");
  ASSERT_TRUE(persons.count("Macron"));
  EXPECT_EQ(persons.at("Macron"), "Emmanuel Macron");
  ASSERT_EQ(PersonsOf("7"),
            (std::map<std::string, std::string>{{"Condoleezza Rice", "Condoleezza Rice"}}));
  EXPECT_EQ(PersonsOf("9"), (std::map<std::string, std::string>{}));
}

// A name held in one run waits in the next (a new engine on the same store) for its person.
TEST_F(PipelineTest, NamesHeldInOneRunAreClaimedInTheNext) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("1", "en", "0T10", "Ecuador's Carapaz wins gold")}));
  EXPECT_EQ(PersonsOf("1"), (std::map<std::string, std::string>{}));
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("2", "es", "1T10", "Richard Carapaz gana el oro")}));
  EXPECT_EQ(PersonsOf("1"), (std::map<std::string, std::string>{{"Carapaz", "Richard Carapaz"}}));
}

// A false person of one run ("First Covid", not named in full: its first word is a common
// word) does not name a surname alone in the next.
TEST_F(PipelineTest, ALaterRunKnowsWhoWasNamedInFull) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("1", "en", "0T10", "First Covid case found at Olympic Village")}));
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("2", "en", "1T10", "Two pole vaulters out with Covid")}));
  EXPECT_EQ(PersonsOf("2"), (std::map<std::string, std::string>{}));
}

// A later run (a new engine on the same store) still knows whom a surname names.
TEST_F(PipelineTest, SurnamesFindPersonsOfEarlierRuns) {
  if (testing::SharedGazetteer().size() == 0) GTEST_SKIP() << "gazetteer data missing";
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("1", "de", "0T10", "Luka Doncic führt Slowenien ins Halbfinale")}));
  ASSERT_TRUE(IngestRun({
      HeadlineRecord("2", "de", "1T10", "NBA-Star Doncic glänzt erneut")}));
  EXPECT_EQ(PersonsOf("2"), (std::map<std::string, std::string>{{"Doncic", "Luka Doncic"}}));
}

}  // namespace
}  // namespace storytrace
