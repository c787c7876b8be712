#include <gtest/gtest.h>

#include "dedup/link_finder.h"
#include "dedup/minhash.h"
#include "dedup/reprint_index.h"
#include "tests/shared_analyzer.h"

namespace storytrace {
namespace {

class ReprintTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    analyzer_ = &testing::SharedAnalyzer();
  }
  MinHashSignature Sig(const std::string& text) {
    return ComputeMinHash(analyzer_->Analyze(text, "en"));
  }
  static const TextAnalyzer* analyzer_;
};
const TextAnalyzer* ReprintTest::analyzer_ = nullptr;

// Five paragraphs of distinct news prose (a reprint keeps most of them).
const std::vector<std::string> kParagraphs = {
    "The regional council voted on Tuesday to close the old bridge over the river after engineers "
    "found deep cracks in two of its supporting piers during a routine inspection last month.",
    "Traffic will be diverted through the northern ring road, adding up to twenty minutes to the "
    "morning commute for about eleven thousand drivers who cross the river every working day.",
    "The council's transport committee said a temporary steel crossing for pedestrians and cyclists "
    "could be installed within six weeks, while a replacement bridge would take three years.",
    "Shop owners in the old town warned that the closure would hurt business just before the summer "
    "season, when tourists usually arrive by coach from the motorway on the southern bank.",
    "Opposition members criticised the decision as hasty and demanded an independent second opinion "
    "on the state of the piers before any demolition work begins in the autumn."};

std::string Join(size_t from, size_t to) {
  std::string s;
  for (size_t i = from; i < to; ++i) s += kParagraphs[i] + "\n\n";
  return s;
}

TEST_F(ReprintTest, IdenticalTextsHaveJaccardOne) {
  MinHashSignature a = Sig(Join(0, 5)), b = Sig(Join(0, 5));
  EXPECT_GT(a.shingles, 100u);
  EXPECT_DOUBLE_EQ(EstimateJaccard(a, b), 1.0);
}

TEST_F(ReprintTest, ShortenedReprintIsContained) {
  MinHashSignature full = Sig(Join(0, 5)), cut = Sig(Join(0, 3));
  double j = EstimateJaccard(cut, full);
  EXPECT_GT(EstimateContainment(cut, full, j), 0.8);
  EXPECT_LT(EstimateContainment(full, cut, j), 0.8);
}

TEST_F(ReprintTest, SignatureRoundTrips) {
  MinHashSignature a = Sig(Join(0, 2)), b;
  ASSERT_TRUE(ParseSignature(SerializeSignature(a), &b));
  EXPECT_EQ(a.values, b.values);
  EXPECT_EQ(a.shingles, b.shingles);
  EXPECT_FALSE(ParseSignature("short", &b));
}

TEST_F(ReprintTest, IndexFindsReprintsButNotArticlesSharingOneSentence) {
  ReprintIndex index;
  index.Add("original", Sig(Join(0, 5)));
  index.Add("other", Sig("A completely different report about the football season, the new coach "
                         "and the stadium that the club wants to build near the airport by 2030."));
  // A reprint with boilerplate around a shortened body.
  auto found = index.Find(Sig("Share this article\n\n" + Join(0, 4) + "Support independent news: donate now."));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(index.id(found[0].index), "original");
  // Same story, different text: one quoted paragraph in common.
  std::string related = kParagraphs[4] +
                        "\n\nA spokesman for the mayor said the city had asked the national rail "
                        "operator to add extra trains on the line along the river while the bridge "
                        "stays closed, and that parking in the station garage would be free.";
  EXPECT_TRUE(index.Find(Sig(related)).empty());
  EXPECT_TRUE(index.Find(Sig("too short")).empty());
}

TEST_F(ReprintTest, LinkFinderPointsToTheEarliestCopy) {
  LexiconSet none;
  LinkFinder finder(&none);
  auto article = [&](const std::string& id, const std::string& title, const std::string& body,
                     std::optional<int64_t> published) {
    Article a;
    a.id = id;
    a.title = title;
    a.text = body;
    a.published = published;
    return finder.FindAndAdd(a, analyzer_->Analyze(title + "\n\n" + body, "en"));
  };
  const int64_t day = 1747094400;  // 2025-05-13T00:00:00Z
  EXPECT_FALSE(article("a", "Bridge closed", Join(0, 5), day + 17 * 3600).reprint);
  // A copy dated the same day without a time is not earlier than the 17:00 original.
  auto b = article("b", "Council shuts bridge", Join(0, 4), day);
  ASSERT_TRUE(b.reprint);
  EXPECT_EQ(b.reprint->original, "a");
  EXPECT_FALSE(b.reprint->new_is_original);
  // An older copy arriving late becomes the original of the family.
  auto c = article("c", "Bridge to close", Join(0, 5), day - 86400 + 3600);
  ASSERT_TRUE(c.reprint);
  EXPECT_EQ(c.reprint->original, "a");
  EXPECT_TRUE(c.reprint->new_is_original);
  auto d = article("d", "Bridge", Join(1, 5), day + 86400);
  ASSERT_TRUE(d.reprint);
  EXPECT_EQ(d.reprint->original, "c");
}

TEST_F(ReprintTest, ThousandsOfCopiesStillPointToTheOriginalInBoundedWork) {
  LexiconSet none;
  LinkFinder finder(&none);
  const int64_t t0 = 1747094400;
  const MinHashSignature sig = Sig(Join(0, 5));
  Article a;
  a.title = "Bridge closed";
  a.text = Join(0, 5);
  const AnalyzedText analyzed = analyzer_->Analyze(a.title + "\n\n" + a.text, "en");
  // 3,000 copies of one text: each shares every band with all the copies before it.
  for (int i = 0; i < 3000; ++i) {
    a.id = "copy-" + std::to_string(i);
    a.published = t0 + i * 60;
    auto found = finder.FindAndAdd(a, analyzed);
    if (i == 0) {
      EXPECT_FALSE(found.reprint);
    } else {
      ASSERT_TRUE(found.reprint) << i;
      EXPECT_EQ(found.reprint->original, "copy-0") << i;
    }
  }
  ReprintIndex index;
  for (int i = 0; i < 3000; ++i) index.Add("copy-" + std::to_string(i), sig);
  const auto matches = index.Find(sig);
  EXPECT_EQ(matches.size(), ReprintOptions().max_band_entries);  // the newest copies, not all
  EXPECT_EQ(index.id(matches[0].index), "copy-2872");  // ties by containment: oldest first
}

}  // namespace
}  // namespace storytrace
