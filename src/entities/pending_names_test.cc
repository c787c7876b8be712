#include "entities/pending_names.h"

#include <gtest/gtest.h>

#include "entities/name_key.h"

namespace storytrace {
namespace {

// An untyped mention as MentionFinder::Find hands it over, at byte `begin`.
Mention Untyped(const std::string& text, uint32_t begin = 0) {
  Mention m;
  m.begin = begin;
  m.end = begin + static_cast<uint32_t>(text.size());
  m.text = text;
  m.key = NameKey(text);
  return m;
}

std::vector<std::string> ArticlesOf(const std::vector<HeldName>& held) {
  std::vector<std::string> out;
  for (const HeldName& h : held) out.push_back(h.article_id + ":" + h.mention.text);
  return out;
}

// A surname waits for its person under its key; taken, it is held no more.
TEST(PendingNamesTest, ANameIsTakenOnceByItsKey) {
  PendingNames pending;
  pending.Hold("a1", Untyped("Carapaz", 10));
  pending.Hold("a2", Untyped("Batsarashkina"));
  EXPECT_EQ(pending.size(), 2u);
  EXPECT_TRUE(pending.Take({NameKey("Richard Dressel"), NameKey("Dressel")}).empty());
  std::vector<HeldName> taken = pending.Take({NameKey("Richard Carapaz"), NameKey("Carapaz")});
  ASSERT_EQ(ArticlesOf(taken), (std::vector<std::string>{"a1:Carapaz"}));
  EXPECT_EQ(taken[0].mention.begin, 10u);
  EXPECT_TRUE(pending.Take({NameKey("Carapaz")}).empty());
  EXPECT_EQ(pending.size(), 1u);
}

// Words that made no name wait under their whole key and under their last word's; a name in
// another script under its Latin readings too.
TEST(PendingNamesTest, RunsAndOtherScriptsWaitUnderEveryKeyOfTheirPerson) {
  PendingNames pending;
  pending.Hold("a1", Untyped("Sky Brown"));
  pending.Hold("a2", Untyped("Sky Brown"));
  pending.Hold("a3", Untyped("Хоригомэ"));
  EXPECT_EQ(ArticlesOf(pending.Take({NameKey("Sky Brown")})),
            (std::vector<std::string>{"a1:Sky Brown", "a2:Sky Brown"}));
  EXPECT_EQ(ArticlesOf(pending.Take({NameKey("Horigome")})),
            (std::vector<std::string>{"a3:Хоригомэ"}));
  pending.Hold("a4", Untyped("Grace Brown"));
  EXPECT_EQ(ArticlesOf(pending.Take({NameKey("Brown")})),
            (std::vector<std::string>{"a4:Grace Brown"}));
}

// An article read again forgets what it held; the oldest names go when the store is full.
TEST(PendingNamesTest, ForgetsChangedArticlesAndTheOldestNames) {
  PendingNames pending(/*capacity=*/2);
  pending.Hold("a1", Untyped("Carapaz"));
  pending.Hold("a1", Untyped("Pogacar", 20));
  pending.Hold("a2", Untyped("Djokovic"));
  EXPECT_EQ(pending.size(), 2u);  // Carapaz went first
  EXPECT_TRUE(pending.Take({NameKey("Carapaz")}).empty());
  pending.Forget("a1");
  EXPECT_EQ(pending.size(), 1u);
  EXPECT_TRUE(pending.Take({NameKey("Pogacar")}).empty());
  for (int i = 0; i < 10; ++i) {  // taken and held again: the store stays bounded
    std::vector<HeldName> taken = pending.Take({NameKey("Djokovic")});
    ASSERT_EQ(taken.size(), 1u);
    pending.Hold(taken[0].article_id, taken[0].mention);
  }
  EXPECT_EQ(ArticlesOf(pending.Take({NameKey("Djokovic")})),
            (std::vector<std::string>{"a2:Djokovic"}));
  EXPECT_EQ(pending.size(), 0u);
}

// Few names wait under one name: past `per_name`, the oldest of them goes.
TEST(PendingNamesTest, FewNamesWaitUnderOneName) {
  PendingNames pending(/*capacity=*/100, /*per_name=*/2);
  for (const char* id : {"a1", "a2", "a3"}) pending.Hold(id, Untyped("Brown"));
  pending.Hold("a4", Untyped("Carapaz"));
  EXPECT_EQ(pending.size(), 3u);
  EXPECT_EQ(ArticlesOf(pending.Take({NameKey("Brown")})),
            (std::vector<std::string>{"a2:Brown", "a3:Brown"}));
}

}  // namespace
}  // namespace storytrace
