// Looking entities and quotations up by a name as a user types it (store_entities.cc).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "core/content_hash.h"
#include "entities/name_key.h"
#include "store/store.h"
#include "tests/temp_store.h"

namespace storytrace {
namespace {

class StoreEntitiesTest : public testing::TempStoreTest {
 protected:
  // Stores article `id` (published at `published`, or undated; ingested at `fetched`) naming
  // each of `names` (spelling, entity id, canonical name, type), with a quotation said by the
  // first.
  void Add(const std::string& id, std::optional<int64_t> published,
           const std::vector<std::vector<std::string>>& names, int64_t fetched = 1) {
    Article a;
    a.id = id;
    a.source = "Source " + id;
    a.title = "Title of " + id;
    a.text = "Text of " + id + ".";
    a.lang = "de";
    a.published = published;
    a.fetched = fetched;
    a.content_hash = ContentHash(a.text);
    for (const auto& n : names) {
      EntityMention m;
      m.text = n[0];
      m.entity_id = n[1];
      m.canonical = n[2];
      m.type = n[3];
      a.entities.push_back(m);
    }
    Quote q;
    q.text = "Said in " + id;
    q.speaker = names[0][0];
    q.speaker_entity = names[0][1];
    a.quotes = {q};
    ASSERT_TRUE(store_->Begin().ok());
    ASSERT_TRUE(store_->UpsertArticle(a).ok());
    for (const auto& n : names) {
      ASSERT_TRUE(store_->PutEntity({n[1], n[2], n[3], NameKey(n[2]), "", {}, {}}).ok());
    }
    ASSERT_TRUE(store_->ReplaceAnnotations(a).ok());
    ASSERT_TRUE(store_->SetStory(id, "s-" + id).ok());
    ASSERT_TRUE(store_->RefreshStory("s-" + id).ok());
    ASSERT_TRUE(store_->Commit().ok());
  }

  std::vector<std::string> Ids(std::string_view name, Store::NameMatch match, size_t max = 10) {
    auto named = store_->EntitiesNamed(name, max, 10, match);
    EXPECT_TRUE(named.ok()) << named.status().message();
    std::vector<std::string> ids;
    if (named.ok()) {
      for (const Store::NamedEntity& e : named.value()) ids.push_back(e.id);
    }
    return ids;
  }
};

const std::vector<std::string> kZakharova = {"Maria Sacharowa", "per:zakharova", "Maria Sacharowa",
                                             "PER"};
const std::vector<std::string> kZakharovaEn = {"Maria Zakharova", "per:zakharova",
                                               "Maria Sacharowa", "PER"};
const std::vector<std::string> kLavrov = {"Sergej Lawrow", "per:lavrov", "Sergej Lawrow", "PER"};
const std::vector<std::string> kOsakaCity = {"Osaka", "loc:osaka", "Osaka", "LOC"};

using NameMatch = Store::NameMatch;

TEST_F(StoreEntitiesTest, CloseNamesFindSurnamesAndTyposKeysDoNot) {
  Add("a", 100, {kZakharova, kLavrov});
  Add("b", 200, {kZakharovaEn});
  Add("c", 300, {kLavrov, kOsakaCity, {"Iran", "loc:iran", "Iran", "LOC"}});
  // The full name in either transliteration is the entity's key.
  EXPECT_EQ(Ids("Maria Zakharova", NameMatch::kKey), std::vector<std::string>{"per:zakharova"});
  EXPECT_EQ(Ids("maria sacharowa", NameMatch::kKey), std::vector<std::string>{"per:zakharova"});
  // A surname alone, or a typo, only as close names.
  EXPECT_TRUE(Ids("Sacharowa", NameMatch::kKey).empty());
  EXPECT_EQ(Ids("Sacharowa", NameMatch::kClose), std::vector<std::string>{"per:zakharova"});
  EXPECT_EQ(Ids("Zakharova", NameMatch::kClose), std::vector<std::string>{"per:zakharova"});
  EXPECT_EQ(Ids("Lavrov", NameMatch::kClose), std::vector<std::string>{"per:lavrov"});
  EXPECT_EQ(Ids("Sergei Lavrof", NameMatch::kClose), std::vector<std::string>{"per:lavrov"});
  EXPECT_TRUE(Ids("Sergei Lavrof", NameMatch::kKey).empty());
  // Keys under five letters allow no edit: "Irak" is not Iran; "Osako" is Osaka.
  EXPECT_TRUE(Ids("Irak", NameMatch::kClose).empty());
  EXPECT_EQ(Ids("Osako", NameMatch::kClose), std::vector<std::string>{"loc:osaka"});
  EXPECT_TRUE(Ids("Putin", NameMatch::kClose).empty());
  // Entities keyed as the name come before those only close to it, whatever their mentions.
  Add("d", 400, {{"Maria Osaka", "per:mariaosaka", "Maria Osaka", "PER"}});
  EXPECT_EQ(Ids("Osaka", NameMatch::kClose),
            (std::vector<std::string>{"loc:osaka", "per:mariaosaka"}));
  EXPECT_EQ(Ids("Osaka", NameMatch::kClose, 1), std::vector<std::string>{"loc:osaka"});
  auto named = store_->EntitiesNamed("Zakharova", 3, 10, NameMatch::kClose).value();
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].type, "PER");
  EXPECT_EQ(named[0].mentions, 2);
  EXPECT_EQ(named[0].spellings, (std::vector<std::string>{"Maria Sacharowa", "Maria Zakharova"}));
}

TEST_F(StoreEntitiesTest, MostMentionedEntitiesComeFirst) {
  Add("a", 100, {kLavrov, kZakharova});
  Add("b", 200, {kLavrov, kOsakaCity});
  auto top = store_->MostMentionedEntities(2).value();
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0].id, "per:lavrov");
  EXPECT_EQ(top[0].mentions, 2);
  EXPECT_EQ(top[0].spellings, std::vector<std::string>{"Sergej Lawrow"});
  EXPECT_EQ(top[1].id, "loc:osaka");  // one mention each: by id
  EXPECT_TRUE(store_->MostMentionedEntities(0).value().empty());
}

TEST_F(StoreEntitiesTest, ListsEntitiesWithTheirArticlesSpellingsAndFirstSource) {
  // Lavrov in 21 articles; Zakharova in 2 of them; Osaka and Iran in undated articles only.
  // The earliest article is found both ways: by sorting an entity's few articles, and by
  // walking the store's articles in order until one names an entity named in many of them.
  for (int i = 0; i < 20; ++i) {
    std::vector<std::vector<std::string>> names = {kLavrov};
    if (i == 3) names.push_back(kZakharovaEn);
    if (i == 5) names.push_back(kZakharova);
    Add(fmt::format("f{}", i), 1000 + i, names);
  }
  const std::vector<std::string> kIran = {"Iran", "loc:iran", "Iran", "LOC"};
  Add("u1", std::nullopt, {kOsakaCity, kIran}, 50);
  Add("u2", std::nullopt, {kLavrov, kOsakaCity, kIran, kIran, kIran}, 40);
  auto all = store_->ListEntities("", -1).value();
  std::vector<std::string> ids;
  for (const EntitySummary& e : all) ids.push_back(e.entity.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"per:lavrov", "loc:iran", "loc:osaka", "per:zakharova"}));
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].mentions, 21);
  EXPECT_EQ(all[0].articles, 21);
  EXPECT_EQ(all[0].first_source, "Source f0");  // dated before undated
  EXPECT_EQ(all[0].first_seen, std::optional<int64_t>(1000));
  EXPECT_EQ(all[1].mentions, 4);
  EXPECT_EQ(all[1].articles, 2);
  EXPECT_EQ(all[1].first_source, "Source u2");  // undated: by ingest time
  EXPECT_FALSE(all[1].first_seen.has_value());
  EXPECT_EQ(all[2].first_source, "Source u2");
  EXPECT_EQ(all[3].articles, 2);
  EXPECT_EQ(all[3].first_source, "Source f3");
  EXPECT_EQ(all[3].variants, (std::vector<std::pair<std::string, int64_t>>{
                                 {"Maria Sacharowa", 1}, {"Maria Zakharova", 1}}));
  EXPECT_EQ(store_->ListEntities("", 2).value().size(), 2u);
  // In one story: its mentions only, and the spellings it uses.
  auto story = store_->ListEntities("s-u2", -1).value();
  ASSERT_EQ(story.size(), 3u);
  EXPECT_EQ(story[0].entity.id, "loc:iran");
  EXPECT_EQ(story[0].mentions, 3);
  EXPECT_EQ(story[0].articles, 1);
  EXPECT_EQ(story[0].first_source, "Source u2");
  auto zakharova = store_->ListEntities("s-f5", -1).value();
  ASSERT_EQ(zakharova.size(), 2u);
  EXPECT_EQ(zakharova[1].variants,
            (std::vector<std::pair<std::string, int64_t>>{{"Maria Sacharowa", 1}}));
  EXPECT_EQ(zakharova[1].first_source, "Source f3");  // the store's first, not the story's
}

TEST_F(StoreEntitiesTest, QuotesOfExpiredArticlesAreLeftOutOfLiveListings) {
  Add("old", 100, {kZakharova});
  Add("new", 100 + 30 * 86400, {kZakharovaEn});
  ASSERT_TRUE(store_->SetExpiresAfter("old", 7 * 86400).ok());
  auto all = store_->ListQuotes({"per:zakharova"}).value();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].article_id, "new");  // newest first
  EXPECT_EQ(all[0].speaker_canonical, "Maria Sacharowa");
  EXPECT_EQ(all[0].speaker, "Maria Zakharova");
  auto live = store_->ListQuotes({"per:zakharova"}, "", -1, /*live_only=*/true).value();
  ASSERT_EQ(live.size(), 1u);
  EXPECT_EQ(live[0].article_id, "new");
  EXPECT_TRUE(store_->ListQuotes({"per:lavrov"}).value().empty());
  EXPECT_EQ(store_->ListQuotes({}, "s-old").value().size(), 1u);
}

}  // namespace
}  // namespace storytrace
