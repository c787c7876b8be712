#include "extract/boilerplate_learner.h"

#include <gtest/gtest.h>

#include <string>

namespace storytrace {
namespace {

const char kAppeal[] = "Support us: donate via PayPal to keep this site running.";

// An article of `n` with its own two paragraphs and, optionally, the appeal.
std::string Article(int n, bool appeal = true) {
  std::string body = "Story " + std::string(n, 'y') +
                     " begins here, about river levels and the towns along the valley.\n\n" +
                     "It ends with quote number " + std::string(n, 'x') +
                     ", from a resident who has seen three floods in ten years.";
  if (appeal) body += std::string("\n\n") + kAppeal;
  return body;
}

TEST(BoilerplateLearnerTest, KeysIgnoreCaseDigitsAndSpacing) {
  EXPECT_EQ(BoilerplateLearner::KeyOf("Copyright 2024  Example  News"),
            BoilerplateLearner::KeyOf("copyright 1999 example news "));
  EXPECT_NE(BoilerplateLearner::KeyOf("Copyright Example News"),
            BoilerplateLearner::KeyOf("Copyright Other News"));
}

TEST(BoilerplateLearnerTest, LearnsAParagraphAfterThreeArticles) {
  BoilerplateLearner learner;
  for (int n = 1; n <= 2; ++n) {
    EXPECT_EQ(learner.Strip("site.example", Article(n)), Article(n));
    learner.Observe("site.example", Article(n));
  }
  EXPECT_FALSE(learner.IsBoilerplate("site.example", kAppeal));  // two articles: not yet
  learner.Observe("site.example", Article(3));
  EXPECT_TRUE(learner.IsBoilerplate("site.example", kAppeal));
  EXPECT_EQ(learner.Strip("site.example", Article(4)), Article(4, /*appeal=*/false));
  // Per source: another site's articles keep the same paragraph.
  EXPECT_FALSE(learner.IsBoilerplate("other.example", kAppeal));
  EXPECT_EQ(learner.Strip("other.example", Article(4)), Article(4));
  // Never everything: a body of nothing but boilerplate stays as it is.
  EXPECT_EQ(learner.Strip("site.example", kAppeal), kAppeal);
}

TEST(BoilerplateLearnerTest, VersionsOfOneArticleAreNotStripped) {
  // Four versions of one story (updates): every paragraph recurs, but an article that would
  // lose most of its text is a version, not a carrier of boilerplate.
  BoilerplateLearner learner;
  const std::string story =
      "The river rose two metres overnight.\n\nOfficials expect the peak on Friday.";
  for (int v = 1; v <= 3; ++v) learner.Observe("s", story + "\n\nUpdate " + std::string(v, 'i'));
  std::string update = story + "\n\nUpdate iv: the peak came early.";
  EXPECT_EQ(learner.Strip("s", update), update);
}

TEST(BoilerplateLearnerTest, ShareCountsFromTheFirstAppearance) {
  BoilerplateLearner learner;
  for (int n = 1; n <= 20; ++n) learner.Observe("s", Article(n, /*appeal=*/false));
  // Added to the site late: three of the last four articles since it appeared.
  learner.Observe("s", Article(21));
  learner.Observe("s", Article(22));
  learner.Observe("s", Article(23, /*appeal=*/false));
  EXPECT_FALSE(learner.IsBoilerplate("s", kAppeal));
  learner.Observe("s", Article(24));
  EXPECT_TRUE(learner.IsBoilerplate("s", kAppeal));
  // A paragraph in three of ten articles is under half: text, not boilerplate.
  BoilerplateLearner sparse;
  for (int n = 1; n <= 10; ++n) sparse.Observe("s", Article(n, n % 3 == 0));
  EXPECT_FALSE(sparse.IsBoilerplate("s", kAppeal));
}

TEST(BoilerplateLearnerTest, ForgetsOneOffParagraphsAndRoundTrips) {
  BoilerplateLearner learner;
  for (int n = 1; n <= 30; ++n) learner.Observe("s", Article(n));
  std::vector<LearnedSource> changed = learner.TakeChanged();
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0].articles, 30);
  // The appeal and the recent articles' own paragraphs remain; older one-offs are forgotten.
  EXPECT_LE(changed[0].lines.size(), 1u + 2u * 10u);
  EXPECT_TRUE(learner.TakeChanged().empty());
  BoilerplateLearner restored;
  restored.Load(changed[0]);
  EXPECT_TRUE(restored.Knows("s"));
  EXPECT_TRUE(restored.IsBoilerplate("s", kAppeal));
  // The same paragraph twice in one article counts once.
  BoilerplateLearner twice;
  twice.Observe("s", std::string(kAppeal) + "\n\n" + kAppeal);
  EXPECT_EQ(twice.TakeChanged()[0].lines[0].articles, 1);
}

}  // namespace
}  // namespace storytrace
