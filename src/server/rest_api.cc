// The /api/v1 endpoints.
#include "server/rest_api.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_set>

#include "core/article_json.h"
#include "core/time.h"
#include "geo/story_places.h"
#include "server/http_response.h"
#include "server/request_parsing.h"
#include "server/story_summary.h"
#include "server/timeline.h"

namespace storytrace {
namespace {

using Json = nlohmann::ordered_json;

constexpr int64_t kDefaultLimit = 20;
constexpr int64_t kMaxStoryLimit = 500;
constexpr int kStoryArticlesPerLang = 100;  // articles listed per language in a story's detail
constexpr size_t kQuoteArticleIds = 20;     // article ids listed per quotation
constexpr int64_t kMaxSearchLimit = 100;
constexpr int64_t kMaxEntityLimit = 100;
constexpr size_t kEntitySpellings = 20;  // spellings listed per entity
constexpr int64_t kMaxQuoteLimit = 500;
constexpr size_t kMaxSpeakers = 100;     // entities a speaker's name is taken to denote

Json OptTime(const std::optional<int64_t>& t) {
  return t ? Json(FormatIso8601(*t)) : Json(nullptr);
}

// Borrows a read connection, or answers 503/500 and returns null.
std::unique_ptr<StorePool::Lease> Borrow(StorePool& readers, httplib::Response& res) {
  auto lease = readers.Acquire();
  if (!lease.ok()) {
    SendStatus(res, lease.status());
    return nullptr;
  }
  return std::move(lease).value();
}

// A borrowed read connection with a snapshot open on it, so that the queries of one response
// see one state of the database; the snapshot ends before the connection goes back.
class SnapshotLease {
 public:
  explicit SnapshotLease(std::unique_ptr<StorePool::Lease> lease)
      : lease_(std::move(lease)), snapshot_(**lease_) {}
  const Status& status() const { return snapshot_.status(); }
  Store* operator->() const { return &**lease_; }
  Store& operator*() const { return **lease_; }

 private:
  std::unique_ptr<StorePool::Lease> lease_;
  ReadSnapshot snapshot_;
};

// Borrows a read connection and opens a snapshot on it, or answers 503/500 and returns null.
std::unique_ptr<SnapshotLease> BorrowSnapshot(StorePool& readers, httplib::Response& res) {
  auto lease = Borrow(readers, res);
  if (!lease) return nullptr;
  auto store = std::make_unique<SnapshotLease>(std::move(lease));
  if (!store->status().ok()) {
    SendStatus(res, store->status());
    return nullptr;
  }
  return store;
}

// An optional integer parameter: `fallback` when absent, nullopt (after answering 400) when
// present but not an integer in [min, max].
std::optional<int64_t> IntParam(const httplib::Request& req, const char* name, int64_t fallback,
                                int64_t min, int64_t max, httplib::Response& res) {
  if (!req.has_param(name)) return fallback;
  auto v = ParseInteger(req.get_param_value(name), min, max);
  if (!v) SendError(res, 400, fmt::format("'{}' must be an integer from {} to {}", name, min, max));
  return v;
}

// An optional text parameter: "" when absent, nullopt (after answering 400) when present but
// blank.
std::optional<std::string> TextParam(const httplib::Request& req, const char* name,
                                     httplib::Response& res) {
  std::string v = req.get_param_value(name);
  if (req.has_param(name) && v.find_first_not_of(" \t\r\n") == std::string::npos) {
    SendError(res, 400, fmt::format("empty parameter '{}'", name));
    return std::nullopt;
  }
  return v;
}

// Adds "timeline" and "timeline_bucket_hours" from a story's live articles.
void AddArticleViews(const std::vector<Store::StoryArticle>& articles, Json& j) {
  std::vector<int64_t> times;
  for (const auto& a : articles) times.push_back(a.time);
  Timeline timeline = BuildTimeline(times);
  j["timeline"] = TimelineToJson(timeline);
  j["timeline_bucket_hours"] = timeline.bucket_seconds / 3600;
}

}  // namespace

void HandleHealth(StorePool& readers, httplib::Response& res) {
  auto store = Borrow(readers, res);
  if (!store) return;
  auto counts = (*store)->CountRows();
  if (!counts.ok()) return SendStatus(res, counts.status());
  SendJson(res, {{"status", "ok"},
                 {"articles", counts.value().articles},
                 {"stories", counts.value().stories},
                 {"schema_version", (*store)->schema_version()}});
}

void HandleMetrics(StorePool& readers, ArticleWriter& writer, const ServerCounters& counters,
                   httplib::Response& res) {
  auto store = Borrow(readers, res);
  if (!store) return;
  auto counts = (*store)->CountRows();
  if (!counts.ok()) return SendStatus(res, counts.status());
  IngestCounters ingest = writer.counters();
  double minutes = counters.uptime_seconds / 60;
  Json j;
  j["articles"] = counts.value().articles;
  j["stories"] = counts.value().stories;
  j["links"] = counts.value().links;
  j["rejected"] = counts.value().rejected;
  j["uptime_seconds"] = std::round(counters.uptime_seconds * 10) / 10;
  j["requests_total"] = counters.requests_total;
  j["ingested_total"] = ingest.total;
  j["ingest_rate_per_minute"] = ingest.last_minute;
  j["ingest_rate_per_minute_lifetime"] =
      minutes > 0 ? std::round(ingest.total / minutes * 10) / 10 : 0.0;
  SendJson(res, j);
}

void HandleListStories(StorePool& readers, const Stopwords& stopwords, const httplib::Request& req,
                       httplib::Response& res) {
  Store::StoryQuery q;
  if (req.has_param("hours")) {
    auto hours = ParseNumber(req.get_param_value("hours"), 0, 1e6);
    if (!hours) return SendError(res, 400, "'hours' must be a number from 0 to 1000000");
    q.window_seconds = std::llround(*hours * 3600);
  }
  q.lang = req.get_param_value("lang");
  if (!q.lang.empty() && !IsLanguageCode(q.lang)) {
    return SendError(res, 400, "'lang' must be a language code such as 'de'");
  }
  q.source = req.get_param_value("source");
  q.entity = req.get_param_value("entity");
  auto order = StoryOrderFromName(req.has_param("sort") ? req.get_param_value("sort") : "size");
  if (!order) return SendError(res, 400, "'sort' must be size, recent or growth");
  q.order = *order;
  auto limit = IntParam(req, "limit", kDefaultLimit, 1, kMaxStoryLimit, res);
  if (!limit) return;
  auto offset = IntParam(req, "offset", 0, 0, int64_t{1} << 40, res);
  if (!offset) return;
  q.limit = *limit;
  q.offset = *offset;

  auto store = BorrowSnapshot(readers, res);
  if (!store) return;
  auto page = (*store)->FindStories(q);
  if (!page.ok()) return SendStatus(res, page.status());
  auto context = ReadSummaryContext(**store, &stopwords);
  if (!context.ok()) return SendStatus(res, context.status());
  Json stories = Json::array();
  for (const Store::StoryMatch& m : page.value().stories) {
    auto articles = (*store)->StoryArticles(m.story.id);
    if (!articles.ok()) return SendStatus(res, articles.status());
    auto j = ListedStoryToJson(**store, context.value(), m, articles.value());
    if (!j.ok()) return SendStatus(res, j.status());
    AddArticleViews(articles.value(), j.value());
    stories.push_back(std::move(j.value()));
  }
  SendJson(res, {{"stories", std::move(stories)},
                 {"total", page.value().total},
                 {"limit", q.limit},
                 {"offset", q.offset}});
}

void HandleGetStory(StorePool& readers, const Stopwords& stopwords, const std::string& requested,
                    httplib::Response& res) {
  auto store = BorrowSnapshot(readers, res);
  if (!store) return;
  // A story merged into another answers with the one it became (GetStory resolves aliases).
  auto story = (*store)->GetStory(requested);
  if (!story.ok()) return SendStatus(res, story.status());
  if (!story.value()) return SendError(res, 404, "no story '" + requested + "'");
  const std::string id = story.value()->id;
  auto articles = (*store)->StoryArticles(id);
  if (!articles.ok()) return SendStatus(res, articles.status());
  if (articles.value().empty()) return SendError(res, 404, "no story '" + id + "'");
  auto links = (*store)->StoryLinks(id);
  if (!links.ok()) return SendStatus(res, links.status());
  auto context = ReadSummaryContext(**store, &stopwords);
  if (!context.ok()) return SendStatus(res, context.status());
  auto entities = (*store)->StoryEntities(id, context.value().articles);
  if (!entities.ok()) return SendStatus(res, entities.status());
  auto quotes = (*store)->StoryQuotes(id);
  if (!quotes.ok()) return SendStatus(res, quotes.status());
  auto places = (*store)->ListPlaceRows(id, /*live_only=*/true);
  if (!places.ok()) return SendStatus(res, places.status());

  Json j = StoryToJson(*story.value());
  auto summary = SummarizeStory(**store, articles.value(), context.value());
  if (!summary.ok()) return SendStatus(res, summary.status());
  SummaryToJson(summary.value(), j);
  j["clusters"] = ClustersToJson(summary.value());
  // The earliest published article; the earliest by any time when none has a date.
  const Store::StoryArticle* first = &articles.value().front();
  for (const auto& a : articles.value()) {
    if (a.published && (!first->published || *a.published < *first->published)) first = &a;
  }
  j["first_article"] = first->id;
  // A story with hundreds of reprints must stay a page, not a dump: per language the latest
  // kStoryArticlesPerLang articles are listed (and the first report), the counts in full.
  std::map<std::string, int> in_lang;
  for (const auto& a : articles.value()) ++in_lang[a.lang];
  std::map<std::string, int> skip = in_lang;  // articles to pass over before listing
  for (auto& [lang, n] : skip) n = std::max(0, n - kStoryArticlesPerLang);
  std::map<std::string, Json> by_lang;
  std::unordered_set<std::string> listed;
  for (const auto& a : articles.value()) {
    if (skip[a.lang] > 0 && &a != first) {
      --skip[a.lang];
      continue;
    }
    listed.insert(a.id);
    Json item;
    item["id"] = a.id;
    item["title"] = a.title;
    item["source"] = a.source;
    item["cluster_id"] = a.cluster_id;
    item["published"] = OptTime(a.published);
    item["url"] = a.url;
    item["duplicate_of"] = a.duplicate_of ? Json(*a.duplicate_of) : Json(nullptr);
    item["translation_of"] = a.translation_of;
    auto& list = by_lang[a.lang];
    if (list.is_null()) list = Json::array();
    list.push_back(std::move(item));
  }
  Json langs = Json::object();
  for (auto& [lang, list] : by_lang) langs[lang] = std::move(list);
  j["articles_by_lang"] = std::move(langs);
  j["article_counts_by_lang"] = in_lang;
  // Links between listed articles.
  Json link_list = Json::array();
  for (const ArticleLink& l : links.value()) {
    if (!listed.count(l.src) || !listed.count(l.dst)) continue;
    link_list.push_back({{"src", l.src}, {"dst", l.dst}, {"kind", l.kind}, {"score", l.score}});
  }
  j["links"] = std::move(link_list);
  j["entities"] = StoryEntitiesToJson(entities.value());
  // One entry per quotation and speaker, however many reprints repeat it: the articles
  // carrying it (listed ones first, at most kQuoteArticleIds ids) and their number.
  struct QuoteGroup {
    const Store::StoryQuote* quote;
    std::vector<const std::string*> ids;
    int articles = 0;
  };
  std::vector<QuoteGroup> groups;
  std::map<std::pair<std::string, std::string>, size_t> group_of;
  for (const Store::StoryQuote& q : quotes.value()) {
    auto [it, added] = group_of.try_emplace({q.speaker, q.text}, groups.size());
    if (added) groups.push_back({&q, {}, 0});
    QuoteGroup& g = groups[it->second];
    ++g.articles;
    if (g.ids.size() < kQuoteArticleIds && listed.count(q.article_id)) g.ids.push_back(&q.article_id);
  }
  Json quote_list = Json::array();
  for (const QuoteGroup& g : groups) {
    Json ids = Json::array();
    for (const std::string* id : g.ids) ids.push_back(*id);
    quote_list.push_back({{"speaker", g.quote->speaker},
                          {"text", g.quote->text},
                          {"article_id", g.ids.empty() ? g.quote->article_id : *g.ids.front()},
                          {"article_ids", std::move(ids)},
                          {"articles", g.articles}});
  }
  j["quotes"] = std::move(quote_list);
  Json place_list = Json::array();
  for (const StoryPlace& p : AggregatePlaces(std::move(places).value())) {
    Json pj = PlaceToJson(p.name, p.kind, p.country, p.lat, p.lng);
    pj["articles"] = p.articles;
    pj["mentions"] = p.mentions;
    pj["focus"] = p.focus;
    place_list.push_back(std::move(pj));
  }
  j["places"] = std::move(place_list);
  AddArticleViews(articles.value(), j);
  res.set_header(kStoryHeader, id);
  SendJson(res, j);
}

void HandleGetArticle(StorePool& readers, const std::string& id, const httplib::Request& req,
                      httplib::Response& res) {
  auto store = BorrowSnapshot(readers, res);
  if (!store) return;
  auto article = (*store)->GetArticle(id);
  if (!article.ok()) return SendStatus(res, article.status());
  if (!article.value()) return SendError(res, 404, "no article '" + id + "'");
  auto live = (*store)->IsLive(id);
  if (!live.ok()) return SendStatus(res, live.status());
  if (!live.value()) return SendError(res, 404, "article '" + id + "' has expired");
  std::string raw = req.get_param_value("raw");
  SendJson(res, ArticleToJson(*article.value(), raw == "1" || raw == "true"));
}

void HandleSearch(StorePool& readers, const QueryExpander& expander, const httplib::Request& req,
                  httplib::Response& res) {
  std::string query = req.get_param_value("q");
  if (query.find_first_not_of(" \t\r\n") == std::string::npos) {
    return SendError(res, 400, "missing or empty parameter 'q'");
  }
  auto limit = IntParam(req, "limit", kDefaultLimit, 1, kMaxSearchLimit, res);
  if (!limit) return;
  // Words are widened with their dictionary translations unless expand=0.
  const std::string expand = req.has_param("expand") ? req.get_param_value("expand") : "1";
  if (expand != "0" && expand != "1") return SendError(res, 400, "'expand' must be 0 or 1");
  auto store = BorrowSnapshot(readers, res);
  if (!store) return;
  QueryExpansion expansion;
  if (expand == "1") expansion = expander.Expand(query, StoreNameLookup(**store));
  const std::string& fts = expansion.fts;
  // Ask for more than needed: expired articles are dropped afterwards.
  auto hits = fts.empty() ? (*store)->Search(query, *limit * 2 + 10)
                          : (*store)->SearchExpression(fts, *limit * 2 + 10);
  if (!hits.ok()) return SendStatus(res, hits.status());
  std::vector<std::string> ids;
  for (const SearchHit& h : hits.value()) ids.push_back(h.id);
  auto live = (*store)->LiveAmong(ids);
  if (!live.ok()) return SendStatus(res, live.status());
  std::set<std::string> live_ids(live.value().begin(), live.value().end());
  Json out = Json::array();
  for (const SearchHit& h : hits.value()) {
    if (static_cast<int64_t>(out.size()) >= *limit) break;
    if (!live_ids.count(h.id)) continue;
    out.push_back({{"id", h.id},
                   {"title", h.title},
                   {"snippet", h.snippet},
                   {"score", std::round(-h.score * 1000) / 1000}});
  }
  // The entities each name was taken to denote: several when it is ambiguous.
  Json names = Json::array();
  for (const QueryExpansion::Name& n : expansion.names) {
    Json entities = Json::array();
    for (const Store::NamedEntity& e : n.entities) {
      entities.push_back({{"id", e.id}, {"canonical", e.canonical}, {"type", e.type},
                          {"mentions", e.mentions}});
    }
    names.push_back({{"text", n.text}, {"entities", std::move(entities)}});
  }
  SendJson(res, {{"hits", std::move(out)},
                {"translations", expansion.translations},
                {"spellings", expansion.spellings},
                {"names", std::move(names)}});
}

void HandleListEntities(StorePool& readers, const httplib::Request& req, httplib::Response& res) {
  const auto name = TextParam(req, "name", res);
  if (!name) return;
  auto limit = IntParam(req, "limit", kDefaultLimit, 1, kMaxEntityLimit, res);
  if (!limit) return;
  auto store = BorrowSnapshot(readers, res);
  if (!store) return;
  const auto n = static_cast<size_t>(*limit);
  auto entities = name->empty() ? (*store)->MostMentionedEntities(n, kEntitySpellings)
                                : (*store)->EntitiesNamed(*name, n, kEntitySpellings,
                                                          Store::NameMatch::kClose);
  if (!entities.ok()) return SendStatus(res, entities.status());
  Json out = Json::array();
  for (const Store::NamedEntity& e : entities.value()) {
    out.push_back({{"id", e.id},
                   {"canonical", e.canonical},
                   {"type", e.type},
                   {"mentions", e.mentions},
                   {"spellings", e.spellings}});
  }
  SendJson(res, {{"entities", std::move(out)}});
}

void HandleListQuotes(StorePool& readers, const httplib::Request& req, httplib::Response& res) {
  const auto speaker_param = TextParam(req, "speaker", res);
  if (!speaker_param) return;
  const std::string& speaker = *speaker_param;
  auto limit = IntParam(req, "limit", kDefaultLimit, 1, kMaxQuoteLimit, res);
  if (!limit) return;
  auto store = BorrowSnapshot(readers, res);
  if (!store) return;
  std::string story;
  if (req.has_param("story")) {
    auto resolved = (*store)->ResolveStoryId(req.get_param_value("story"));
    if (!resolved.ok()) return SendStatus(res, resolved.status());
    story = resolved.value();
  }
  Json speakers = Json::array();
  std::vector<std::string> speaker_ids;
  if (!speaker.empty()) {
    auto named = (*store)->EntitiesNamed(speaker, kMaxSpeakers, 0, Store::NameMatch::kClose);
    if (!named.ok()) return SendStatus(res, named.status());
    for (const Store::NamedEntity& e : named.value()) {
      speaker_ids.push_back(e.id);
      speakers.push_back({{"id", e.id}, {"canonical", e.canonical}});
    }
  }
  Json out = Json::array();
  if (speaker.empty() || !speaker_ids.empty()) {
    auto quotes = (*store)->ListQuotes(speaker_ids, story, *limit, /*live_only=*/true);
    if (!quotes.ok()) return SendStatus(res, quotes.status());
    for (const QuoteRow& q : quotes.value()) {
      out.push_back({{"article_id", q.article_id},
                     {"text", q.text},
                     {"speaker", q.speaker_canonical.empty() ? q.speaker : q.speaker_canonical},
                     {"speaker_as_written", q.speaker},
                     {"speaker_entity", q.speaker_entity},
                     {"source", q.source},
                     {"published", OptTime(q.published)},
                     {"story_id", q.story_id}});
    }
  }
  Json j = {{"quotes", std::move(out)}};
  if (!speaker.empty()) j["speakers"] = std::move(speakers);
  SendJson(res, j);
}

void HandleWorldMap(const std::string& map_json, httplib::Response& res) {
  if (map_json.empty()) {
    return SendError(res, 404, "no world map in the data directory (run scripts/setup.sh)");
  }
  res.status = 200;
  res.set_header("Cache-Control", "max-age=86400");
  res.set_content(map_json, "application/json");
}

void HandlePostArticles(ArticleWriter& writer, const httplib::Request& req, const std::string& body,
                        httplib::Response& res) {
  std::vector<std::string> records;
  std::string type = req.get_header_value("Content-Type");
  if (type.find("ndjson") != std::string::npos || type.find("jsonl") != std::string::npos) {
    std::string_view rest(body);
    while (!rest.empty()) {
      size_t eol = rest.find('\n');
      std::string_view line = rest.substr(0, eol);
      rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") != std::string_view::npos) records.emplace_back(line);
    }
  } else {
    nlohmann::json parsed;
    try {
      parsed = nlohmann::json::parse(body);
    } catch (const nlohmann::json::parse_error& e) {
      return SendError(res, 400, std::string("invalid JSON: ") + e.what());
    }
    if (parsed.is_array()) {
      for (const auto& element : parsed) records.push_back(element.dump());
    } else if (parsed.is_object()) {
      records.push_back(parsed.dump());
    } else {
      return SendError(res, 400, "expected a JSON object or an array of objects");
    }
  }
  auto report = writer.IngestRecords(records);
  if (!report.ok()) return SendStatus(res, report.status());
  const BatchReport& r = report.value();
  Json rejected = Json::array();
  for (const auto& x : r.rejected) rejected.push_back({{"index", x.index}, {"reason", x.reason}});
  SendJson(res, {{"inserted", r.inserted},
                 {"updated", r.updated},
                 {"unchanged", r.unchanged},
                 {"duplicate_content", r.duplicate_content},
                 {"rejected", std::move(rejected)}});
}

}  // namespace storytrace
