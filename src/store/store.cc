// SQLite-backed store.
#include "store/store.h"

#include <sqlite3.h>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "core/time.h"
#include "entities/name_key.h"
#include "store/live_sql.h"
#include "store/schema.h"
#include "store/statement.h"

namespace storytrace {
namespace {

constexpr const char* kArticleColumns =
    "id, source, url, title, text, raw, raw_format, lang, lang_confidence, lang_given, dateline, "
    "published, fetched, content_hash, origin, story_id, duplicate_of, cluster_id";

Article ReadArticle(const Statement& s) {
  Article a;
  a.id = s.Text(0);
  a.source = s.Text(1);
  a.url = s.Text(2);
  a.title = s.Text(3);
  a.text = s.Text(4);
  a.raw = s.Text(5);
  a.raw_format = s.Text(6);
  a.lang = s.Text(7);
  a.lang_confidence = s.Double(8);
  a.lang_given = s.Text(9);
  a.dateline = s.Text(10);
  a.published = s.OptInt(11);
  a.fetched = s.Int(12);
  a.content_hash = s.Text(13);
  a.origin = s.Text(14);
  a.story_id = s.Text(15);
  if (!s.IsNull(16)) a.duplicate_of = s.Text(16);
  a.cluster_id = s.Text(17);
  return a;
}

// Turns free text into an FTS5 query of quoted terms joined by AND, so user input never hits
// FTS5 syntax errors.
std::string ToFtsQuery(const std::string& query) {
  std::string out, term;
  auto flush = [&]() {
    if (term.empty()) return;
    if (!out.empty()) out += ' ';
    out += '"' + term + '"';
    term.clear();
  };
  for (char c : query) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '"') {
      flush();
    } else {
      term += c;
    }
  }
  flush();
  return out;
}

// SQL name_key(text): NameKey, for filling the spellings table from the stored mentions when a
// store is upgraded to schema v11 (new spellings are keyed in C++, see ReplaceAnnotations).
void NameKeySql(sqlite3_context* ctx, int /*argc*/, sqlite3_value** argv) {
  const unsigned char* text = sqlite3_value_text(argv[0]);
  if (text == nullptr) return sqlite3_result_null(ctx);
  std::string key = NameKey(std::string_view(reinterpret_cast<const char*>(text),
                                             static_cast<size_t>(sqlite3_value_bytes(argv[0]))));
  sqlite3_result_text(ctx, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

}  // namespace

Store::~Store() { sqlite3_close_v2(db_); }

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return IoError(fmt::format("cannot open database {}: {}", path, msg));
  }
  std::unique_ptr<Store> store(new Store(db));
  sqlite3_busy_timeout(db, 5000);
  sqlite3_create_function_v2(db, "name_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                             &NameKeySql, nullptr, nullptr, nullptr);
  // Memory-mapped reads: a reader's page cache starts over after every write, and reading the
  // pages again through the mapping costs no copy (measured on the story detail under a PUT
  // stream, where the copies took a fifth of the time).
  for (const char* pragma :
       {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA mmap_size=1073741824"}) {
    if (Status s = store->Exec(pragma); !s.ok()) {
      return IoError(fmt::format("cannot use database {}: {}", path, s.message()));
    }
  }
  if (Status s = store->UseWal(); !s.ok()) {
    return IoError(fmt::format("cannot use database {}: {}", path, s.message()));
  }
  if (Status s = store->Migrate(); !s.ok()) return s;
  return store;
}

Status Store::UseWal() {
  // The mode is stored in the file, so only the connection that creates the database switches it;
  // a switch needs the database to itself, and asking for it on every open made a reader that
  // opened while `ingest` was creating the file fail (or make the ingest fail) with "locked".
  // Two connections switching a new file at the same moment deadlock, and SQLite refuses one at
  // once rather than wait: that one looks again, and finds the other's switch made.
  for (int attempt = 0;; ++attempt) {
    {
      Statement q(db_, "PRAGMA journal_mode");
      if (!q.status().ok()) return q.status();
      if (q.Step() && q.Text(0) == "wal") return Status::Ok();
    }
    Status s = Exec("PRAGMA journal_mode=WAL");
    if (s.ok() || attempt == 100) return s;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

Status Store::Exec(const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string msg = err ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  return Internal(msg);
}

Result<int> Store::StoredSchemaVersion() {
  Statement q(db_, "SELECT MAX(version) FROM schema_version");
  if (!q.status().ok()) return q.status();
  return q.Step() && !q.IsNull(0) ? static_cast<int>(q.Int(0)) : 0;
}

Status Store::Migrate() {
  const auto& migrations = SchemaMigrations();
  const int current = static_cast<int>(migrations.size());
  // The common case, a database at this program's version, is settled by one read, so readers
  // never ask for the write lock. (No statement stays open past this point: a read held open
  // while asking for the write lock is a deadlock SQLite reports as "locked" at once.)
  if (Result<int> v = StoredSchemaVersion(); v.ok() && v.value() == current) {
    schema_version_ = current;
    return Status::Ok();
  }
  // Otherwise the version is read again under the write lock: another process (an ingest creating
  // the file, a second reader) may have migrated in between.
  if (Status s = Begin(); !s.ok()) return s;
  Status s = Exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  Result<int> stored = s.ok() ? StoredSchemaVersion() : Result<int>(s);
  if (!stored.ok()) {
    Rollback();
    return stored.status();
  }
  int version = stored.value();
  if (version > current) {
    Rollback();
    return Internal(fmt::format("database schema version {} is newer than this program ({})",
                                version, current));
  }
  for (int v = version; v < current; ++v) {
    std::string sql(migrations[v]);
    Status m = Exec(sql.c_str());
    if (m.ok()) m = Exec(fmt::format("INSERT INTO schema_version(version) VALUES ({})", v + 1).c_str());
    if (!m.ok()) {
      Rollback();
      return Internal(fmt::format("migration to schema version {} failed: {}", v + 1, m.message()));
    }
  }
  if (Status c = Commit(); !c.ok()) return c;
  schema_version_ = current;
  return Status::Ok();
}

Status Store::Begin() { return Exec("BEGIN IMMEDIATE"); }
Status Store::Commit() {
  if (Status s = WritePendingTitles(); !s.ok()) return s;
  return Exec("COMMIT");
}
Status Store::Rollback() {
  titles_pending_.clear();
  return Exec("ROLLBACK");
}

Result<UpsertOutcome> Store::UpsertArticle(const Article& a, std::string* existing_id,
                                           ReplacedArticle* replaced) {
  {
    Statement q(db_, "SELECT content_hash, origin, fetched FROM articles WHERE id = ?");
    q.Bind(1, a.id);
    if (q.Step()) {
      if (q.Text(0) == a.content_hash) return UpsertOutcome::kUnchanged;
      if (replaced != nullptr) *replaced = {q.Text(1), q.Int(2)};
      Statement u(db_,
                  "UPDATE articles SET source=?, url=?, title=?, text=?, raw=?, raw_format=?, "
                  "lang=?, lang_confidence=?, lang_given=?, dateline=?, published=?, fetched=?, "
                  "content_hash=?, origin=? WHERE id=?");
      u.Bind(1, a.source).Bind(2, a.url).Bind(3, a.title).Bind(4, a.text).Bind(5, a.raw);
      u.Bind(6, a.raw_format).Bind(7, a.lang).Bind(8, a.lang_confidence).Bind(9, a.lang_given);
      u.Bind(10, a.dateline).Bind(11, a.published).Bind(12, a.fetched).Bind(13, a.content_hash);
      u.Bind(14, a.origin).Bind(15, a.id);
      if (Status s = u.Run(); !s.ok()) return s;
      return UpsertOutcome::kUpdated;
    }
    if (!q.Done().ok()) return q.Done();
  }
  {
    Statement q(db_, "SELECT id FROM articles WHERE content_hash = ? LIMIT 1");
    q.Bind(1, a.content_hash);
    if (q.Step()) {
      std::string original = q.Text(0);
      if (existing_id) *existing_id = original;
      Statement alias(db_,
                      "INSERT OR REPLACE INTO article_aliases(alias_id, article_id, origin) "
                      "VALUES (?, ?, ?)");
      alias.Bind(1, a.id).Bind(2, original).Bind(3, a.origin);
      if (Status s = alias.Run(); !s.ok()) return s;
      return UpsertOutcome::kDuplicateContent;
    }
  }
  Statement ins(db_, fmt::format("INSERT INTO articles({}) VALUES "
                                 "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                 kArticleColumns)
                         .c_str());
  ins.Bind(1, a.id).Bind(2, a.source).Bind(3, a.url).Bind(4, a.title).Bind(5, a.text);
  ins.Bind(6, a.raw).Bind(7, a.raw_format).Bind(8, a.lang).Bind(9, a.lang_confidence);
  ins.Bind(10, a.lang_given).Bind(11, a.dateline).Bind(12, a.published).Bind(13, a.fetched);
  ins.Bind(14, a.content_hash).Bind(15, a.origin);
  if (a.story_id.empty()) {
    ins.BindNull(16);
  } else {
    ins.Bind(16, a.story_id);
  }
  if (a.duplicate_of) {
    ins.Bind(17, *a.duplicate_of);
  } else {
    ins.BindNull(17);
  }
  ins.Bind(18, a.cluster_id);
  if (Status s = ins.Run(); !s.ok()) return s;
  return UpsertOutcome::kInserted;
}

Status Store::LoadLinks(Article& a) {
  Statement q(db_, "SELECT dst FROM links WHERE src = ? AND kind = 'translation' ORDER BY dst");
  q.Bind(1, a.id);
  while (q.Step()) a.translation_of.push_back(q.Text(0));
  return q.Done();
}

Result<std::optional<Article>> Store::GetArticle(const std::string& id) {
  Statement q(db_, fmt::format("SELECT {} FROM articles WHERE id = ?", kArticleColumns).c_str());
  q.Bind(1, id);
  if (!q.Step()) {
    if (!q.Done().ok()) return q.Done();
    return std::optional<Article>();
  }
  Article a = ReadArticle(q);
  if (Status s = LoadLinks(a); !s.ok()) return s;
  if (Status s = LoadAnnotations(a); !s.ok()) return s;
  return std::optional<Article>(std::move(a));
}

Result<std::vector<Article>> Store::ListArticles(const ArticleFilter& f) {
  std::string sql = fmt::format(
      "SELECT {} FROM articles WHERE (?1 = '' OR lang = ?1) AND "
      "(?2 = '' OR story_id = ?2) AND "
      "(?4 IS NULL OR COALESCE(published, fetched) >= ?4) AND "
      "(?5 IS NULL OR COALESCE(published, fetched) <= ?5) AND "
      "(?6 IS NULL OR "
      " (published IS NOT NULL AND published >= (SELECT MAX(published) FROM articles) - ?6) OR "
      " (published IS NULL AND "
      "  fetched >= (SELECT MAX(fetched) FROM articles INDEXED BY articles_undated_fetched "
      "  WHERE published IS NULL) - ?6)) "
      "ORDER BY {} LIMIT ?3",
      kArticleColumns,
      f.stream_order ? "rowid"
                     : "published IS NULL, published, id");
  Statement q(db_, sql.c_str());
  q.Bind(1, f.lang).Bind(2, f.story_id).Bind(3, f.limit).Bind(4, f.since).Bind(5, f.until);
  q.Bind(6, f.live_window);
  std::vector<Article> out;
  while (q.Step()) out.push_back(ReadArticle(q));
  if (!q.Done().ok()) return q.Done();
  for (auto& a : out) {
    if (Status s = LoadLinks(a); !s.ok()) return s;
    if (Status s = LoadAnnotations(a); !s.ok()) return s;
  }
  return out;
}

Result<int64_t> Store::CountArticles() {
  Statement q(db_, "SELECT COUNT(*) FROM articles");
  if (!q.Step()) return q.Done().ok() ? Internal("count failed") : q.Done();
  return q.Int(0);
}

Result<std::optional<Store::Clock>> Store::StreamClock() {
  Statement q(db_, ST_CLOCK "SELECT now, shift FROM clock");
  if (!q.Step()) return q.Done().ok() ? Internal("query failed") : q.Done();
  if (q.IsNull(0)) return std::optional<Clock>();
  return std::optional<Clock>(Clock{q.Int(0), q.Int(1)});
}

Status Store::AddLink(const std::string& src, const std::string& dst, const std::string& kind,
                      double score) {
  Statement q(db_, "INSERT OR REPLACE INTO links(src, dst, kind, score) VALUES (?, ?, ?, ?)");
  q.Bind(1, src).Bind(2, dst).Bind(3, kind).Bind(4, score);
  return q.Run();
}

Status Store::SetDuplicateOf(const std::string& id, const std::string& original) {
  Statement q(db_, "UPDATE articles SET duplicate_of = ? WHERE id = ?");
  q.Bind(1, original).Bind(2, id);
  return q.Run();
}

Result<std::vector<ArticleLink>> Store::ListLinks(const std::string& kind) {
  // Exact copies under a new id are stored as aliases, not articles: they are reprints too.
  Statement q(db_,
              "SELECT src, dst, kind, score FROM ("
              "  SELECT src, dst, kind, score FROM links"
              "  UNION ALL SELECT alias_id, article_id, 'reprint', 1.0 FROM article_aliases)"
              " WHERE ?1 = '' OR kind = ?1 ORDER BY kind, src, dst");
  q.Bind(1, kind);
  std::vector<ArticleLink> out;
  while (q.Step()) out.push_back({q.Text(0), q.Text(1), q.Text(2), q.Double(3)});
  if (Status s = q.Done(); !s.ok()) return s;
  return out;
}

Status Store::ClearLinks(const std::string& id, const std::string& kind) {
  Statement q(db_, "DELETE FROM links WHERE src = ? AND kind = ?");
  q.Bind(1, id).Bind(2, kind);
  if (Status s = q.Run(); !s.ok()) return s;
  if (kind != "reprint") return Status::Ok();
  Statement u(db_, "UPDATE articles SET duplicate_of = NULL WHERE id = ?");
  u.Bind(1, id);
  return u.Run();
}

Status Store::PutSignature(const std::string& article_id, const std::string& lang,
                           std::optional<int64_t> published, uint32_t shingles,
                           const std::string& blob) {
  Statement q(db_,
              "INSERT OR REPLACE INTO signatures(article_id, lang, published, shingles, minhash) "
              "VALUES (?, ?, ?, ?, ?)");
  q.Bind(1, article_id).Bind(2, lang).Bind(3, published).Bind(4, int64_t{shingles});
  q.BindBlob(5, blob);
  return q.Run();
}

Result<std::vector<StoredSignature>> Store::ListSignatures() {
  Statement q(db_,
              "SELECT s.article_id, s.minhash, s.published, a.duplicate_of FROM signatures s "
              "JOIN articles a ON a.id = s.article_id ORDER BY s.rowid");
  std::vector<StoredSignature> out;
  while (q.Step()) out.push_back({q.Text(0), q.Blob(1), q.OptInt(2), q.Text(3)});
  if (Status s = q.Done(); !s.ok()) return s;
  return out;
}

Result<std::vector<SearchHit>> Store::Search(const std::string& query, int64_t limit) {
  return SearchExpression(ToFtsQuery(query), limit);
}

Result<std::vector<SearchHit>> Store::SearchExpression(const std::string& fts, int64_t limit) {
  std::vector<SearchHit> out;
  if (fts.empty()) return out;
  Statement q(db_,
              "SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 12), "
              "bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts JOIN articles a ON "
              "a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY score, a.id "
              "LIMIT ?");
  q.Bind(1, fts).Bind(2, limit);
  while (q.Step()) out.push_back({q.Text(0), q.Text(1), q.Text(2), q.Double(3)});
  if (!q.Done().ok()) return InvalidArgument("search failed: " + q.Done().message());
  return out;
}

Status Store::AddRejection(const Rejection& r) {
  Statement q(db_, "INSERT INTO rejected(input, line, reason, at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(input, line, reason) DO UPDATE SET at = excluded.at");
  q.Bind(1, r.input).Bind(2, r.line).Bind(3, r.reason).Bind(4, NowSeconds());
  return q.Run();
}

Result<std::vector<Rejection>> Store::ListRejections() {
  Statement q(db_, "SELECT input, line, reason FROM rejected ORDER BY seq");
  std::vector<Rejection> out;
  while (q.Step()) out.push_back({q.Text(0), q.Int(1), q.Text(2)});
  if (!q.Done().ok()) return q.Done();
  return out;
}

#undef ST_CLOCK
#undef ST_LIVE
#undef ST_TIME
#undef ST_AT

}  // namespace storytrace
