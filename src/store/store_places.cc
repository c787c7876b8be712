// Store: the places of articles.
#include "store/live_sql.h"
#include "store/statement.h"
#include "store/store.h"

namespace storytrace {
namespace {

ArticlePlace ReadPlace(const Statement& q, int c) {
  ArticlePlace p;
  p.place_id = q.Text(c);
  p.name = q.Text(c + 1);
  p.kind = q.Text(c + 2);
  p.country = q.Text(c + 3);
  p.lat = q.Double(c + 4);
  p.lng = q.Double(c + 5);
  p.mentions = static_cast<int>(q.Int(c + 6));
  p.focus = q.Int(c + 7) != 0;
  p.settled = q.Int(c + 8) != 0;
  p.keys = q.Text(c + 9);
  return p;
}

#define ST_PLACE_COLUMNS \
  "p.place_id, p.name, p.kind, p.country, p.lat, p.lng, p.mentions, p.focus, p.settled, p.keys"

}  // namespace

Status Store::ReplacePlaces(const Article& a) {
  Statement d(db_, "DELETE FROM article_places WHERE article_id = ?");
  d.Bind(1, a.id);
  if (Status s = d.Run(); !s.ok()) return s;
  Statement q(
      db_,
      "INSERT OR REPLACE INTO article_places(article_id, place_id, name, kind, country, lat, "
      "lng, mentions, focus, settled, keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const ArticlePlace& p : a.places) {
    q.Bind(1, a.id).Bind(2, p.place_id).Bind(3, p.name).Bind(4, p.kind).Bind(5, p.country);
    q.Bind(6, p.lat).Bind(7, p.lng).Bind(8, int64_t{p.mentions}).Bind(9, int64_t{p.focus});
    q.Bind(10, int64_t{p.settled}).Bind(11, p.keys);
    if (Status s = q.Run(); !s.ok()) return s;
    q.Reset();
  }
  return Status::Ok();
}

Status Store::LoadPlaces(Article& a) {
  Statement q(db_, "SELECT " ST_PLACE_COLUMNS
                   " FROM article_places p WHERE p.article_id = ? "
                   "ORDER BY p.focus DESC, p.mentions DESC, p.rowid");
  q.Bind(1, a.id);
  a.places.clear();
  while (q.Step()) a.places.push_back(ReadPlace(q, 0));
  return q.Done();
}

Result<std::vector<StoryPlaceRow>> Store::ListPlaceRows(const std::string& story_id,
                                                        bool live_only) {
  // One story goes through the story index; "(?1 = '' OR a.story_id = ?1)" would scan every
  // article.
#define ST_PLACE_QUERY(story_filter)                                              \
  ST_CLOCK "SELECT a.story_id, a.id, " ST_PLACE_COLUMNS                           \
  " FROM clock CROSS JOIN articles a "                                            \
  "JOIN article_places p ON p.article_id = a.id "                                 \
  "WHERE " story_filter " AND (?2 = 0 OR " ST_LIVE("a") ") "                     \
  "ORDER BY a.story_id, " ST_TIME("a") ", a.id, p.focus DESC, p.mentions DESC, p.rowid"
  Statement q(db_, story_id.empty()
                       ? ST_PLACE_QUERY("a.story_id IS NOT NULL AND a.story_id != '' AND ?1 = ''")
                       : ST_PLACE_QUERY("a.story_id = ?1"));
#undef ST_PLACE_QUERY
  q.Bind(1, story_id).Bind(2, int64_t{live_only});
  std::vector<StoryPlaceRow> out;
  while (q.Step()) out.push_back({q.Text(0), q.Text(1), ReadPlace(q, 2)});
  if (Status s = q.Done(); !s.ok()) return s;
  return out;
}

#undef ST_PLACE_COLUMNS
#undef ST_CLOCK
#undef ST_LIVE
#undef ST_TIME
#undef ST_AT

}  // namespace storytrace
