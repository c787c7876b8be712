// Store: boilerplate learned per source.
#include <cstring>

#include "store/statement.h"
#include "store/store.h"

namespace storytrace {
namespace {

// SQLite integers are signed: keys are stored with their bits unchanged.
int64_t ToColumn(uint64_t key) {
  int64_t v;
  std::memcpy(&v, &key, sizeof v);
  return v;
}

uint64_t FromColumn(int64_t v) {
  uint64_t key;
  std::memcpy(&key, &v, sizeof key);
  return key;
}

}  // namespace

Result<std::optional<LearnedSource>> Store::GetLearnedBoilerplate(const std::string& source) {
  Statement src(db_, "SELECT articles FROM boilerplate_sources WHERE source = ?");
  src.Bind(1, source);
  if (!src.Step()) {
    if (Status s = src.Done(); !s.ok()) return s;
    return std::optional<LearnedSource>();
  }
  LearnedSource learned{source, src.Int(0), {}};
  Statement q(db_,
              "SELECT line_key, articles, first_seen, sample FROM boilerplate_lines "
              "WHERE source = ?");
  q.Bind(1, source);
  while (q.Step()) learned.lines.push_back({FromColumn(q.Int(0)), q.Int(1), q.Int(2), q.Text(3)});
  if (Status s = q.Done(); !s.ok()) return s;
  return std::optional<LearnedSource>(std::move(learned));
}

Status Store::PutLearnedBoilerplate(const LearnedSource& learned) {
  Statement src(db_, "INSERT OR REPLACE INTO boilerplate_sources(source, articles) VALUES (?, ?)");
  src.Bind(1, learned.source).Bind(2, learned.articles);
  if (Status s = src.Run(); !s.ok()) return s;
  Statement clear(db_, "DELETE FROM boilerplate_lines WHERE source = ?");
  clear.Bind(1, learned.source);
  if (Status s = clear.Run(); !s.ok()) return s;
  Statement q(db_,
              "INSERT INTO boilerplate_lines(source, line_key, articles, first_seen, sample) "
              "VALUES (?, ?, ?, ?, ?)");
  for (const LearnedLine& line : learned.lines) {
    q.Bind(1, learned.source).Bind(2, ToColumn(line.key)).Bind(3, line.articles);
    q.Bind(4, line.first_seen).Bind(5, line.sample);
    if (Status s = q.Run(); !s.ok()) return s;
    q.Reset();
  }
  return Status::Ok();
}

}  // namespace storytrace
