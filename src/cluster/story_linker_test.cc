#include "cluster/story_linker.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "cluster/cluster_index.h"

namespace storytrace {
namespace {

// A linker whose link probability is the logistic of 10 × (term cosine) − 5: clusters whose
// centroids have cosine ≥ 0.6 link (p ≥ 0.73), and a link holds while the cosine stays ≥ 0.4
// (p ≥ 0.27).
LinkerOptions CosineOnly() {
  LinkerOptions o;
  LinkModel m;
  m.bias = -5;
  m.weights[kLinkCosTerms] = 10;
  o.same_lang_model = o.full_text_same_lang_model = m;
  o.headline.link = o.full_text.link = 0.7;
  o.headline.unlink = o.full_text.unlink = 0.25;
  o.headline.story_link = -1;
  o.headline.story_keep = -1;
  return o;
}

// Sets cluster `n`'s term centroid (or, with `concepts`, its concept centroid) to `pairs`
// and reports the change.
const std::string& Update(StoryLinker* linker, uint32_t n,
                          std::vector<std::pair<uint32_t, float>> pairs, bool concepts = false) {
  ClusterSummary& s = linker->summary(n);
  (concepts ? s.concepts : s.terms) = SparseVector::FromPairs(pairs);
  ++s.size;
  std::vector<uint32_t> keys;
  for (const auto& p : pairs) keys.push_back(p.first);
  return concepts ? linker->Changed(n, {}, keys, {}, {}) : linker->Changed(n, keys, {}, {}, {});
}

// The same for the concept centroid.
const std::string& UpdateConcepts(StoryLinker* linker, uint32_t n,
                                  std::vector<std::pair<uint32_t, float>> pairs) {
  return Update(linker, n, std::move(pairs), /*concepts=*/true);
}

TEST(StoryLinkerTest, SimilarClustersMergeIntoTheOlderStory) {
  StoryLinker linker(CosineOnly());
  uint32_t a = linker.AddCluster("st-a", "en");
  Update(&linker, a, {{1, 1}, {2, 1}});
  uint32_t b = linker.AddCluster("st-b", "en");
  EXPECT_EQ(Update(&linker, b, {{1, 1}, {2, 1}, {3, 0.2f}}), "st-a");
  EXPECT_EQ(linker.Resolve("st-b"), "st-a");
  auto merges = linker.TakeMerges();
  ASSERT_EQ(merges.size(), 1u);
  EXPECT_EQ(merges[0].from, "st-b");
  EXPECT_EQ(merges[0].into, "st-a");
  uint32_t c = linker.AddCluster("st-c", "en");
  EXPECT_EQ(Update(&linker, c, {{7, 1}, {8, 1}}), "st-c");
}

TEST(StoryLinkerTest, AScriptThatHidesNamesIsNotHeldAgainstALink) {
  // Across languages: probability = logistic(3 × concept cosine + 20 × gram cosine − 5). The
  // same concepts and no shared grams give 0.12; with the gram cosine expected for such
  // concepts (0.28) they give 0.98.
  for (bool on : {true, false}) {
    LinkerOptions options = CosineOnly();
    LinkModel m;
    m.bias = -5;
    m.weights[kLinkCosConcepts] = 3;
    m.weights[kLinkCosGrams] = 20;
    options.cross_lang_model = m;
    options.headline.impute_unmatched_scripts = on;
    StoryLinker linker(options);
    uint32_t en = linker.AddCluster("st-en", "en");
    UpdateConcepts(&linker, en, {{1, 1}, {2, 1}});
    // A Spanish headline shares Latin spellings with English ones when it names the same
    // people: no grams in common count against it.
    uint32_t es = linker.AddCluster("st-es", "es");
    EXPECT_EQ(UpdateConcepts(&linker, es, {{1, 1}, {2, 1}}), "st-es");
    // An Arabic one cannot share them. The features the observer sees (for training) are the
    // ones the model read.
    double grams_seen = -1;
    linker.set_pair_observer([&](uint32_t, uint32_t, const LinkFeatures& x) {
      grams_seen = std::max(grams_seen, x[kLinkCosGrams]);
    });
    uint32_t ar = linker.AddCluster("st-ar", "ar");
    EXPECT_EQ(UpdateConcepts(&linker, ar, {{1, 1}, {2, 1}}), on ? "st-en" : "st-ar");
    EXPECT_EQ(grams_seen > 0.2, on);
    linker.set_pair_observer(nullptr);
    // Nor can a Chinese one, but with nothing in common there is nothing to raise.
    uint32_t zh = linker.AddCluster("st-zh", "zh");
    EXPECT_EQ(UpdateConcepts(&linker, zh, {{5, 1}, {6, 1}}), "st-zh");
  }
}

// Sets the countries cluster `n`'s articles name (one article each) before Update().
void NameCountries(StoryLinker* linker, uint32_t n, std::vector<uint32_t> countries) {
  ClusterSummary& s = linker->summary(n);
  for (uint32_t k : countries) s.countries.push_back({k, 1, 0});
  s.with_countries = countries.empty() ? 0 : 1;
}

TEST(StoryLinkerTest, ClustersNamingOtherCountriesDoNotLink) {
  for (bool on : {true, false}) {
    LinkerOptions options = CosineOnly();
    if (!on) options.headline.min_country_overlap = -1;
    StoryLinker linker(options);
    uint32_t a = linker.AddCluster("st-a", "en");
    NameCountries(&linker, a, {100, 200});
    Update(&linker, a, {{1, 1}, {2, 1}});
    // Other countries, or one shared and one other ({100, 200} against {100, 300}: overlap 1/3).
    uint32_t b = linker.AddCluster("st-b", "en");
    NameCountries(&linker, b, {300});
    EXPECT_EQ(Update(&linker, b, {{1, 1}, {2, 1}}), on ? "st-b" : "st-a");
    uint32_t c = linker.AddCluster("st-c", "en");
    NameCountries(&linker, c, {100, 300});
    EXPECT_EQ(Update(&linker, c, {{1, 1}, {2, 1}}), on ? "st-c" : "st-a");
    // The same countries, or none, do not stand in the way.
    uint32_t d = linker.AddCluster("st-d", "en");
    NameCountries(&linker, d, {100, 200});
    EXPECT_EQ(Update(&linker, d, {{1, 1}, {2, 1}}), "st-a");
    uint32_t e = linker.AddCluster("st-e", "en");
    EXPECT_NE(Update(&linker, e, {{1, 1}, {2, 1}}), "st-e");
  }
}

// A pair counts as full text only when both clusters are: a full-text cluster meeting a
// headline cluster is held to the headline rules, the country rule among them, whichever of
// the two changed.
TEST(StoryLinkerTest, AFullTextClusterMeetingAHeadlineClusterIsHeldToTheHeadlineCountryRule) {
  for (bool headline_rule : {true, false}) {
    LinkerOptions options = CosineOnly();
    if (!headline_rule) options.headline.min_country_overlap = -1;
    ASSERT_LT(options.full_text.min_country_overlap, 0);  // off for pairs of full articles
    StoryLinker linker(options);
    uint32_t a = linker.AddCluster("st-a", "en");
    NameCountries(&linker, a, {100});
    Update(&linker, a, {{1, 1}, {2, 1}});
    uint32_t b = linker.AddCluster("st-b", "en");
    NameCountries(&linker, b, {300});
    linker.summary(b).full_text = 1;  // its one article has a full body
    EXPECT_EQ(Update(&linker, b, {{1, 1}, {2, 1}}), headline_rule ? "st-b" : "st-a");
  }
}

TEST(StoryLinkerTest, ALinkThatNoLongerHoldsSplitsTheStoryAndTheIdComesBack) {
  StoryLinker linker(CosineOnly());
  uint32_t a = linker.AddCluster("st-a", "en");
  Update(&linker, a, {{1, 1}, {2, 1}});
  uint32_t b = linker.AddCluster("st-b", "en");
  ASSERT_EQ(Update(&linker, b, {{1, 1}, {2, 1}}), "st-a");
  // A cluster joined to story b for good (say, a translation of its article) goes with it.
  uint32_t t = linker.AddCluster("st-b", "de");
  Update(&linker, t, {{50, 1}});
  EXPECT_EQ(linker.StoryOf(t), "st-a");
  linker.TakeMerges();
  // b drifts away from a: cosine 0.1, the link drops and b's part leaves as story b again.
  EXPECT_EQ(Update(&linker, b, {{1, 0.1f}, {9, 1}}), "st-b");
  EXPECT_EQ(linker.StoryOf(a), "st-a");
  EXPECT_EQ(linker.StoryOf(t), "st-b");
  EXPECT_EQ(linker.Resolve("st-b"), "st-b");
  auto splits = linker.TakeSplits();
  ASSERT_EQ(splits.size(), 1u);
  EXPECT_EQ(splits[0].from, "st-a");
  EXPECT_EQ(splits[0].into, "st-b");
  EXPECT_EQ(splits[0].clusters, (std::vector<uint32_t>{b, t}));
  EXPECT_TRUE(splits[0].retargeted.empty());
}

TEST(StoryLinkerTest, AWeakerLinkAboveTheUnlinkLevelHolds) {
  StoryLinker linker(CosineOnly());
  uint32_t a = linker.AddCluster("st-a", "en");
  Update(&linker, a, {{1, 1}, {2, 1}});
  uint32_t b = linker.AddCluster("st-b", "en");
  ASSERT_EQ(Update(&linker, b, {{1, 1}, {2, 1}}), "st-a");
  // cosine 0.5: p = 0.5, below the link level but above the unlink level.
  EXPECT_EQ(Update(&linker, b, {{1, 1}, {3, 1}}), "st-a");
  EXPECT_TRUE(linker.TakeSplits().empty());
}

TEST(StoryLinkerTest, APartHeldTogetherByItsOwnLinksLeavesAsOne) {
  StoryLinker linker(CosineOnly());
  uint32_t a = linker.AddCluster("st-a", "en");
  Update(&linker, a, {{1, 1}, {2, 1}});
  uint32_t b = linker.AddCluster("st-b", "en");
  ASSERT_EQ(Update(&linker, b, {{1, 1}, {2, 1}, {3, 1}}), "st-a");  // a–b: cosine 0.82
  uint32_t c = linker.AddCluster("st-c", "en");
  ASSERT_EQ(Update(&linker, c, {{2, 1}, {3, 1}}), "st-a");  // c–b: cosine 0.82 (c–a: 0.5)
  linker.TakeMerges();
  // b loses a (cosine 0) but keeps c (0.69): b and c leave together under b's id, and c's
  // old id now means b.
  Update(&linker, b, {{3, 1}, {4, 0.2f}});
  EXPECT_EQ(linker.StoryOf(a), "st-a");
  EXPECT_EQ(linker.StoryOf(b), "st-b");
  EXPECT_EQ(linker.StoryOf(c), "st-b");
  EXPECT_EQ(linker.Resolve("st-c"), "st-b");
  auto splits = linker.TakeSplits();
  ASSERT_EQ(splits.size(), 1u);
  EXPECT_EQ(splits[0].clusters, (std::vector<uint32_t>{b, c}));
  EXPECT_EQ(splits[0].retargeted, (std::vector<std::string>{"st-c"}));
}

// Story st-a of cluster a (5 articles on entries 1 and 2) and cluster `*b` (1, 2, 3, 4; cosine
// 0.71 with a), linked. Call under ASSERT_NO_FATAL_FAILURE.
void LinkedPair(StoryLinker* linker, uint32_t* b) {
  uint32_t a = linker->AddCluster("st-a", "en");
  for (int i = 0; i < 5; ++i) Update(linker, a, {{1, 1}, {2, 1}});  // 5 articles
  *b = linker->AddCluster("st-b", "en");
  ASSERT_EQ(Update(linker, *b, {{1, 1}, {2, 1}, {3, 1}, {4, 1}}), "st-a");
}

TEST(StoryLinkerTest, AClusterUnlikeTheStoryAsAWholeDoesNotChainOntoIt) {
  for (double agree : {0.2, -1.0}) {
    LinkerOptions o = CosineOnly();
    o.story_probability = agree;
    StoryLinker linker(o);
    uint32_t b = 0;
    ASSERT_NO_FATAL_FAILURE(LinkedPair(&linker, &b));
    // c is like b (p 0.89) but shares nothing with a (p 0.007): the size-weighted mean over
    // the story, (5 × 0.007 + 0.89) / 6 = 0.15, is below 0.2.
    uint32_t c = linker.AddCluster("st-c", "en");
    Update(&linker, c, {{3, 1}, {4, 1}});
    EXPECT_EQ(linker.StoryOf(c), agree < 0 ? "st-a" : "st-c") << "story_probability " << agree;
  }
}

TEST(StoryLinkerTest, StoriesAlikeAsWholesMergeWithoutOneStrongLink) {
  for (double whole : {0.45, -1.0}) {
    LinkerOptions o = CosineOnly();
    o.headline.story_link = whole;
    StoryLinker linker(o);
    uint32_t a = linker.AddCluster("st-a", "en");
    Update(&linker, a, {{1, 1}, {2, 1}});
    uint32_t b = linker.AddCluster("st-b", "en");
    ASSERT_EQ(Update(&linker, b, {{1, 1}, {2, 1}, {3, 0.3f}}), "st-a");  // cosine 0.98
    // c is somewhat like both (cosine 0.50 and 0.49: p 0.50 and 0.47, below the 0.7 a link
    // needs), and their mean, 0.48, reaches 0.45.
    uint32_t c = linker.AddCluster("st-c", "en");
    Update(&linker, c, {{1, 1}, {5, 1}, {6, 0.1f}});
    EXPECT_EQ(linker.StoryOf(c), whole < 0 ? "st-c" : "st-a") << "story_link " << whole;
  }
}

TEST(StoryLinkerTest, AClusterThatNoLongerAgreesWithItsStoryLeavesIt) {
  for (double keep : {0.15, -1.0}) {
    LinkerOptions o = CosineOnly();
    o.headline.story_keep = keep;
    StoryLinker linker(o);
    uint32_t b = 0;
    ASSERT_NO_FATAL_FAILURE(LinkedPair(&linker, &b));
    // c links to b (cosine 0.87, p 0.93; with a 0.41, p 0.29: the story's mean is 0.39).
    uint32_t c = linker.AddCluster("st-c", "en");
    ASSERT_EQ(Update(&linker, c, {{2, 1}, {3, 1}, {4, 1}}), "st-a");
    // c drifts: its link with b still holds (cosine 0.58, p 0.68), but with a it shares
    // nothing, and the story's mean, (5 × 0.007 + 0.68) / 6 = 0.12, is below 0.15.
    Update(&linker, c, {{3, 1}, {4, 1}, {6, 1}});
    EXPECT_EQ(linker.StoryOf(c), keep < 0 ? "st-a" : "st-c") << "story_keep " << keep;
    EXPECT_EQ(linker.StoryOf(b), "st-a");
  }
}

}  // namespace
}  // namespace storytrace
