#include "store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>
#include <vector>

#include "core/content_hash.h"
#include "store/schema.h"
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

TEST_F(StoreTest, OpensWhileAnotherConnectionHoldsTheWriteLock) {
  // A read command opening the database in the middle of an ingest's batch: opening must not wait
  // for (or ask for) the write lock.
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->UpsertArticle(Make("a", "Floods hit the valley.", 100)).ok());
  auto reader = Store::Open(path_);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  EXPECT_EQ(reader.value()->CountArticles().value(), 0);
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(reader.value()->CountArticles().value(), 1);
}

TEST_F(StoreTest, ConnectionsRacingTheCreationOfTheDatabaseAllOpenIt) {
  // An ingest creating the file while read commands poll it: every opening succeeds, whichever
  // creates the schema, and the schema is created once.
  store_.reset();
  for (int round = 0; round < 20; ++round) {
    Remove();
    constexpr int kConnections = 4;
    std::atomic<int> waiting{kConnections};
    std::vector<std::string> errors(kConnections);
    std::vector<std::thread> threads;
    for (int i = 0; i < kConnections; ++i) {
      threads.emplace_back([&, i] {
        waiting.fetch_sub(1);
        while (waiting.load() > 0) std::this_thread::yield();
        auto s = Store::Open(path_);
        if (!s.ok()) {
          errors[i] = s.status().message();
        } else if (auto n = s.value()->CountArticles(); !n.ok()) {
          errors[i] = n.status().message();
        }
      });
    }
    for (auto& t : threads) t.join();
    for (int i = 0; i < kConnections; ++i) {
      EXPECT_EQ(errors[i], "") << "round " << round << ", connection " << i;
    }
  }
  auto s = Store::Open(path_);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value()->schema_version(), static_cast<int>(SchemaMigrations().size()));
}

TEST_F(StoreTest, UpgradesADatabaseWrittenByAnEarlierVersion) {
  // A database left by an earlier program: the first migration only, one article in it.
  store_.reset();
  Remove();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  std::string first(SchemaMigrations()[0]);
  for (const std::string& sql :
       {std::string("CREATE TABLE schema_version (version INTEGER NOT NULL)"), first,
        std::string("INSERT INTO schema_version(version) VALUES (1)"),
        std::string("INSERT INTO entities VALUES ('loc:abukamal', 'Abu Kamal', 'LOC')"),
        std::string("INSERT INTO mentions VALUES ('x', 'loc:abukamal', 'al-Bukamal', 0, 10)")}) {
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sql;
  }
  sqlite3_close(db);
  auto upgraded = Store::Open(path_);
  ASSERT_TRUE(upgraded.ok()) << upgraded.status().message();
  EXPECT_EQ(upgraded.value()->schema_version(), static_cast<int>(SchemaMigrations().size()));
  ASSERT_TRUE(upgraded.value()->UpsertArticle(Make("a", "Floods hit the valley.", 100)).ok());
  EXPECT_EQ(upgraded.value()->CountArticles().value(), 1);
  // The spellings of the mentions stored before are there to search by.
  auto named = upgraded.value()->EntitiesNamed("Al Bukamal");
  ASSERT_TRUE(named.ok()) << named.status().message();
  ASSERT_EQ(named.value().size(), 1u);
  EXPECT_EQ(named.value()[0].spellings, std::vector<std::string>{"al-Bukamal"});
}

TEST_F(StoreTest, EntitiesAreFoundByAnySpellingOfTheirMentions) {
  auto mention = [](const std::string& text) {
    EntityMention m;
    m.text = text;
    m.canonical = "Abu Kamal";
    m.type = "LOC";
    m.entity_id = "loc:abukamal";
    return m;
  };
  auto a = Make("a", "Strikes near al-Bukamal.", 100);
  a.entities = {mention("al-Bukamal")};
  auto b = Make("b", "Abu Kamal again. Abu Kamal.", 200);
  b.entities = {mention("Abu Kamal"), mention("Abu Kamal")};
  auto c = Make("c", "Mayor Kamal spoke.", 200);
  EntityMention kamal;
  kamal.text = kamal.canonical = "Kamal";
  kamal.type = "PER";
  kamal.entity_id = "per:kamal";
  c.entities = {kamal};
  ASSERT_TRUE(store_->Begin().ok());
  for (Article* x : {&a, &b, &c}) {
    ASSERT_TRUE(store_->UpsertArticle(*x).ok());
    for (const EntityMention& m : x->entities) {
      const char* key = m.type == "PER" ? "kamal" : "abukamal";
      ASSERT_TRUE(store_->PutEntity({m.entity_id, m.canonical, m.type, key, "", {}, {}}).ok());
    }
    ASSERT_TRUE(store_->ReplaceAnnotations(*x).ok());
    ASSERT_TRUE(store_->SetStory(x->id, "s-" + x->id).ok());
    ASSERT_TRUE(store_->RefreshStory("s-" + x->id).ok());
  }
  ASSERT_TRUE(store_->Commit().ok());
  // The story list filtered by a spelling no article uses.
  Store::StoryQuery q;
  q.entity = "Albu Kamal";
  auto page = store_->FindStories(q);
  ASSERT_TRUE(page.ok()) << page.status().message();
  std::vector<std::string> ids;
  for (const auto& m : page.value().stories) ids.push_back(m.story.id);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"s-a", "s-b"}));
  const std::vector<std::string> both = {"Abu Kamal", "al-Bukamal"};  // most mentioned first
  for (const char* typed : {"Abu Kamal", "abu kamal", "ABU-KAMAL", "al-Bukamal", "Al Bukamal"}) {
    auto named = store_->EntitiesNamed(typed);
    ASSERT_TRUE(named.ok()) << named.status().message();
    ASSERT_EQ(named.value().size(), 1u) << typed;
    EXPECT_EQ(named.value()[0].id, "loc:abukamal");
    EXPECT_EQ(named.value()[0].canonical, "Abu Kamal");
    EXPECT_EQ(named.value()[0].spellings, both) << typed;
  }
  EXPECT_TRUE(store_->EntitiesNamed("Kamala").value().empty());
  EXPECT_TRUE(store_->EntitiesNamed("").value().empty());
  // A spelling whose mentions are gone is no longer one; the entity's own key still names it.
  a.entities.clear();
  ASSERT_TRUE(store_->ReplaceAnnotations(a).ok());
  EXPECT_TRUE(store_->EntitiesNamed("al-Bukamal").value().empty());
  ASSERT_EQ(store_->EntitiesNamed("Abu Kamal").value().size(), 1u);
  EXPECT_EQ(store_->EntitiesNamed("Abu Kamal").value()[0].spellings, std::vector<std::string>{"Abu Kamal"});
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

// Headlines name a person by surname ("Judoka Takato wins…") or put a word before the name
// ("Дзюдоистка Мадина Таймазова"): within a story, such names are counted with the full name.
TEST_F(StoreTest, StoryEntitiesCountNamePartsWithTheFullName) {
  ASSERT_TRUE(store_->Begin().ok());
  auto mention = [](const std::string& text) {
    EntityMention m;
    m.text = m.canonical = text;
    m.type = "PER";
    m.entity_id = "per:" + text;
    return m;
  };
  auto a = Make("a", "Naohisa Takato wins. Pau Gasol and Marc Gasol. Madina Taimazova.", 100);
  a.entities = {mention("Naohisa Takato"), mention("Pau Gasol"), mention("Marc Gasol"),
                mention("Madina Taimazova"), mention("Madina Taimazova"), mention("Madina Taimazova")};
  auto b = Make("b", "Takato wins. Gasol retires. Judoka Taimazova. Judoka Madina Taimazova.", 200);
  b.entities = {mention("Takato"), mention("Gasol"), mention("Taimazova"), mention("Judoka Taimazova"),
                mention("Judoka Madina Taimazova")};
  for (Article* x : {&a, &b}) {
    ASSERT_TRUE(store_->UpsertArticle(*x).ok());
    for (const EntityMention& m : x->entities) {
      ASSERT_TRUE(store_->PutEntity({m.entity_id, m.canonical, m.type, m.text, "", {}, {}}).ok());
    }
    ASSERT_TRUE(store_->ReplaceAnnotations(*x).ok());
    ASSERT_TRUE(store_->SetStory(x->id, "s1").ok());
  }
  ASSERT_TRUE(store_->RefreshStory("s1").ok());
  ASSERT_TRUE(store_->Commit().ok());
  std::map<std::string, int64_t> got;
  auto entities = store_->StoryEntities("s1", /*store_articles=*/2);
  ASSERT_TRUE(entities.ok());
  for (const auto& e : entities.value()) got[e.canonical] = e.mentions;
  EXPECT_EQ(got, (std::map<std::string, int64_t>{
                     {"Naohisa Takato", 2},      // with Takato
                     {"Madina Taimazova", 5},    // with Judoka Madina Taimazova and, 3 to 1
                                                 // against Judoka Taimazova, Taimazova
                     {"Judoka Taimazova", 1},
                     {"Gasol", 1},               // Pau Gasol or Marc Gasol: left apart
                     {"Pau Gasol", 1},
                     {"Marc Gasol", 1}}));
}

// A story's entities are ranked by what they say about it: an entity the whole stream names
// ("Tokyo") ranks below one the story names less often but the stream rarely (the skater).
// The store keeps each entity's mention count as mentions are written and replaced.
TEST_F(StoreTest, StoryEntitiesRankByMentionsAndRarityInTheStore) {
  ASSERT_TRUE(store_->Begin().ok());
  auto mention = [](const std::string& text, const std::string& type) {
    EntityMention m;
    m.text = m.canonical = text;
    m.type = type;
    m.entity_id = type + ":" + text;
    return m;
  };
  std::vector<Article> articles;
  for (int i = 0; i < 10; ++i) {
    Article a = Make("a" + std::to_string(i), "Tokyo news number " + std::to_string(i) + ".", 100 + i);
    a.entities = {mention("Tokyo", "LOC")};
    if (i < 3) a.entities.push_back(mention("Momiji Nishiya", "PER"));
    articles.push_back(std::move(a));
  }
  for (Article& a : articles) {
    ASSERT_TRUE(store_->UpsertArticle(a).ok());
    for (const EntityMention& m : a.entities) {
      ASSERT_TRUE(store_->PutEntity({m.entity_id, m.canonical, m.type, m.text, "", {}, {}}).ok());
    }
    ASSERT_TRUE(store_->ReplaceAnnotations(a).ok());
  }
  // The story: three articles naming both; Tokyo is also in seven others.
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(store_->SetStory(articles[i].id, "s1").ok());
  ASSERT_TRUE(store_->RefreshStory("s1").ok());
  ASSERT_TRUE(store_->Commit().ok());
  auto entities = store_->StoryEntities("s1", /*store_articles=*/10);
  ASSERT_TRUE(entities.ok());
  ASSERT_EQ(entities.value().size(), 2u);
  EXPECT_EQ(entities.value()[0].canonical, "Momiji Nishiya");
  EXPECT_EQ(entities.value()[0].store_mentions, 3);
  EXPECT_EQ(entities.value()[1].canonical, "Tokyo");
  EXPECT_EQ(entities.value()[1].store_mentions, 10);
  EXPECT_EQ(entities.value()[1].mentions, 3);
  EXPECT_GT(entities.value()[0].salience, entities.value()[1].salience);

  // Replacing an article's annotations and deleting an article keep the counts.
  ASSERT_TRUE(store_->Begin().ok());
  articles[9].entities.clear();
  ASSERT_TRUE(store_->ReplaceAnnotations(articles[9]).ok());
  ASSERT_TRUE(store_->Commit().ok());
  ASSERT_TRUE(store_->DeleteArticle("a8").value());
  entities = store_->StoryEntities("s1", 8);
  ASSERT_TRUE(entities.ok());
  EXPECT_EQ(entities.value()[1].store_mentions, 8);
}

// The stored title is the story's most central headline (store/story_headline.h), without
// the outlet that is its source; in a transaction it is written at the commit.
TEST_F(StoreTest, StoryTitleIsTheMostCentralHeadlineWrittenAtCommit) {
  auto add = [&](const std::string& id, const std::string& title, const std::string& source,
                 int64_t time, const std::string& story) {
    Article a = Make(id, title + ".", time);
    a.title = title;
    a.source = source;
    ASSERT_TRUE(store_->UpsertArticle(a).ok());
    if (!story.empty()) {
      ASSERT_TRUE(store_->SetStory(id, story).ok());
    }
  };
  add("o1", "Markets close higher in Frankfurt", "", 10, "");
  add("o2", "Election results in Bern", "", 20, "");
  ASSERT_TRUE(store_->Begin().ok());
  add("a1", "Roads closed in Passau", "", 100, "s");
  add("a2", "Passau floods: river rises | Daily Courier", "Daily Courier", 110, "s");
  add("a3", "Floods reach the old town", "", 120, "s");
  ASSERT_TRUE(store_->RefreshStory("s").ok());
  EXPECT_EQ(store_->GetStory("s").value()->title, "");  // not before the commit
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(store_->GetStory("s").value()->title, "Passau floods: river rises");
  // Outside a transaction the refresh writes it at once.
  add("a4", "River rises, floods reach Passau", "", 130, "s");
  ASSERT_TRUE(store_->RefreshStory("s").ok());
  EXPECT_EQ(store_->GetStory("s").value()->title, "River rises, floods reach Passau");
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

TEST_F(StoreTest, GrowingOrderPutsBreakingThenBusyAndGrowingStoriesFirst) {
  const int64_t day = 86400, now = 10 * day;
  // Articles per story: {story, hours before the clock}.
  const std::vector<std::pair<std::string, std::vector<int64_t>>> stories = {
      {"quiet", {80, 90}},                       // nothing in the last two days
      {"fading", {2, 5, 30, 31, 32, 33}},        // 2 today, 4 the day before: 2 x 0.5
      {"busy", {1, 2, 3, 4, 5, 25, 26, 27, 28, 29}},  // 5 and 5: 5 x 1
      {"breaking", {0, 1, 2}},                   // 3 and none: 3 x 3, and breaking
  };
  ASSERT_TRUE(store_->Begin().ok());
  for (const auto& [story, hours] : stories) {
    for (size_t i = 0; i < hours.size(); ++i) {
      const std::string id = story + std::to_string(i);
      ASSERT_TRUE(store_->UpsertArticle(Make(id, "Text of " + id, now - hours[i] * 3600)).ok());
      ASSERT_TRUE(store_->SetStory(id, story).ok());
    }
    ASSERT_TRUE(store_->RefreshStory(story).ok());
  }
  ASSERT_TRUE(store_->Commit().ok());
  auto order = [&](Store::StoryQuery q) {
    auto page = store_->FindStories(q);
    EXPECT_TRUE(page.ok());
    std::vector<std::string> ids;
    for (const auto& m : page.value().stories) ids.push_back(m.story.id);
    return ids;
  };
  Store::StoryQuery q;
  q.order = Store::StoryQuery::Order::kGrowing;
  EXPECT_EQ(order(q), (std::vector<std::string>{"breaking", "busy", "fading", "quiet"}));
  // A stricter rule: "breaking" is no longer breaking and ranks by 3 x 3 = 9 above "busy".
  q.breaking.min_articles = 4;
  EXPECT_EQ(order(q), (std::vector<std::string>{"breaking", "busy", "fading", "quiet"}));
  q.breaking.min_growth = 1;  // now "busy" (5 >= 4, growth 1) breaks, and goes first
  EXPECT_EQ(order(q), (std::vector<std::string>{"busy", "breaking", "fading", "quiet"}));
  q.order = Store::StoryQuery::Order::kMostMatching;
  EXPECT_EQ(order(q), (std::vector<std::string>{"busy", "fading", "breaking", "quiet"}));
  q.order = Store::StoryQuery::Order::kMostRecent;
  EXPECT_EQ(order(q), (std::vector<std::string>{"breaking", "busy", "fading", "quiet"}));
}

TEST_F(StoreTest, UndatedArticlesStandOnTheirOwnClock) {
  // An archive whose news ends on day 10, read on day 600 with two undated articles.
  const int64_t day = 86400, archive_end = 10 * day, today = 600 * day;
  ASSERT_TRUE(store_->Begin().ok());
  auto put = [&](const std::string& id, std::optional<int64_t> published, int64_t fetched) {
    Article a = Make(id, "Text of " + id, 0);
    a.published = published;
    a.fetched = fetched;
    ASSERT_TRUE(store_->UpsertArticle(a).ok());
    ASSERT_TRUE(store_->SetStory(id, "s-" + id).ok());
    ASSERT_TRUE(store_->RefreshStory("s-" + id).ok());
  };
  put("last-day", archive_end - 3600, today - 60);
  put("week-before", archive_end - 7 * day, today - 60);
  put("undated-today", std::nullopt, today);
  put("undated-old", std::nullopt, today - 3 * day);
  ASSERT_TRUE(store_->Commit().ok());
  auto clock = store_->StreamClock();
  ASSERT_TRUE(clock.ok() && clock.value());
  EXPECT_EQ(clock.value()->now, archive_end - 3600);
  EXPECT_EQ(clock.value()->undated_shift, today - (archive_end - 3600));
  Store::StoryQuery q;
  q.window_seconds = day;
  q.order = Store::StoryQuery::Order::kMostRecent;
  auto page = store_->FindStories(q);
  ASSERT_TRUE(page.ok());
  std::vector<std::string> ids;
  std::vector<int64_t> shown;
  for (const auto& m : page.value().stories) ids.push_back(m.story.id), shown.push_back(m.last_time);
  // The archive's last day and the last day of undated ingest, both newest on their clocks
  // (a tie: by id); each shown at its own time.
  EXPECT_EQ(ids, (std::vector<std::string>{"s-last-day", "s-undated-today"}));
  EXPECT_EQ(shown, (std::vector<int64_t>{archive_end - 3600, today}));
  q.order = Store::StoryQuery::Order::kGrowing;
  page = store_->FindStories(q);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page.value().total, 2);
  auto window = store_->ArticlesInWindow(4 * day, "");
  ASSERT_TRUE(window.ok());
  ids.clear();
  for (const auto& w : window.value()) ids.push_back(w.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"undated-old", "last-day", "undated-today"}));
  EXPECT_EQ(window.value()[0].time, today - 3 * day);
}

TEST_F(StoreTest, AStoreOfUndatedArticlesRunsOnTheirIngestTimes) {
  ASSERT_TRUE(store_->Begin().ok());
  Article a = Make("a", "Text of a", 0);
  a.published = std::nullopt;
  a.fetched = 5000;
  ASSERT_TRUE(store_->UpsertArticle(a).ok());
  ASSERT_TRUE(store_->Commit().ok());
  auto clock = store_->StreamClock();
  ASSERT_TRUE(clock.ok() && clock.value());
  EXPECT_EQ(clock.value()->now, 5000);
  EXPECT_EQ(clock.value()->undated_shift, 0);
}

TEST(StoreOpenTest, UnwritablePathFails) {
  auto s = Store::Open("/nonexistent-dir/x.db");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("/nonexistent-dir/x.db"), std::string::npos);
}

}  // namespace
}  // namespace storytrace
