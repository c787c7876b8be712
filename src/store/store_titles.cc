// Story titles: the most central headline of each story (store/story_headline.h), written
// when a story is refreshed, or for a transaction's refreshed stories at its commit.
#include <algorithm>
#include <optional>

#include "store/statement.h"
#include "store/store.h"
#include "store/story_headline.h"

namespace storytrace {

Status Store::WriteStoryTitle(const std::string& story_id, int64_t store_articles,
                              std::unordered_map<std::string, int64_t>* known_counts) {
  // The story's latest kTitleArticles articles (expired ones too), in time order as
  // StoryArticles lists them: a story's title is what its coverage says now, and a story of
  // tens of thousands of articles is re-titled at every commit that adds to it, at a cost that
  // must not grow with its age.
  Statement q(db_,
              "SELECT title, source, duplicate_of IS NOT NULL FROM articles WHERE story_id = ? "
              "ORDER BY COALESCE(published, fetched) DESC, id DESC LIMIT ?");
  q.Bind(1, story_id).Bind(2, static_cast<int64_t>(kTitleArticles));
  struct Row {
    std::string title, source;
    bool reprint;
  };
  std::vector<Row> rows;
  while (q.Step()) rows.push_back({q.Text(0), q.Text(1), q.Int(2) != 0});
  if (Status s = q.Done(); !s.ok()) return s;
  std::reverse(rows.begin(), rows.end());
  std::vector<StoryHeadline> headlines;
  for (const Row& r : rows) headlines.push_back({r.title, r.source, r.reprint});
  auto scored = ScoreHeadlines(*this, headlines, store_articles, known_counts);
  if (!scored.ok()) return scored.status();
  std::optional<size_t> best;
  for (size_t i = 0; i < headlines.size(); ++i) {
    if (scored.value().MoreCentral(i, best)) best = i;
  }
  Statement up(db_, "UPDATE stories SET title = ? WHERE id = ?");
  up.Bind(1, best ? scored.value().heads[*best] : std::string()).Bind(2, story_id);
  return up.Run();
}

Status Store::WritePendingTitles() {
  std::set<std::string> pending;
  pending.swap(titles_pending_);
  if (pending.empty()) return Status::Ok();
  auto total = CountArticles();
  if (!total.ok()) return total.status();
  std::unordered_map<std::string, int64_t> known_counts;
  for (const std::string& id : pending) {
    if (Status s = WriteStoryTitle(id, total.value(), &known_counts); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace storytrace
