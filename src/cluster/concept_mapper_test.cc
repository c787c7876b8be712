#include "cluster/concept_mapper.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/test_paths.h"
#include "text/stemmer.h"

namespace storytrace {
namespace {

class ConceptMapperTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicons_ = new LexiconSet(LexiconSet::Load(testing::DataDir() + "/lexicon"));
  }
  static std::vector<uint64_t> Of(const ConceptMapper& m, const char* lang, const char* word) {
    std::vector<uint64_t> out;
    m.Concepts(lang, Stem(word, lang), &out);
    return out;
  }
  static bool Shares(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    return std::any_of(a.begin(), a.end(), [&](uint64_t c) {
      return std::find(b.begin(), b.end(), c) != b.end();
    });
  }
  static LexiconSet* lexicons_;
};
LexiconSet* ConceptMapperTest::lexicons_ = nullptr;

TEST_F(ConceptMapperTest, EnglishWordsAreTheirOwnConcept) {
  ConceptMapper m(lexicons_);
  auto c = Of(m, "en", "ceremony");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0], LexiconKey(Stem("ceremony", "en")));
}

TEST_F(ConceptMapperTest, TranslationsMeetInOneConcept) {
  ConceptMapper m(lexicons_);
  if (lexicons_->size() == 0) GTEST_SKIP() << "no lexicons (scripts/setup.sh compiles them)";
  auto en = Of(m, "en", "ceremony");
  EXPECT_TRUE(Shares(Of(m, "es", "ceremonia"), en));
  EXPECT_TRUE(Shares(Of(m, "de", "zeremonie"), en));
  EXPECT_TRUE(Shares(Of(m, "pt", "cerimonia"), en));
  EXPECT_TRUE(Shares(Of(m, "fr", "ceremonie"), en));
  EXPECT_TRUE(Shares(Of(m, "de", "erdbeben"), Of(m, "en", "earthquake")));
  EXPECT_FALSE(Shares(Of(m, "de", "erdbeben"), en));
}

TEST_F(ConceptMapperTest, UnknownWordsAndLanguagesHaveNone) {
  ConceptMapper m(lexicons_);
  EXPECT_TRUE(Of(m, "de", "xqzzyq").empty());
  EXPECT_TRUE(Of(m, "tlh", "qapla").empty());
  EXPECT_FALSE(m.Covers("tlh"));
  EXPECT_TRUE(m.Covers("en"));
}

TEST_F(ConceptMapperTest, CompoundsTakeTheConceptsOfTheirParts) {
  ConceptMapper m(lexicons_);
  if (lexicons_->size() == 0) GTEST_SKIP() << "no lexicons (scripts/setup.sh compiles them)";
  auto parts = [&](const char* lang, const char* word) {
    std::vector<uint64_t> out;
    m.CompoundConcepts(lang, word, &out);
    return out;
  };
  // Eröffnungs|feier: opening + ceremony (linking "s"); hyphenated parts each count.
  auto feier = parts("de", "eroffnungsfeier");
  EXPECT_TRUE(Shares(feier, Of(m, "en", "opening")));
  EXPECT_TRUE(Shares(feier, Of(m, "en", "ceremony")));
  EXPECT_TRUE(Shares(parts("de", "olympia-eroffnungsfeier"), Of(m, "en", "ceremony")));
  EXPECT_TRUE(parts("de", "xqzzyqwvvk").empty());
  EXPECT_TRUE(parts("en", "openingceremony").empty());  // English does not compound
}

TEST_F(ConceptMapperTest, BoundedNumberOfConcepts) {
  ConceptMapper m(lexicons_, "en", 2);
  EXPECT_LE(Of(m, "de", "schloss").size(), 2u);
}

}  // namespace
}  // namespace storytrace
