// The embedded store: articles, stories, links and rejections in one SQLite file.
#ifndef STORYTRACE_STORE_STORE_H_
#define STORYTRACE_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/article.h"
#include "core/learned_boilerplate.h"
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

// The row an update replaced (UpsertOutcome::kUpdated): where it was read from and when.
struct ReplacedArticle {
  std::string origin;
  int64_t fetched = 0;
};

struct ArticleFilter {
  std::string lang;      // empty: any
  std::string story_id;  // empty: any
  int64_t limit = -1;    // -1: no limit
  std::optional<int64_t> since;  // only articles whose time (published, else fetched) >= since
  std::optional<int64_t> until;  // ... and <= until
  // Only the articles a clusterer would still hold live after the stored stream, with this
  // window in seconds: dated ones published within it of the latest publication time (the
  // clusterer's clock), undated ones (which have no place on that clock) ingested within it
  // of the latest ingest of an undated article.
  std::optional<int64_t> live_window;
  // Order: false = by publication time (undated last), then id; true = the order ingest stored
  // them in (the stream order of each batch, see pipeline/stream_order.h).
  bool stream_order = false;
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

// A canonical entity as stored.
struct StoredEntity {
  std::string id, canonical, type, key, country;
  std::optional<double> lat, lng;
  int64_t mentions = 0;  // read only: its mentions in the store (ListAllEntities)
  // Persons: whether a full-name mention named it; unknown for other entities and in stores
  // written before it was kept.
  std::optional<bool> named_in_full = std::nullopt;
};

// An entity with its variants, for listings.
struct EntitySummary {
  StoredEntity entity;
  int64_t mentions = 0;
  int64_t articles = 0;
  std::vector<std::pair<std::string, int64_t>> variants;  // surface form → mentions, most first
  std::string first_source;             // outlet of the earliest article mentioning it
  std::optional<int64_t> first_seen;    // that article's time
};

// A quotation with its article, for listings.
struct QuoteRow {
  std::string article_id, text, speaker, speaker_entity, speaker_canonical, source;
  std::optional<int64_t> published;
  std::string story_id;  // the article's story ("" when none)
};

class Statement;  // store/statement.h, inside the store only

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
  // same content for kDuplicateContent, and `*replaced` (when given) to the replaced row's
  // origin and ingest time for kUpdated.
  Result<UpsertOutcome> UpsertArticle(const Article& a, std::string* existing_id = nullptr,
                                      ReplacedArticle* replaced = nullptr);
  Result<std::optional<Article>> GetArticle(const std::string& id);
  // Articles ordered by published time (unknown last), then id.
  Result<std::vector<Article>> ListArticles(const ArticleFilter& filter = {});
  Result<int64_t> CountArticles();

  // Stories (store_stories.cc).
  // Sets an article's story and language cluster; `*previous` (when given) receives the story
  // it had ("" if none).
  Status SetStory(const std::string& article_id, const std::string& story_id,
                  std::string* previous = nullptr, const std::string& cluster_id = {});
  // Story `from` turned out to be part of story `into`: moves its articles, records `from` as
  // an alias of `into` (GetStory and ResolveStoryId answer old ids) and refreshes both.
  Status MergeStory(const std::string& from, const std::string& into);
  // Part of story `from` is a story of its own, `into` (an id once merged into `from`): the
  // articles of the language clusters `clusters` move to it, `into` stops being an alias, the
  // ids in `retargeted` become aliases of `into`, and both stories are refreshed.
  Status SplitStory(const std::string& from, const std::string& into,
                    const std::vector<std::string>& clusters,
                    const std::vector<std::string>& retargeted);
  // The current id of story `id`: itself, or the story it was merged into.
  Result<std::string> ResolveStoryId(const std::string& id);
  // In how many articles each of `terms` (full-text index tokens: lower case, no diacritics)
  // occurs; terms the index lacks are left out. `known` (may be null) holds counts looked up
  // before, which are not looked up again, and receives the new ones (0 for a term the index
  // lacks); the caller keeps it only while no article is written.
  Result<std::unordered_map<std::string, int64_t>> TermDocumentCounts(
      const std::vector<std::string>& terms,
      std::unordered_map<std::string, int64_t>* known = nullptr);
  // The clock of the live listings (the story list, its windows and growth, expiry), as the
  // clusterer keeps it: dated articles stand at their publication time and `now` is the
  // newest of these; undated ones have a clock of their own, their ingest times, and stand at
  // their ingest time less `undated_shift`, how far the newest undated ingest lies past `now`
  // (0 when it does not). So an archive of 2025 read in 2026 with a few undated articles has
  // its last day of news in the 2025 window, beside the undated articles of the last day of
  // ingest, and a live feed (the two clocks together) shifts nothing.
  struct Clock {
    int64_t now = 0;  // in a store of undated articles only, the newest ingest time
    int64_t undated_shift = 0;
    bool operator==(const Clock& o) const { return now == o.now && undated_shift == o.undated_shift; }
    bool operator!=(const Clock& o) const { return !(*this == o); }
  };
  // The clock, or nullopt for an empty store.
  Result<std::optional<Clock>> StreamClock();
  // The story of article `id` ("" when it has none); nullopt when no article has that id.
  Result<std::optional<std::string>> StoryOfArticle(const std::string& id);
  // Recomputes a story's summary (title, count, languages, time span) from its articles,
  // creating the story row if needed and deleting it when no article is left. The title is
  // the most central headline of all its articles (store/story_headline.h), the one the
  // served summary shows while all of them are live; within a transaction it is written at
  // Commit (until then the story keeps its former title, "" for a new one).
  Status RefreshStory(const std::string& story_id);
  // Stories, most recently active first. `lang` filters to stories with an article in it.
  Result<std::vector<Story>> ListStories(const std::string& lang = "");
  // Story `id` (an alias is followed to the story it was merged into); nullopt when none.
  Result<std::optional<Story>> GetStory(const std::string& id);

  Status AddLink(const std::string& src, const std::string& dst, const std::string& kind,
                 double score);
  Status SetDuplicateOf(const std::string& id, const std::string& original);
  // Links of `kind` ("reprint", "translation"; empty: both), ordered by kind, src, dst.
  // Exact copies stored as aliases are listed as reprints with score 1.
  Result<std::vector<ArticleLink>> ListLinks(const std::string& kind = "");
  // Removes an article's outgoing links of `kind` and its duplicate_of when kind is reprint
  // (before a changed article is checked again).
  Status ClearLinks(const std::string& id, const std::string& kind);

  // Entities and quotes (store_entities.cc).
  // Inserts or updates an entity (canonical, key and place data are refreshed).
  Status PutEntity(const StoredEntity& e);
  // Replaces the stored mentions, quotes and places of article `a.id` by `a.entities`,
  // `a.quotes` and `a.places`.
  Status ReplaceAnnotations(const Article& a);
  // Replaces `a.entities`, `a.quotes` and `a.places` by those stored for article `a.id`.
  Status LoadAnnotations(Article& a);
  // Adds mention `m` to article `article_id`'s stored mentions (a name typed after the
  // article was stored); nothing when no such article is stored.
  Status AddMention(const std::string& article_id, const EntityMention& m);
  // Every entity (for warming the registry up and for matching a name to entities).
  Result<std::vector<StoredEntity>> ListAllEntities();
  // Entities with their variants, most mentioned first; `story_id` ("" = all) restricts to
  // mentions in that story's articles.
  Result<std::vector<EntitySummary>> ListEntities(const std::string& story_id = "",
                                                  int64_t limit = -1);
  // An entity a written name denotes, with the spellings of its mentions.
  struct NamedEntity {
    std::string id, canonical, type;
    int64_t mentions = 0;                // its mentions in the store
    std::vector<std::string> spellings;  // most used first; the canonical name among them or not
  };
  // How a typed name meets the names of the store.
  enum class NameMatch {
    kKey,    // the same name key (NameKey, AlternativeNameKeys, NameKeyWithoutArticles)
    kClose,  // that, or a spelling or canonical name whose key, or the key of whose last word
             // (a surname), is within AllowedDistance of the name's key: "Sacharowa" and
             // "Zakharowa" find Maria Zakharova; a typo of a long name finds it
  };
  // The entities `name` (as a user types it: "Abu Kamal", "abu kamal", "Sacharowa") denotes:
  // with kKey, those with a mention spelt with `name`'s name key (NameKey, or
  // NameKeyWithoutArticles, or AlternativeNameKeys), and those keyed so themselves; with kClose,
  // also those met as NameMatch::kClose says (a scan of the spellings: for lookups, not per
  // article). Only entities with mentions in the store. At most `max_entities`: those keyed as
  // `name` first, then the close ones, each group most mentioned first; each with at most
  // `max_spellings` of the spellings its mentions use (those of most mentions first). Empty
  // when none.
  Result<std::vector<NamedEntity>> EntitiesNamed(std::string_view name, size_t max_entities = 3,
                                                 size_t max_spellings = 10,
                                                 NameMatch match = NameMatch::kKey);
  // The `limit` entities with the most mentions in the store (ties by id), each with at most
  // `max_spellings` spellings as EntitiesNamed gives them.
  Result<std::vector<NamedEntity>> MostMentionedEntities(size_t limit, size_t max_spellings = 10);
  // Quotes, newest first; `speaker_entities` (empty = any) and `story_id` ("" = any) filter,
  // and with `live_only` only those of live articles (as the HTTP API shows them).
  Result<std::vector<QuoteRow>> ListQuotes(const std::vector<std::string>& speaker_entities = {},
                                           const std::string& story_id = "", int64_t limit = -1,
                                           bool live_only = false);

  // Places (store_places.cc).
  // The places of every article of story `story_id` ("" = of every article in a story), with
  // the article's story; only live articles when `live_only` (see the HTTP API queries below).
  // Ordered by story, article time, article id, then focus first and by mentions.
  Result<std::vector<StoryPlaceRow>> ListPlaceRows(const std::string& story_id = "",
                                                   bool live_only = false);

  // Reprint signatures, so the duplicate index can be rebuilt when a new run starts.
  Status PutSignature(const std::string& article_id, const std::string& lang,
                      std::optional<int64_t> published, uint32_t shingles,
                      const std::string& blob);
  // Every signature, in insertion order.
  Result<std::vector<StoredSignature>> ListSignatures();

  // Full-text search (FTS5 BM25) over title and text. `query` is taken as plain words.
  Result<std::vector<SearchHit>> Search(const std::string& query, int64_t limit = 20);
  // Search with a ready SQLite FTS5 expression (e.g. from QueryExpander); a malformed one
  // fails with InvalidArgument.
  Result<std::vector<SearchHit>> SearchExpression(const std::string& fts, int64_t limit = 20);

  // The boilerplate learned for `source` (see extract/boilerplate_learner.h), or nullopt when
  // nothing is stored for it.
  Result<std::optional<LearnedSource>> GetLearnedBoilerplate(const std::string& source);
  // Replaces what is stored for `learned.source`; runs inside the caller's transaction when
  // one is open.
  Status PutLearnedBoilerplate(const LearnedSource& learned);

  Status AddRejection(const Rejection& r);
  Result<std::vector<Rejection>> ListRejections();

  // --- HTTP API queries (store_server.cc) ---
  // The index clock is the newest article time (published, else fetched). An article is live
  // while its `expires` is unset or not before the index clock; every query below sees live
  // articles only. Time windows count back from the index clock too, so a replayed archive
  // behaves like a live feed. Times are seconds since the epoch, UTC.

  // A read snapshot: the queries between BeginSnapshot and EndSnapshot see one state of the
  // database. For read connections only; never nest inside Begin/Commit.
  Status BeginSnapshot();
  Status EndSnapshot();

  enum class NameKind { kNone, kArticle, kAlias };
  // Whether `id` names a stored article, an alias (a name whose content is stored under
  // another id) or nothing.
  Result<NameKind> LookupName(const std::string& id);
  // Deletes the article `id` with its links, signature, mentions, quotes and aliases, clears
  // duplicate_of references to it and refreshes its story; when `id` is an alias, deletes
  // only the alias. Runs its own transaction. Returns false when `id` names nothing.
  Result<bool> DeleteArticle(const std::string& id);
  // Sets the expiry of article `id` to its time (published, else fetched) + `max_age_seconds`.
  // Fails with NotFound when `id` is not a stored article.
  Status SetExpiresAfter(const std::string& id, int64_t max_age_seconds);
  // True when `id` is a stored article that has not expired.
  Result<bool> IsLive(const std::string& id);
  // The ids among `ids` that are stored, live articles (in no particular order).
  Result<std::vector<std::string>> LiveAmong(const std::vector<std::string>& ids);

  struct TableCounts {
    int64_t articles = 0, stories = 0, links = 0, rejected = 0;
  };
  // Row counts of the main tables (expired articles included).
  Result<TableCounts> CountRows();

  // A live article, or an alias of one, inside a time window.
  struct WindowArticle {
    std::string id, story_id, title;
    int64_t time = 0;
  };
  // Live articles whose time lies within `period_seconds` back from the index clock, in
  // language `lang` ("" for any); an alias is listed as an article of its own with its
  // original's story, title and time. Ordered by time, then id.
  Result<std::vector<WindowArticle>> ArticlesInWindow(int64_t period_seconds,
                                                      const std::string& lang);

  // When a story is breaking news: at least `min_articles` of its live articles fall in the
  // 24 hours up to the clock, and at least `min_growth` times as many as in the 24 hours
  // before those (counted as 1 when there were none). Story summaries and the kGrowing order
  // below read the same rule.
  struct BreakingRule {
    int64_t min_articles = 3;
    double min_growth = 2.0;
  };
  // Story listing filters; a story matches when one of its live articles passes all of them.
  struct StoryQuery {
    enum class Order {
      kMostMatching,  // most matching articles first
      kMostRecent,    // newest matching article first
      // Breaking stories first (BreakingRule), then by the story's live articles of the last
      // 24 hours times its growth (those over those of the 24 hours before, at least 1):
      // busy and growing stories first, stories with nothing new last.
      kGrowing,
    };
    std::optional<int64_t> window_seconds;  // article time within this much of the clock
    std::string lang;                       // "" any
    std::string source;                     // "" any; exact, ASCII case-insensitive
    // "" any; a mention's text or its entity's canonical name, or a name that denotes the entity
    // in another spelling (EntitiesNamed: "Albu Kamal" finds the stories that write al-Bukamal)
    std::string entity;
    Order order = Order::kMostMatching;     // ties: newest matching article, then id
    BreakingRule breaking;                  // for kGrowing
    int64_t limit = 20;
    int64_t offset = 0;
  };
  struct StoryMatch {
    Story story;            // the stored summary (counts every article, expired ones too)
    int64_t matching = 0;   // live articles passing the filters
    int64_t last_time = 0;  // newest of those
  };
  struct StoryPage {
    std::vector<StoryMatch> stories;  // the page [offset, offset + limit)
    int64_t total = 0;                // every matching story
  };
  // Matching stories in `query.order`; a page of them and how many match in all.
  Result<StoryPage> FindStories(const StoryQuery& query);

  struct StoryArticle {
    std::string id, title, source, url, lang;
    std::string cluster_id;  // its language cluster; empty when stored without one
    std::optional<int64_t> published;
    int64_t time = 0;  // published, else fetched
    int64_t at = 0;    // its time on the store's clock (see Clock: an undated one moves back)
    std::optional<std::string> duplicate_of;
    std::vector<std::string> translation_of;
  };
  // The live articles of a story, by time, then id.
  Result<std::vector<StoryArticle>> StoryArticles(const std::string& story_id);
  // Reprint and translation links whose both ends are live articles of the story.
  Result<std::vector<ArticleLink>> StoryLinks(const std::string& story_id);

  struct EntityVariant {
    std::string text;
    int64_t count = 0;
  };
  struct StoryEntity {
    std::string canonical, type;
    int64_t mentions = 0;        // in the story's live articles
    int64_t store_mentions = 0;  // in the whole store, live or not
    // How much the entity says about this story: mentions × log(1 + store_articles /
    // store_mentions), as a keyword's weight is its count times its rarity. "Tokyo", in a
    // fifth of the Olympic headlines, ranks below the skater a story is about.
    double salience = 0;
    std::vector<EntityVariant> variants;  // most frequent first
  };
  // Entities mentioned in the story's live articles: those mentioned at least twice first, each
  // group most salient first (then most mentioned, then by name); `store_articles` is the number of articles in the store (CountArticles), the
  // scale of the entities' rarity. A person named by one word is counted with the story's only
  // person of several words that begins or ends with it ("Takato" with "Naohisa Takato", its
  // variants and store mentions added); when several do ("Gasol": Pau and Marc Gasol) or none,
  // it stays apart.
  Result<std::vector<StoryEntity>> StoryEntities(const std::string& story_id,
                                                 int64_t store_articles);

  struct StoryQuote {
    std::string speaker, text, article_id;
  };
  // Quotations of the story's live articles, by article time, then position.
  Result<std::vector<StoryQuote>> StoryQuotes(const std::string& story_id);

  // Rejections whose input starts with `prefix`, oldest first.
  Result<std::vector<Rejection>> RejectionsFrom(const std::string& prefix);
  // --- end of HTTP API queries ---

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  Status Exec(const char* sql);
  // Applies the migrations this database lacks, in one write transaction; a database already at
  // this program's version is only read.
  Status Migrate();
  // The highest version recorded in schema_version (0 when none is); fails when the table is
  // missing.
  Result<int> StoredSchemaVersion();
  // Switches a new database to write-ahead logging; a database already in WAL mode is left alone.
  Status UseWal();
  Status LoadLinks(Article& a);
  Status ReplacePlaces(const Article& a);
  Status LoadPlaces(Article& a);
  // The entities bound statement `q` selects (columns id, canonical, type, mentions), each with
  // at most `max_spellings` spellings, most used first.
  Result<std::vector<NamedEntity>> ReadNamedEntities(Statement& q, size_t max_spellings);
  // Sets a story's title to the most central headline (store/story_headline.h) of its latest
  // kTitleArticles articles, word rarity from a store of `store_articles` articles;
  // `known_counts` as for TermDocumentCounts.
  static constexpr size_t kTitleArticles = 1000;
  Status WriteStoryTitle(const std::string& story_id, int64_t store_articles,
                         std::unordered_map<std::string, int64_t>* known_counts);
  // WriteStoryTitle for each story refreshed in the transaction, before its commit: the
  // article count and the index's term counts read once for all of them (no article is
  // written in between).
  Status WritePendingTitles();

  sqlite3* db_;
  int schema_version_ = 0;
  std::set<std::string> titles_pending_;  // stories refreshed in the transaction, title not yet
};

}  // namespace storytrace

#endif  // STORYTRACE_STORE_STORE_H_
