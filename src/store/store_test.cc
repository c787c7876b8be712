#include "store/store.h"

#include <gtest/gtest.h>


#include "core/content_hash.h"
#include "tests/temp_store.h"

namespace storytrace {
namespace {

class StoreTest : public testing::TempStoreTest {
 protected:
  static Article Make(const std::string& id, const std::string& text, int64_t published) {
    Article a;
    a.id = id;
    a.title = "Title of " + id;
    a.text = text;
    a.lang = "en";
    a.published = published;
    a.fetched = 1;
    a.content_hash = ContentHash(text);
    return a;
  }
};

TEST_F(StoreTest, MigratesToCurrentVersionAndReopens) {
  EXPECT_GE(store_->schema_version(), 1);
  store_.reset();
  auto again = Store::Open(path_);
  ASSERT_TRUE(again.ok());
  EXPECT_GE(again.value()->schema_version(), 1);
}

TEST_F(StoreTest, UpsertIsIdempotentByIdAndContent) {
  auto a = Make("a", "Floods hit the valley.", 100);
  EXPECT_EQ(store_->UpsertArticle(a).value(), UpsertOutcome::kInserted);
  EXPECT_EQ(store_->UpsertArticle(a).value(), UpsertOutcome::kUnchanged);
  auto copy = Make("a-copy", "Floods hit the valley.", 100);
  std::string existing;
  EXPECT_EQ(store_->UpsertArticle(copy, &existing).value(), UpsertOutcome::kDuplicateContent);
  EXPECT_EQ(existing, "a");
  auto changed = Make("a", "Floods hit the whole valley.", 100);
  EXPECT_EQ(store_->UpsertArticle(changed).value(), UpsertOutcome::kUpdated);
  EXPECT_EQ(store_->CountArticles().value(), 1);
  auto got = store_->GetArticle("a").value();
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->text, "Floods hit the whole valley.");
  EXPECT_FALSE(store_->GetArticle("a-copy").value().has_value());
}

TEST_F(StoreTest, StoriesSummariseTheirArticles) {
  ASSERT_TRUE(store_->Begin().ok());
  auto a = Make("a", "Earthquake in the north.", 200);
  auto b = Make("b", "Erdbeben im Norden.", 100);
  b.lang = "de";
  ASSERT_TRUE(store_->UpsertArticle(a).ok());
  ASSERT_TRUE(store_->UpsertArticle(b).ok());
  ASSERT_TRUE(store_->SetStory("a", "s1").ok());
  ASSERT_TRUE(store_->SetStory("b", "s1").ok());
  ASSERT_TRUE(store_->RefreshStory("s1").ok());
  ASSERT_TRUE(store_->Commit().ok());
  auto s = store_->GetStory("s1").value();
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->article_count, 2);
  EXPECT_EQ(s->languages, (std::vector<std::string>{"de", "en"}));
  EXPECT_EQ(*s->first_published, 100);
  EXPECT_EQ(*s->last_published, 200);
  EXPECT_EQ(s->title, "Title of b");  // the earliest article's headline
  EXPECT_EQ(store_->ListStories("de").value().size(), 1u);
  EXPECT_TRUE(store_->ListStories("fr").value().empty());
}

TEST_F(StoreTest, MergedStoriesSplitAgainUnderTheirOldIds) {
  ASSERT_TRUE(store_->Begin().ok());
  for (const char* id : {"a", "b", "c"}) {
    ASSERT_TRUE(store_->UpsertArticle(Make(id, std::string("Text ") + id, 100)).ok());
    ASSERT_TRUE(store_->SetStory(id, std::string("s-") + id, nullptr, std::string("c-") + id).ok());
    ASSERT_TRUE(store_->RefreshStory(std::string("s-") + id).ok());
  }
  ASSERT_TRUE(store_->MergeStory("s-c", "s-b").ok());
  ASSERT_TRUE(store_->MergeStory("s-b", "s-a").ok());
  EXPECT_EQ(store_->ResolveStoryId("s-c").value(), "s-a");
  EXPECT_EQ(store_->GetStory("s-a").value()->article_count, 3);
  // Clusters c-b and c-c leave s-a as story s-b; s-c now means s-b.
  ASSERT_TRUE(store_->SplitStory("s-a", "s-b", {"c-b", "c-c"}, {"s-c"}).ok());
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(store_->ResolveStoryId("s-b").value(), "s-b");
  EXPECT_EQ(store_->ResolveStoryId("s-c").value(), "s-b");
  EXPECT_EQ(store_->GetStory("s-a").value()->article_count, 1);
  EXPECT_EQ(store_->GetStory("s-b").value()->article_count, 2);
  EXPECT_EQ(store_->GetArticle("c").value()->story_id, "s-b");
  EXPECT_EQ(store_->GetArticle("a").value()->story_id, "s-a");
}

TEST_F(StoreTest, FullTextSearchRanksAndSurvivesOddQueries) {
  ASSERT_TRUE(store_->UpsertArticle(Make("a", "Floods hit the valley after heavy rain.", 1)).ok());
  ASSERT_TRUE(store_->UpsertArticle(Make("b", "Election results were announced.", 2)).ok());
  auto hits = store_->Search("floods valley");
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits.value().size(), 1u);
  EXPECT_EQ(hits.value()[0].id, "a");
  EXPECT_TRUE(store_->Search("\"unbalanced AND (").ok());
  EXPECT_TRUE(store_->Search("").value().empty());
  // Updates reach the index.
  ASSERT_TRUE(store_->UpsertArticle(Make("b", "Floods again.", 2)).ok());
  EXPECT_EQ(store_->Search("floods").value().size(), 2u);
}

TEST_F(StoreTest, RejectionsAreKeptOncePerInput) {
  ASSERT_TRUE(store_->AddRejection({"x.bin", 0, "binary data"}).ok());
  ASSERT_TRUE(store_->AddRejection({"x.bin", 0, "binary data"}).ok());
  ASSERT_TRUE(store_->AddRejection({"f.jsonl", 2, "invalid JSON"}).ok());
  auto r = store_->ListRejections().value();
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].line, 2);
}

TEST_F(StoreTest, LinksFlowIntoArticles) {
  ASSERT_TRUE(store_->UpsertArticle(Make("de1", "Text eins.", 1)).ok());
  ASSERT_TRUE(store_->UpsertArticle(Make("en1", "Text one.", 1)).ok());
  ASSERT_TRUE(store_->AddLink("de1", "en1", "translation", 0.9).ok());
  ASSERT_TRUE(store_->SetDuplicateOf("en1", "de1").ok());
  auto de = store_->GetArticle("de1").value();
  EXPECT_EQ(de->translation_of, (std::vector<std::string>{"en1"}));
  EXPECT_EQ(*store_->GetArticle("en1").value()->duplicate_of, "de1");
}

TEST(StoreOpenTest, UnwritablePathFails) {
  auto s = Store::Open("/nonexistent-dir/x.db");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("/nonexistent-dir/x.db"), std::string::npos);
}

}  // namespace
}  // namespace storytrace
