// The embedded store: articles, stories, links and rejections in one SQLite file.
#ifndef STORYTRACE_STORE_STORE_H_
#define STORYTRACE_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/article.h"
#include "core/status.h"

struct sqlite3;

namespace storytrace {

// What UpsertArticle did.
enum class UpsertOutcome {
  kInserted,          // new id, new content
  kUpdated,           // known id, changed content: row replaced
  kUnchanged,         // known id, same content
  kDuplicateContent,  // new id whose content is already stored under another id: recorded as alias
};

struct ArticleFilter {
  std::string lang;      // empty: any
  std::string story_id;  // empty: any
  int64_t limit = -1;    // -1: no limit
  std::optional<int64_t> since;  // only articles whose time (published, else fetched) >= since
};

struct SearchHit {
  std::string id;
  std::string title;
  std::string snippet;
  double score = 0;  // BM25, lower is better (SQLite convention)
};

// A reprint or translation link: `src` copies or translates `dst` (the earlier article).
struct ArticleLink {
  std::string src, dst, kind;
  double score = 0;
};

// A stored MinHash signature (see dedup/minhash.h), as an opaque blob.
struct StoredSignature {
  std::string article_id;
  std::string blob;
  std::optional<int64_t> published;
  std::string duplicate_of;  // the article's current original, "" if none
};

// A SQLite database in WAL mode with a versioned schema. One Store per thread; not copyable.
class Store {
 public:
  // Opens or creates the database at `path` and applies pending migrations. Fails with IoError
  // when the file cannot be opened and with Internal when it is newer than this program.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  int schema_version() const { return schema_version_; }

  // Batch transactions: everything between Begin and Commit lands atomically.
  Status Begin();
  Status Commit();
  Status Rollback();

  // Inserts or updates `a` by id; see UpsertOutcome. Sets `*existing_id` to the id holding the
  // same content for kDuplicateContent.
  Result<UpsertOutcome> UpsertArticle(const Article& a, std::string* existing_id = nullptr);
  Result<std::optional<Article>> GetArticle(const std::string& id);
  // Articles ordered by published time (unknown last), then id.
  Result<std::vector<Article>> ListArticles(const ArticleFilter& filter = {});
  Result<int64_t> CountArticles();

  // Sets an article's story; `*previous` (when given) receives the story it had ("" if none).
  Status SetStory(const std::string& article_id, const std::string& story_id,
                  std::string* previous = nullptr);
  // The latest article time (published, else fetched), or nullopt for an empty store.
  Result<std::optional<int64_t>> LatestTime();
  // Recomputes a story's summary (title, count, languages, time span) from its articles,
  // creating the story row if needed and deleting it when no article is left.
  Status RefreshStory(const std::string& story_id);
  // Stories, most recently active first. `lang` filters to stories with an article in it.
  Result<std::vector<Story>> ListStories(const std::string& lang = "");
  Result<std::optional<Story>> GetStory(const std::string& id);

  Status AddLink(const std::string& src, const std::string& dst, const std::string& kind,
                 double score);
  Status SetDuplicateOf(const std::string& id, const std::string& original);
  // Links of `kind` ("reprint", "translation"; empty: both), ordered by kind, src, dst.
  Result<std::vector<ArticleLink>> ListLinks(const std::string& kind = "");
  // Removes an article's outgoing links of `kind` and its duplicate_of when kind is reprint
  // (before a changed article is checked again).
  Status ClearLinks(const std::string& id, const std::string& kind);

  // Reprint signatures, so the duplicate index can be rebuilt when a new run starts.
  Status PutSignature(const std::string& article_id, const std::string& lang,
                      std::optional<int64_t> published, uint32_t shingles,
                      const std::string& blob);
  // Every signature, in insertion order.
  Result<std::vector<StoredSignature>> ListSignatures();

  // Full-text search (FTS5 BM25) over title and text. `query` is taken as plain words.
  Result<std::vector<SearchHit>> Search(const std::string& query, int64_t limit = 20);

  Status AddRejection(const Rejection& r);
  Result<std::vector<Rejection>> ListRejections();

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  Status Exec(const char* sql);
  Status Migrate();
  Status LoadLinks(Article& a);

  sqlite3* db_;
  int schema_version_ = 0;
};

}  // namespace storytrace

#endif  // STORYTRACE_STORE_STORE_H_
