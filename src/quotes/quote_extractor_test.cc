#include "quotes/quote_extractor.h"

#include <gtest/gtest.h>

#include "entities/gazetteer.h"
#include "entities/name_key.h"
#include "tests/shared_analyzer.h"
#include "tests/shared_entities.h"

namespace storytrace {
namespace {

// One expected quotation: the start of its words and its speaker ("" for none).
struct Expected {
  std::string starts;
  std::string speaker;
};

struct QuoteCase {
  const char* name;
  const char* lang;
  const char* text;
  std::vector<Expected> quotes;  // every quotation found, in order
};

class QuoteTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    analyzer_ = &testing::SharedAnalyzer();
    lexicons_ = &testing::SharedLexicons();
    gazetteer_ = &testing::SharedGazetteer();
  }
  std::vector<ExtractedQuote> Quotes(const std::string& text, const std::string& lang) {
    AnalyzedText at = analyzer_->Analyze(text, lang);
    MentionFinder finder(gazetteer_, lexicons_);
    mentions_ = finder.Find(text, at);
    return ExtractQuotes(text, at, mentions_);
  }
  void Check(const QuoteCase& c) {
    auto got = Quotes(c.text, c.lang);
    ASSERT_EQ(got.size(), c.quotes.size())
        << c.name << ": first found «" << (got.empty() ? "" : got[0].text) << "»";
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_TRUE(got[i].text.starts_with(c.quotes[i].starts))
          << c.name << ": quote " << i << " is «" << got[i].text << "»";
      EXPECT_EQ(got[i].speaker, c.quotes[i].speaker) << c.name << ": quote " << i;
    }
  }
  static const TextAnalyzer* analyzer_;
  static const LexiconSet* lexicons_;
  static const Gazetteer* gazetteer_;
  std::vector<Mention> mentions_;
};
const TextAnalyzer* QuoteTest::analyzer_ = nullptr;
const LexiconSet* QuoteTest::lexicons_ = nullptr;
const Gazetteer* QuoteTest::gazetteer_ = nullptr;

TEST_F(QuoteTest, EnglishSpansAndSpeakers) {
  const QuoteCase cases[] = {
      {"mixed marks and an apposition before the verb",
       "en",
       "Sales fell in October. “The end of the calendar year is a popular time for purchases,\" "
       "Jessica Caldwell, an analyst at Edmunds, said in a statement.",
       {{"The end of the calendar year", "Jessica Caldwell"}}},
      {"a quotation running over two paragraphs",
       "en",
       "Cheuk Hau-yip, the commander of the district, said: “These rioters are criminals. They "
       "have to face the consequences of their acts.\n\n“Other than coming out to surrender, I "
       "don’t see any viable option for them.”",
       {{"These rioters", "Cheuk Hau-yip"}, {"Other than coming out", "Cheuk Hau-yip"}}},
      {"a one-word quotation with its attribution, then the rest",
       "en",
       "Anthony Davis scored 34 points. “Amazing,” Davis said. “To be able to do that against "
       "every team is something special.”",
       {{"Amazing", "Anthony Davis"}, {"To be able", "Anthony Davis"}}},
      {"a split quotation with the attribution inside",
       "en",
       "Jack Scarola, who represents some of the accusers, said he was pleased.\n\n“Forty-five "
       "years of practicing law,\" he said, \"has convinced me that there are no coincidences.”",
       {{"Forty-five years", "Jack Scarola"}, {"has convinced me", "Jack Scarola"}}},
      {"verbs: recounted, asks",
       "en",
       "“My people had $20 billion done,” Mr. Trump recounted in a cabinet meeting.\n\n“After "
       "two more years of this,” analyst Ken Doctor asks, “what kind of products are going to "
       "be left?”",
       {{"My people", "Trump"},
        {"After two more years", "Ken Doctor"},
        {"what kind of products", "Ken Doctor"}}},
      {"a surname that is also a title, after the quotation",
       "en",
       "“Since 2008, there hasn’t been a single year of revenue gain,” says veteran analyst Ken "
       "Doctor.\n\n“Financial players are making significant money on the way down,” says "
       "Doctor.",
       {{"Since 2008", "Ken Doctor"}, {"Financial players", "Ken Doctor"}}},
      {"the statement of an institution named before",
       "en",
       "Two service members were killed in a crash, the US military said in a statement on "
       "Wednesday.\n\n\"The cause of the crash is under investigation,\" the statement said.",
       {{"The cause of the crash", "US military"}}},
      {"a spokesperson speaks for the organisation",
       "en",
       "Customs and Border Protection, part of Homeland Security, did not accept the "
       "offer.\n\n\"Operating a vaccine program is not feasible,\" the spokesperson said.",
       {{"Operating a vaccine program", "Customs and Border Protection"}}},
      {"a pronoun is the subject of the sentence before, not the nearest name",
       "en",
       "Wild defenseman Ryan Suter, who joked about Parise’s penchant for changing sticks, could "
       "see the frustration.\n\n“He’s used to scoring goals, getting points,” he said.",
       {{"He’s used to", "Ryan Suter"}}},
      {"never a name from inside the quotation",
       "en",
       "Sen. Ben Sasse said the charges are overdue.\n\n\"Heads needed to roll the day Jeffrey "
       "Epstein died,\" he said.",
       {{"Heads needed to roll", "Ben Sasse"}}},
      {"the listener is not the speaker",
       "en",
       "\"You are in this job because of this crisis,\" Ben Sasse told Kathleen Hawk Sawyer.",
       {{"You are in this job", "Ben Sasse"}}},
      {"a participle takes the subject of its clause",
       "en",
       "In a letter in May, Zippy Duvall, the president of the American Farm Bureau, said "
       "farmers were suffering. He urged Mr. Trump to make a deal soon, saying “time is running "
       "out for many in agriculture.”",
       {{"time is running out", "Zippy Duvall"}}},
      {"an anonymous officer",
       "en",
       "Officers arrested Michael Webb in the hallway.\n\n\"Come on, sweetheart. You are going "
       "to be OK,\" an officer told the girl.",
       {{"Come on, sweetheart", ""}}},
      {"an apposition between the name and the verb",
       "en",
       "“It’s striking that tensions are threatening growth,” John Williams, the president of "
       "the Federal Reserve Bank of New York, said in a speech.",
       {{"It’s striking", "John Williams"}}},
      {"a partial quotation in the reporter's sentence",
       "en",
       "Michael Reed, the chief executive, praised the deal. Reed has said that he expects to "
       "wring $300 million in “synergies” from the combination.",
       {{"synergies", "Michael Reed"}}},
      {"scare quotes, terms and titles are not quotations",
       "en",
       "Staff did not know a “VIP” guest was coming. Trump wants a “skinny” trade deal. Volker "
       "said he never used the term \"three amigos\" and added, \"I frankly cringe when I hear "
       "it.\" The band will play “Listen To The Music,” “Black Water” and others.",
       {{"I frankly cringe", "Volker"}}},
      {"a heading quoting words said below it",
       "en",
       "Kurt Volker testified on Tuesday.\n\n3. \"Not some irregular channel\"\n\n\"My role was "
       "not some irregular channel, but the official channel,\" Volker told lawmakers.",
       {{"Not some irregular channel", "Kurt Volker"}, {"My role", "Kurt Volker"}}},
      {"an organisation opening the sentence; a spokesman for the police",
       "en",
       "Microsoft said in a statement that it was \"committed to privacy.\"\n\n\"He did not "
       "resist,\" a police spokesman said.",
       {{"committed to privacy", "Microsoft"}, {"He did not resist", "police"}}},
      {"an unnamed person stays unnamed; everyone is nobody",
       "en",
       "President Evo Morales resigned. A doctor on the scene told reporters that he had tried "
       "to help.\n\n\"It’s a shame to see a comrade die in this way,\" the doctor said.\n\n"
       "\"He was brilliant from the start,\" everyone says.",
       {{"It’s a shame", ""}, {"He was brilliant", ""}}},
      {"a passive: confirmed by",
       "en",
       "This was confirmed by his lawyer Christian-Oliver Moser to the newspaper. He stated: \"I "
       "can confirm that my client has applied for the dissolution.\"",
       {{"I can confirm", "Christian-Oliver Moser"}}},
      {"a definite description of someone named before",
       "en",
       "Tom Baker was released on Friday. \"I am glad to be home,\" the 35-year-old told "
       "reporters.\n\nSenator Jane Miller spoke after the vote. \"This bill will help "
       "families,\" the Democrat said.",
       {{"I am glad", "Tom Baker"}, {"This bill", "Jane Miller"}}},
      {"according to",
       "en",
       "According to Maria Lopez, the mayor, \"the water will reach the old town tonight.\"",
       {{"the water will reach", "Maria Lopez"}}},
      {"a role named only later",
       "en",
       "China’s ambassador to Britain warned that the government “will not sit on our "
       "hands”.\n\nChina’s ambassador to Britain Liu Xiaming has said that China has the "
       "“resolution and power” to end the unrest.",
       {{"will not sit", "Liu Xiaming"}, {"resolution and power", "Liu Xiaming"}}},
  };
  for (const QuoteCase& c : cases) Check(c);
}

TEST_F(QuoteTest, GermanSpansAndSpeakers) {
  const QuoteCase cases[] = {
      {"speaker after the quotation",
       "de",
       "Die Lage ist ernst. „Wir stehen mit allen Seiten in engem Kontakt“, sagte "
       "Außenamtssprecherin Maria Sacharowa am Mittwoch in Moskau.",
       {{"Wir stehen", "Maria Sacharowa"}}},
      {"sagte sie: the last person; a split quotation continues",
       "de",
       "Claudia Reitmeier leitet das Lagezentrum. „Das Wasser kann nirgendwohin, und die Deiche "
       "stehen unter Druck“, sagte sie. „Wir beobachten jede Stelle rund um die Uhr.“",
       {{"Das Wasser", "Claudia Reitmeier"}, {"Wir beobachten", "Claudia Reitmeier"}}},
      {"a role and the name in an apposition",
       "de",
       "„Das Wasser kommt schneller als sonst“, sagte der Leiter des Krisenstabs, Markus Eibl.",
       {{"Das Wasser kommt", "Markus Eibl"}}},
      {"so: the source named in the lead; the lost opening mark",
       "de",
       "Syrische Truppen rücken weiter vor, so das russische Verteidigungsministerium.\n\n"
       "Syrische Einheiten jagen terroristische Gruppen im Euphrattal\", geht aus der Erklärung "
       "hervor.",
       {{"Syrische Einheiten", "Verteidigungsministerium"}}},
      {"heißt es in the statement of someone named before",
       "de",
       "Donald Trump traf Wladimir Putin am Samstag, und beide legten eine gemeinsame Erklärung "
       "vor.\n\n\"Beide Präsidenten haben ihre Entschlossenheit bekräftigt\", heißt es in der "
       "Erklärung.",
       {{"Beide Präsidenten", "Donald Trump"}}},
      {"a statement of the Kremlin, in the genitive",
       "de",
       "\"Beide Parteien äußerten sich zufrieden\", geht aus einer Stellungnahme des Kremls "
       "hervor.",
       {{"Beide Parteien", "Kremls"}}},
      {"short phrases in one sentence of the speaker",
       "de",
       "Donald Trump traf Putin. Trump sagte, das Abkommen werde \"eine enorme Anzahl von Leben "
       "retten\", und die Länder hätten der Aussage \"sehr schnell\" zugestimmt.",
       {{"eine enorme Anzahl", "Donald Trump"}, {"sehr schnell", "Donald Trump"}}},
      {"a capitalised verb after the mark, then the role of the same man",
       "de",
       "\"Ist das die Absicht? \", Fragte Generalmajor Igor Konaschenkow letzten Monat.\n\nDer "
       "Militärchef fragte, ob die USA einen \"kunstvollen Schritt unternommen hätten?\"",
       {{"Ist das die Absicht", "Igor Konaschenkow"},
        {"kunstvollen Schritt", "Igor Konaschenkow"}}},
      {"a one-word quotation called by an institution",
       "de",
       "Das Pentagon nannte es letzten Monat eine \"lächerliche\" Kampagne.",
       {{"lächerliche", "Pentagon"}}},
      {"sagte das Verteidigungsministerium",
       "de",
       "\"Diese Tatsachen sind schlüssige Beweise\", sagte das Verteidigungsministerium.",
       {{"Diese Tatsachen", "Verteidigungsministerium"}}},
      {"a name without a determiner after the verb",
       "de",
       "„Ohne Wasserstoff werden wir Stahl nicht klimaneutral machen können“, sagte Henrik "
       "Brandes, Energieexperte des Verbands.",
       {{"Ohne Wasserstoff", "Henrik Brandes"}}},
      {"zufolge, laut, erklärte, fügte hinzu, a resident",
       "de",
       "Die Bürgermeisterin Anna Huber erklärte: „Wir haben genug Sandsäcke.“ Sie fügte "
       "hinzu, man sei „auf alles vorbereitet“. Dem Innenministerium zufolge „ist die Lage "
       "weiter angespannt“.\n\n„Die Pegel steigen weiter“, laut Polizei.\n\n„Das ist eine "
       "Katastrophe“, meinte ein Anwohner.",
       {{"Wir haben genug", "Anna Huber"},
        {"auf alles vorbereitet", "Anna Huber"},
        {"ist die Lage", "Innenministerium"},
        {"Die Pegel", "Polizei"},
        {"Das ist eine", ""}}},
      {"heißt es: the source the sentence before named; a government's answer",
       "de",
       "Das bestätigte sein Anwalt Christian-Oliver Moser gegenüber der Zeitung. Dort heißt es: "
       "\"Ich kann bestätigen, dass mein Mandant einen Antrag gestellt hat.\"\n\n\"Es besteht "
       "keine Notwendigkeit\", heißt es in einer Antwort der Bundesregierung.",
       {{"Ich kann bestätigen", "Christian-Oliver Moser"}, {"Es besteht", "Bundesregierung"}}},
      {"a placard text is no quotation of anybody",
       "de",
       "Auf dem Plakat stand „Nie wieder Hochwasser in unserer Stadt“ in großen Buchstaben.",
       {{"Nie wieder", ""}}},
  };
  for (const QuoteCase& c : cases) Check(c);
}

TEST_F(QuoteTest, FrenchAndSpanishSpeakers) {
  const QuoteCase cases[] = {
      {"a déclaré à l'AFP",
       "fr",
       "« Nous n'avons pas vu l'eau monter aussi vite », a déclaré à l'AFP Markus Eibl, chef de "
       "la cellule de crise.",
       {{"Nous n'avons pas vu", "Markus Eibl"}}},
      {"a-t-il réagi",
       "fr",
       "Lukas Brülhart a perdu de peu. « Le résultat est serré », a-t-il réagi.",
       {{"Le résultat est serré", "Lukas Brülhart"}}},
      {"dijo el ministro, name in apposition",
       "es",
       "«Hemos desplegado más de 1.200 rescatistas», dijo el ministro de Emergencias, Bakyt "
       "Toktogúlov, en Biskek.",
       {{"Hemos desplegado", "Bakyt Toktogúlov"}}},
  };
  for (const QuoteCase& c : cases) Check(c);
}

TEST_F(QuoteTest, SurnameMentionsJoinTheFullName) {
  Quotes("Wladimir Putin traf Baschar al-Assad in Sotschi. Putin sagte, Assad sei willkommen.",
         "de");
  ASSERT_FALSE(mentions_.empty());
  EXPECT_EQ(mentions_[0].key, NameKey("Wladimir Putin"));
  bool putin_linked = false, assad_linked = false;
  for (const auto& m : mentions_) {
    if (m.text == "Putin") putin_linked = m.key == NameKey("Wladimir Putin");
    if (m.text == "Assad") assad_linked = m.key == NameKey("Baschar al-Assad");
  }
  EXPECT_TRUE(putin_linked);
  EXPECT_TRUE(assad_linked);
}

}  // namespace
}  // namespace storytrace
