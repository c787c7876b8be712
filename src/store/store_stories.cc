// Stories in the store: which story each article belongs to, merges (with the alias table that
// keeps merged ids valid), splits, and each story's row (count, languages, time span, title).
#include <sqlite3.h>

#include <sstream>

#include "core/time.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/story_row.h"

namespace storytrace {

Story ReadStoryRow(const Statement& s) {
  Story st;
  st.id = s.Text(0);
  st.title = s.Text(1);
  st.article_count = s.Int(2);
  std::string langs = s.Text(3);
  std::stringstream ss(langs);
  for (std::string l; std::getline(ss, l, ',');) {
    if (!l.empty()) st.languages.push_back(l);
  }
  st.first_published = s.OptInt(4);
  st.last_published = s.OptInt(5);
  return st;
}

Status Store::SetStory(const std::string& article_id, const std::string& story_id,
                       std::string* previous, const std::string& cluster_id) {
  if (previous) {
    Statement q(db_, "SELECT story_id FROM articles WHERE id = ?");
    q.Bind(1, article_id);
    *previous = q.Step() ? q.Text(0) : "";
    if (!q.Done().ok()) return q.Done();
  }
  Statement u(db_, "UPDATE articles SET story_id = ?, cluster_id = ? WHERE id = ?");
  u.Bind(1, story_id).Bind(2, cluster_id).Bind(3, article_id);
  return u.Run();
}

Status Store::MergeStory(const std::string& from, const std::string& into) {
  if (from == into) return Status::Ok();
  Statement move(db_, "UPDATE articles SET story_id = ?2 WHERE story_id = ?1");
  move.Bind(1, from).Bind(2, into);
  if (Status s = move.Run(); !s.ok()) return s;
  // Earlier aliases of `from` now point to `into` as well, so every lookup is one step.
  Statement chain(db_, "UPDATE story_aliases SET story_id = ?2 WHERE story_id = ?1");
  chain.Bind(1, from).Bind(2, into);
  if (Status s = chain.Run(); !s.ok()) return s;
  Statement alias(db_,
                  "INSERT INTO story_aliases(alias, story_id, merged) VALUES (?1, ?2, ?3) "
                  "ON CONFLICT(alias) DO UPDATE SET story_id = ?2, merged = ?3");
  alias.Bind(1, from).Bind(2, into).Bind(3, NowSeconds());
  if (Status s = alias.Run(); !s.ok()) return s;
  if (Status s = RefreshStory(from); !s.ok()) return s;
  return RefreshStory(into);
}

Status Store::SplitStory(const std::string& from, const std::string& into,
                         const std::vector<std::string>& clusters,
                         const std::vector<std::string>& retargeted) {
  Statement move(db_, "UPDATE articles SET story_id = ?2 WHERE story_id = ?1 AND cluster_id = ?3");
  for (const std::string& c : clusters) {
    move.Bind(1, from).Bind(2, into).Bind(3, c);
    if (Status s = move.Run(); !s.ok()) return s;
    move.Reset();
  }
  Statement revive(db_, "DELETE FROM story_aliases WHERE alias = ?");
  revive.Bind(1, into);
  if (Status s = revive.Run(); !s.ok()) return s;
  Statement alias(db_, "UPDATE story_aliases SET story_id = ?2 WHERE alias = ?1");
  for (const std::string& r : retargeted) {
    alias.Bind(1, r).Bind(2, into);
    if (Status s = alias.Run(); !s.ok()) return s;
    alias.Reset();
  }
  if (Status s = RefreshStory(from); !s.ok()) return s;
  return RefreshStory(into);
}

Result<std::string> Store::ResolveStoryId(const std::string& id) {
  Statement q(db_, "SELECT story_id FROM story_aliases WHERE alias = ?");
  q.Bind(1, id);
  std::string out = q.Step() ? q.Text(0) : id;
  if (!q.Done().ok()) return q.Done();
  return out;
}

Result<std::optional<std::string>> Store::StoryOfArticle(const std::string& id) {
  Statement q(db_, "SELECT COALESCE(story_id, '') FROM articles WHERE id = ?");
  q.Bind(1, id);
  std::optional<std::string> out;
  if (q.Step()) out = q.Text(0);
  if (!q.Done().ok()) return q.Done();
  return out;
}

Status Store::RefreshStory(const std::string& story_id) {
  Statement agg(db_,
                "SELECT COUNT(*), MIN(published), MAX(published), "
                "(SELECT group_concat(lang, ',') FROM (SELECT DISTINCT lang FROM articles "
                " WHERE story_id = ?1 ORDER BY lang)) "
                "FROM articles WHERE story_id = ?1");
  agg.Bind(1, story_id);
  if (!agg.Step()) return agg.Done();
  int64_t count = agg.Int(0);
  if (count == 0) {
    titles_pending_.erase(story_id);
    Statement d(db_, "DELETE FROM stories WHERE id = ?");
    d.Bind(1, story_id);
    return d.Run();
  }
  Statement up(db_,
               "INSERT INTO stories(id, title, article_count, languages, first_published, "
               "last_published, created) VALUES (?1, '', ?2, ?3, ?4, ?5, ?6) "
               "ON CONFLICT(id) DO UPDATE SET article_count=?2, languages=?3, "
               "first_published=?4, last_published=?5");
  up.Bind(1, story_id).Bind(2, count).Bind(3, agg.Text(3));
  up.Bind(4, agg.OptInt(1)).Bind(5, agg.OptInt(2)).Bind(6, NowSeconds());
  if (Status s = up.Run(); !s.ok()) return s;
  // The title takes a pass over the story's headlines: within a transaction, once per story
  // at its commit (an ingest batch refreshes a growing story many times).
  if (sqlite3_get_autocommit(db_) == 0) {
    titles_pending_.insert(story_id);
    return Status::Ok();
  }
  auto total = CountArticles();
  if (!total.ok()) return total.status();
  return WriteStoryTitle(story_id, total.value(), nullptr);
}

Result<std::vector<Story>> Store::ListStories(const std::string& lang) {
  Statement q(db_,
              "SELECT " ST_STORY_COLUMNS " "
              "FROM stories WHERE ?1 = '' OR id IN (SELECT story_id FROM articles WHERE lang = ?1) "
              "ORDER BY last_published IS NULL, last_published DESC, article_count DESC, id");
  q.Bind(1, lang);
  std::vector<Story> out;
  while (q.Step()) out.push_back(ReadStoryRow(q));
  if (!q.Done().ok()) return q.Done();
  return out;
}

Result<std::optional<Story>> Store::GetStory(const std::string& id) {
  Statement q(db_,
              "SELECT " ST_STORY_COLUMNS " "
              "FROM stories WHERE id = COALESCE((SELECT story_id FROM story_aliases "
              "WHERE alias = ?1), ?1)");
  q.Bind(1, id);
  if (!q.Step()) {
    if (!q.Done().ok()) return q.Done();
    return std::optional<Story>();
  }
  return std::optional<Story>(ReadStoryRow(q));
}

}  // namespace storytrace
