// Story titles: the most central headline of each story (store/story_headline.h), written
// when a story is refreshed, or for a transaction's refreshed stories at its commit.
#include <sqlite3.h>

#include <optional>

#include "store/statement.h"
#include "store/store.h"
#include "store/story_headline.h"

namespace storytrace {

void Store::ForgetCounts() {
  articles_in_transaction_ = -1;
  term_counts_.clear();
}

Result<int64_t> Store::ArticlesForRarity() {
  // Counted once per write transaction: its refreshed stories get their titles together at
  // its commit, when the count no longer moves.
  const bool in_transaction = sqlite3_get_autocommit(db_) == 0;
  if (in_transaction && articles_in_transaction_ >= 0) return articles_in_transaction_;
  auto total = CountArticles();
  if (total.ok() && in_transaction) articles_in_transaction_ = total.value();
  return total;
}

Status Store::WriteStoryTitle(const std::string& story_id) {
  // All the story's articles (expired ones too), in time order as StoryArticles lists them.
  Statement q(db_,
              "SELECT title, source, duplicate_of IS NOT NULL FROM articles WHERE story_id = ? "
              "ORDER BY COALESCE(published, fetched), id");
  q.Bind(1, story_id);
  std::vector<std::string> titles, sources;
  std::vector<bool> reprints;
  while (q.Step()) {
    titles.push_back(q.Text(0));
    sources.push_back(q.Text(1));
    reprints.push_back(q.Int(2) != 0);
  }
  if (Status s = q.Done(); !s.ok()) return s;
  std::vector<StoryHeadline> headlines;
  for (size_t i = 0; i < titles.size(); ++i) {
    headlines.push_back({titles[i], sources[i], reprints[i]});
  }
  auto total = ArticlesForRarity();
  if (!total.ok()) return total.status();
  auto scored = ScoreHeadlines(*this, headlines, total.value());
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
  for (const std::string& id : pending) {
    if (Status s = WriteStoryTitle(id); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace storytrace
