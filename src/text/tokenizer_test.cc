#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace storytrace {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : Tokenize(text)) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(TokenizerTest, Table) {
  struct Case {
    const char* text;
    V tokens;
  } cases[] = {
      // German: hyphenated compounds stay whole; umlauts are letters.
      {"Die US-geführte Koalition rückt vor.", {"Die", "US-geführte", "Koalition", "rückt", "vor"}},
      // Numbers with separators and units.
      {"eine Fläche von 8,000 km2 oder 8.000 km2", {"eine", "Fläche", "von", "8,000", "km2", "oder", "8.000", "km2"}},
      {"It rose 3.5% to $1,200.50.", {"It", "rose", "3.5", "to", "1,200.50"}},
      // Arabic names transliterated, with particles.
      {"al-Bukamal, Abu-Kamal und Albu Kamal", {"al-Bukamal", "Abu-Kamal", "und", "Albu", "Kamal"}},
      {"Baschar al-Assad und Sotschi", {"Baschar", "al-Assad", "und", "Sotschi"}},
      // English contractions and abbreviations.
      {"The U.S. didn't say.", {"The", "U.S.", "didn't", "say"}},
      {"Dr. Smith met Gen. Konashenkov", {"Dr.", "Smith", "met", "Gen.", "Konashenkov"}},
      // French elision is split, Spanish accents kept.
      {"l'armée syrienne à Alep", {"l", "armée", "syrienne", "à", "Alep"}},
      {"El Ejército sirio avanzó hacia Alepo", {"El", "Ejército", "sirio", "avanzó", "hacia", "Alepo"}},
      // Russian.
      {"Мария Захарова заявила журналистам", {"Мария", "Захарова", "заявила", "журналистам"}},
      // Arabic script.
      {"قال الرئيس بشار الأسد", {"قال", "الرئيس", "بشار", "الأسد"}},
      // German abbreviation.
      {"z.B. in Damaskus", {"z.B.", "in", "Damaskus"}},
      // Scripts written without spaces are split into words by ICU's dictionaries.
      {"东京奥运会今日开幕，中国企业如何掘金？", {"东京", "奥运", "会", "今日", "开幕", "中国", "企业", "如何", "掘金"}},
      {"32页防疫手册", {"32", "页", "防疫", "手册"}},
      {"東京オリンピックの開会式", {"東京", "オリンピック", "の", "開会", "式"}},
      {"การแข่งขันกีฬาโอลิมปิก", {"การ", "แข่งขัน", "กีฬา", "โอลิมปิก"}},
      // Latin words next to them stay whole.
      {"體路 Sportsroad", {"體", "路", "Sportsroad"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Words(c.text), c.tokens) << c.text;
}

TEST(TokenizerTest, OffsetsPointIntoText) {
  std::string text = "„Wir hoffen“, sagte Sacharowa.";
  auto toks = Tokenize(text);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(text.substr(toks[3].begin, toks[3].end - toks[3].begin), "Sacharowa");
}

TEST(TokenizerTest, DictionaryWordsKeepOffsetsAndKinds) {
  std::string text = "新华社北京8月8日电 东京奥运会闭幕";
  auto toks = Tokenize(text);
  ASSERT_GE(toks.size(), 6u);
  for (const auto& t : toks) {
    ASSERT_LT(t.begin, t.end);
    ASSERT_LE(t.end, text.size());
  }
  bool number = false;
  for (const auto& t : toks) {
    if (text.substr(t.begin, t.end - t.begin) == "8") number = number || t.kind == TokenKind::kNumber;
  }
  EXPECT_TRUE(number);
  EXPECT_EQ(text.substr(toks.back().begin, toks.back().end - toks.back().begin), "闭幕");
}

TEST(TokenizerTest, InvalidUtf8IsSkipped) {
  EXPECT_EQ(Words("ab\xFF\xFE" "cd"), (V{"ab", "cd"}));
}

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : SplitSentences(text, Tokenize(text))) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

TEST(SentenceSplitterTest, Table) {
  struct Case {
    const char* text;
    V sentences;
  } cases[] = {
      {"Syrian troops advance. The ministry said so.", {"Syrian troops advance.", "The ministry said so."}},
      {"Dr. Smith arrived. He spoke.", {"Dr. Smith arrived.", "He spoke."}},
      {"Am 4. Dezember 2024 sprach er. Danach nicht.", {"Am 4. Dezember 2024 sprach er.", "Danach nicht."}},
      {"He said: \"We will win.\" Then he left.", {"He said: \"We will win.\"", "Then he left."}},
      {"Title line\n\nFirst paragraph here.", {"Title line", "First paragraph here."}},
      {"The U.S. Army left. It was late.", {"The U.S. Army left.", "It was late."}},
      {"Was ist los? Niemand weiß es!", {"Was ist los?", "Niemand weiß es!"}},
      // Chinese stops need no space after them; closing quotes stay with their sentence.
      {"奥运会开幕了。他说：“我们赢了！”比赛继续？是的",
       {"奥运会开幕了。", "他说：“我们赢了！”", "比赛继续？", "是的"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Sentences(c.text), c.sentences) << c.text;
}

}  // namespace
}  // namespace storytrace
