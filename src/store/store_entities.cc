// Store: entities, mentions and quotes.
#include <fmt/format.h>
#include <sqlite3.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "entities/name_key.h"
#include "store/live_sql.h"
#include "store/statement.h"
#include "store/store.h"

namespace storytrace {
namespace {

// Adds ?4 mentions to spelling ?2 (name key ?3) of entity ?1 (schema v11).
constexpr const char* kCountSpelling =
    "INSERT INTO spellings(entity_id, text, key, mentions) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT(entity_id, text) DO UPDATE SET mentions = mentions + ?4";

// Whether a name spelt `text` (name key `key`) is close to the typed key `want`: its key, or
// the key of its last word (a surname), within AllowedDistance (Store::NameMatch::kClose).
bool IsCloseName(std::string_view text, std::string_view key, std::string_view want) {
  auto close = [&](std::string_view k) {
    return KeyDistance(k, want, 2) <= AllowedDistance(k.size(), want.size());
  };
  if (close(key)) return true;
  size_t sp = text.find_last_of(' ');
  return sp != std::string_view::npos && close(NameKey(text.substr(sp + 1)));
}

// Sets `s.first_source` and `s.first_seen` from the earliest article naming entity
// `s.entity.id` (by publication time, undated articles last by ingest time), which has
// `mentions` mentions in a store of about `articles` articles; leaves them empty when no article
// names it.
Status FindFirstArticleNaming(sqlite3* db, EntitySummary& s, int64_t mentions, int64_t articles) {
  // Its articles, sorted; or the articles in order of publication until one names it (the
  // dated first, then the undated by ingest time), which ends soon for a name that is
  // everywhere. Whichever is less work when the name's articles come last: sorting takes about
  // 6 µs a mention (9 s for 1,500,000), the walk 0.75 µs an article (0.23 s for 300,000).
  constexpr const char* kFew =
      "SELECT a.source, a.published FROM mentions m JOIN articles a ON a.id = m.article_id "
      "WHERE m.entity_id = ?1 ORDER BY a.published IS NULL, a.published, a.fetched LIMIT 1";
  constexpr const char* kDated =
      "SELECT a.source, a.published FROM articles a WHERE a.published IS NOT NULL AND EXISTS "
      "(SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = ?1) "
      "ORDER BY a.published, a.fetched LIMIT 1";
  constexpr const char* kUndated =
      "SELECT a.source, a.published FROM articles a INDEXED BY articles_undated_fetched "
      "WHERE a.published IS NULL AND EXISTS "
      "(SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = ?1) "
      "ORDER BY a.fetched LIMIT 1";
  std::vector<const char*> tries = {kFew};
  if (mentions * 8 > articles) tries = {kDated, kUndated};
  for (const char* sql : tries) {
    Statement f(db, sql);
    f.Bind(1, s.entity.id);
    const bool found = f.Step();
    if (found) {
      s.first_source = f.Text(0);
      s.first_seen = f.OptInt(1);
    }
    if (Status st = f.Done(); !st.ok()) return st;
    if (found) break;
  }
  return Status::Ok();
}

}  // namespace

Status Store::PutEntity(const StoredEntity& e) {
  Statement q(db_,
              "INSERT INTO entities(id, canonical, type, key, country, lat, lng, named_in_full) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO UPDATE SET "
              "canonical = ?2, type = ?3, key = ?4, country = ?5, lat = ?6, lng = ?7, "
              "named_in_full = COALESCE(?8, named_in_full)");
  q.Bind(1, e.id).Bind(2, e.canonical).Bind(3, e.type).Bind(4, e.key).Bind(5, e.country);
  e.lat ? q.Bind(6, *e.lat) : q.BindNull(6);
  e.lng ? q.Bind(7, *e.lng) : q.BindNull(7);
  e.named_in_full ? q.Bind(8, int64_t{*e.named_in_full}) : q.BindNull(8);
  return q.Run();
}

Status Store::ReplaceAnnotations(const Article& a) {
  for (const char* sql : {"DELETE FROM mentions WHERE article_id = ?", "DELETE FROM quotes WHERE article_id = ?"}) {
    Statement d(db_, sql);
    d.Bind(1, a.id);
    if (Status s = d.Run(); !s.ok()) return s;
  }
  Statement m(db_, "INSERT INTO mentions(article_id, entity_id, text, begin, end) VALUES (?, ?, ?, ?, ?)");
  std::map<std::pair<std::string_view, std::string_view>, int64_t> spellings;
  for (const EntityMention& e : a.entities) {
    m.Bind(1, a.id).Bind(2, e.entity_id).Bind(3, e.text).Bind(4, int64_t{e.begin}).Bind(5, int64_t{e.end});
    if (Status s = m.Run(); !s.ok()) return s;
    m.Reset();
    ++spellings[{e.entity_id, e.text}];
  }
  Statement sp(db_, kCountSpelling);
  for (const auto& [spelling, n] : spellings) {
    sp.Bind(1, spelling.first).Bind(2, spelling.second);
    sp.Bind(3, NameKey(spelling.second)).Bind(4, n);
    if (Status s = sp.Run(); !s.ok()) return s;
    sp.Reset();
  }
  Statement q(db_,
              "INSERT INTO quotes(article_id, text, speaker, begin, end, speaker_entity) "
              "VALUES (?, ?, ?, ?, ?, ?)");
  for (const Quote& x : a.quotes) {
    q.Bind(1, a.id).Bind(2, x.text).Bind(3, x.speaker).Bind(4, int64_t{x.begin});
    q.Bind(5, int64_t{x.end}).Bind(6, x.speaker_entity);
    if (Status s = q.Run(); !s.ok()) return s;
    q.Reset();
  }
  return ReplacePlaces(a);
}

Status Store::AddMention(const std::string& article_id, const EntityMention& e) {
  Statement m(db_,
              "INSERT INTO mentions(article_id, entity_id, text, begin, end) "
              "SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1)");
  m.Bind(1, article_id).Bind(2, e.entity_id).Bind(3, e.text).Bind(4, int64_t{e.begin});
  m.Bind(5, int64_t{e.end});
  if (Status s = m.Run(); !s.ok()) return s;
  if (sqlite3_changes(db_) == 0) return Status::Ok();
  Statement sp(db_, kCountSpelling);
  sp.Bind(1, e.entity_id).Bind(2, e.text).Bind(3, NameKey(e.text)).Bind(4, int64_t{1});
  return sp.Run();
}

Status Store::LoadAnnotations(Article& a) {
  Statement m(db_,
              "SELECT m.text, e.canonical, e.type, m.entity_id, e.key, m.begin, m.end FROM mentions m "
              "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.begin, m.rowid");
  m.Bind(1, a.id);
  a.entities.clear();
  while (m.Step()) {
    a.entities.push_back({m.Text(0), m.Text(1), m.Text(2), m.Text(3), m.Text(4),
                          static_cast<uint32_t>(m.Int(5)), static_cast<uint32_t>(m.Int(6))});
  }
  if (Status s = m.Done(); !s.ok()) return s;
  Statement q(db_,
              "SELECT text, speaker, speaker_entity, begin, end FROM quotes WHERE article_id = ? "
              "ORDER BY begin, rowid");
  q.Bind(1, a.id);
  a.quotes.clear();
  while (q.Step()) {
    a.quotes.push_back({q.Text(0), q.Text(1), q.Text(2), "", static_cast<uint32_t>(q.Int(3)),
                        static_cast<uint32_t>(q.Int(4))});
  }
  if (Status s = q.Done(); !s.ok()) return s;
  return LoadPlaces(a);
}

Result<std::vector<StoredEntity>> Store::ListAllEntities() {
  Statement q(db_,
              "SELECT id, canonical, type, key, country, lat, lng, mentions, named_in_full "
              "FROM entities ORDER BY rowid");
  std::vector<StoredEntity> out;
  while (q.Step()) {
    StoredEntity e{q.Text(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4), std::nullopt, std::nullopt};
    if (!q.IsNull(5)) e.lat = q.Double(5);
    if (!q.IsNull(6)) e.lng = q.Double(6);
    e.mentions = q.Int(7);
    if (!q.IsNull(8)) e.named_in_full = q.Int(8) != 0;
    out.push_back(std::move(e));
  }
  if (Status s = q.Done(); !s.ok()) return s;
  return out;
}

Result<std::vector<EntitySummary>> Store::ListEntities(const std::string& story_id, int64_t limit) {
  // In a story: its articles' mentions, counted. In the whole store: the counts the triggers
  // keep (entities.mentions, spellings.mentions), and the articles from the index of mentions
  // by entity and article; grouping every mention took 23 s on a store of 3,000,000.
  const bool story = !story_id.empty();
  Statement q(db_, story ? "SELECT e.id, e.canonical, e.type, e.key, e.country, e.lat, e.lng, "
                           "       COUNT(*) AS n, COUNT(DISTINCT m.article_id), e.mentions "
                           "FROM articles a JOIN mentions m ON m.article_id = a.id "
                           "JOIN entities e ON e.id = m.entity_id "
                           "WHERE a.story_id = ?1 GROUP BY e.id ORDER BY n DESC, e.id LIMIT ?2"
                         : "SELECT id, canonical, type, key, country, lat, lng, mentions, 0, "
                           "       mentions "
                           "FROM entities WHERE mentions > 0 ORDER BY mentions DESC, id LIMIT ?2");
  if (story) q.Bind(1, story_id);
  q.Bind(2, limit);
  std::vector<EntitySummary> out;
  std::vector<int64_t> in_store;  // per entity of `out`: its mentions in the whole store
  while (q.Step()) {
    EntitySummary s;
    s.entity = {q.Text(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4), std::nullopt, std::nullopt};
    if (!q.IsNull(5)) s.entity.lat = q.Double(5);
    if (!q.IsNull(6)) s.entity.lng = q.Double(6);
    s.mentions = q.Int(7);
    s.articles = q.Int(8);
    in_store.push_back(q.Int(9));
    out.push_back(std::move(s));
  }
  if (Status s = q.Done(); !s.ok()) return s;
  Statement v(db_, story ? "SELECT m.text, COUNT(*) AS n FROM mentions m "
                           "JOIN articles a ON a.id = m.article_id "
                           "WHERE m.entity_id = ?1 AND a.story_id = ?2 "
                           "GROUP BY m.text ORDER BY n DESC, m.text"
                         : "SELECT text, mentions FROM spellings WHERE entity_id = ?1 "
                           "AND mentions > 0 ORDER BY mentions DESC, text");
  Statement n(db_, "SELECT COUNT(DISTINCT article_id) FROM mentions WHERE entity_id = ?");
  int64_t articles = 0;  // about as many as the store holds (rowids are not reused much)
  {
    Statement c(db_, "SELECT COALESCE(MAX(rowid), 0) FROM articles");
    if (c.Step()) articles = c.Int(0);
    if (Status st = c.Done(); !st.ok()) return st;
  }
  for (size_t i = 0; i < out.size(); ++i) {
    EntitySummary& s = out[i];
    v.Bind(1, s.entity.id);
    if (story) v.Bind(2, story_id);
    while (v.Step()) s.variants.emplace_back(v.Text(0), v.Int(1));
    if (Status st = v.Done(); !st.ok()) return st;
    v.Reset();
    if (!story) {
      n.Bind(1, s.entity.id);
      if (n.Step()) s.articles = n.Int(0);
      if (Status st = n.Done(); !st.ok()) return st;
      n.Reset();
    }
    if (Status st = FindFirstArticleNaming(db_, s, in_store[i], articles); !st.ok()) return st;
  }
  return out;
}

Result<std::vector<Store::NamedEntity>> Store::EntitiesNamed(std::string_view name,
                                                             size_t max_entities,
                                                             size_t max_spellings,
                                                             NameMatch match) {
  const std::string key = NameKey(name);
  std::vector<std::string> keys;
  if (!key.empty()) keys.push_back(key);
  for (std::string k : AlternativeNameKeys(name, key)) keys.push_back(std::move(k));
  if (std::string bare = NameKeyWithoutArticles(name); !bare.empty()) keys.push_back(bare);
  if (keys.empty()) return std::vector<NamedEntity>{};
  std::set<std::string> ids;  // of entities keyed as `name`
  {
    Statement q(db_,
                "SELECT entity_id FROM spellings WHERE key IN (SELECT value FROM json_each(?1)) "
                "AND mentions > 0 UNION SELECT id FROM entities "
                "WHERE key IN (SELECT value FROM json_each(?1))");
    q.Bind(1, nlohmann::json(keys).dump());
    while (q.Step()) ids.insert(q.Text(0));
    if (Status s = q.Done(); !s.ok()) return s;
  }
  std::set<std::string> close;  // of entities only close to it
  if (match == NameMatch::kClose && !key.empty()) {
    Statement q(db_,
                "SELECT entity_id, text, key FROM spellings WHERE mentions > 0 "
                "UNION ALL SELECT id, canonical, key FROM entities WHERE mentions > 0");
    while (q.Step()) {
      std::string id = q.Text(0);
      if (!ids.count(id) && IsCloseName(q.Text(1), q.Text(2), key)) close.insert(std::move(id));
    }
    if (Status s = q.Done(); !s.ok()) return s;
  }
  std::vector<NamedEntity> out;
  // Those keyed as the name first, then the close ones; each most mentioned first.
  for (const std::set<std::string>* group : {&ids, &close}) {
    if (group->empty() || out.size() >= max_entities) continue;
    Statement q(db_,
                "SELECT id, canonical, type, mentions FROM entities WHERE mentions > 0 "
                "AND id IN (SELECT value FROM json_each(?2)) ORDER BY mentions DESC, id LIMIT ?1");
    q.Bind(1, static_cast<int64_t>(max_entities - out.size())).Bind(2, nlohmann::json(*group).dump());
    auto found = ReadNamedEntities(q, max_spellings);
    if (!found.ok()) return found.status();
    for (NamedEntity& e : found.value()) out.push_back(std::move(e));
  }
  return out;
}

Result<std::vector<Store::NamedEntity>> Store::MostMentionedEntities(size_t limit,
                                                                     size_t max_spellings) {
  Statement q(db_,
              "SELECT id, canonical, type, mentions FROM entities WHERE mentions > 0 "
              "ORDER BY mentions DESC, id LIMIT ?1");
  q.Bind(1, static_cast<int64_t>(limit));
  return ReadNamedEntities(q, max_spellings);
}

Result<std::vector<Store::NamedEntity>> Store::ReadNamedEntities(Statement& q,
                                                                 size_t max_spellings) {
  std::vector<NamedEntity> out;
  while (q.Step()) out.push_back({q.Text(0), q.Text(1), q.Text(2), q.Int(3), {}});
  if (Status s = q.Done(); !s.ok()) return s;
  if (max_spellings == 0) return out;
  Statement v(db_,
              "SELECT text FROM spellings WHERE entity_id = ? AND mentions > 0 "
              "ORDER BY mentions DESC, text LIMIT ?");
  for (NamedEntity& e : out) {
    v.Bind(1, e.id).Bind(2, static_cast<int64_t>(max_spellings));
    while (v.Step()) e.spellings.push_back(v.Text(0));
    if (Status s = v.Done(); !s.ok()) return s;
    v.Reset();
  }
  return out;
}

Result<std::vector<QuoteRow>> Store::ListQuotes(const std::vector<std::string>& speakers,
                                                const std::string& story_id, int64_t limit,
                                                bool live_only) {
  // The join order each filter wants: a speaker's quotes through their index, a story's
  // articles through theirs, and with neither the newest articles first through the
  // publication index (the planner, without statistics, would read every quote and sort them
  // all: 8 to 16 s for a store of a million quotes, 10 ms this way). The one-row clock comes
  // last, or the articles could not be read in index order.
  std::string from = "articles a CROSS JOIN quotes q ON q.article_id = a.id";
  std::string where = "(?1 = '' OR a.story_id = ?1)";
  if (!speakers.empty()) {
    from = "quotes q JOIN articles a ON a.id = q.article_id";
    where += " AND q.speaker_entity IN (SELECT value FROM json_each(?3))";
  } else if (!story_id.empty()) {
    from = "articles a JOIN quotes q ON q.article_id = a.id";
    where = "a.story_id = ?1";
  }
  const std::string sql = fmt::format(
      ST_CLOCK
      "SELECT q.article_id, q.text, q.speaker, q.speaker_entity, COALESCE(e.canonical, ''), "
      "a.source, a.published, COALESCE(a.story_id, '') FROM {} CROSS JOIN clock "
      "LEFT JOIN entities e ON e.id = q.speaker_entity WHERE {} AND (?4 = 0 OR " ST_LIVE("a") ") "
      "ORDER BY a.published DESC, a.id, q.begin LIMIT ?2",
      from, where);
  Statement q(db_, sql.c_str());
  q.Bind(1, story_id).Bind(2, limit).Bind(4, int64_t{live_only});
  if (!speakers.empty()) q.Bind(3, nlohmann::json(speakers).dump());
  std::vector<QuoteRow> out;
  while (q.Step()) {
    out.push_back({q.Text(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4), q.Text(5), q.OptInt(6),
                   q.Text(7)});
  }
  if (Status s = q.Done(); !s.ok()) return s;
  return out;
}

#undef ST_CLOCK
#undef ST_TIME
#undef ST_AT
#undef ST_LIVE

}  // namespace storytrace
