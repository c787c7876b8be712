// Subcommand implementations: open the store, run a stage, render the result.
#include "cli/commands.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/command_support.h"
#include "cli/output.h"
#include "core/article_json.h"
#include "core/data_dir.h"
#include "core/time.h"
#include "dedup/lexicon_builder.h"
#include "entities/gazetteer.h"
#include "entities/mention_finder.h"
#include "server/query_expansion.h"
#include "server/story_summary.h"
#include "store/store.h"

namespace storytrace {
namespace {

const std::vector<Column> kStoryColumns = {{"id", "STORY", 28},
                                           {"article_count", "ARTICLES", 8},
                                           {"languages", "LANGS", 14},
                                           {"first_published", "FIRST", 20},
                                           {"last_published", "LAST", 20},
                                           {"title", "TITLE", 70}};
const std::vector<Column> kRankedStoryColumns = {{"id", "STORY", 28},
                                                 {"matching_articles", "ARTICLES", 8},
                                                 {"articles_24h", "24H", 5},
                                                 {"growth", "GROWTH", 6},
                                                 {"breaking", "BREAKING", 8},
                                                 {"languages", "LANGS", 14},
                                                 {"last_published", "LAST", 20},
                                                 {"headline", "HEADLINE", 60}};
const std::vector<Column> kArticleColumns = {{"id", "ID", 28},
                                             {"lang", "LANG", 4},
                                             {"published", "PUBLISHED", 20},
                                             {"source", "SOURCE", 18},
                                             {"story_id", "STORY", 28},
                                             {"title", "TITLE", 60}};

// The stopword lists summaries keep out of keywords; nullopt (keywords keep them) when the
// data directory has none.
std::optional<Stopwords> SummaryStopwords(const CommonOptions& o) {
  auto stopwords = Stopwords::Load(FindDataDir(o.data_dir));
  if (!stopwords.ok()) return std::nullopt;
  return std::move(stopwords).value();
}

// `stories --sort/--hours`: the stories with live articles, ranked and filtered as the HTTP
// API's story listing is, each with its summary.
int ListRankedStories(const CommonOptions& o, const StoryListOptions& l, Store& store,
                      OutputFormat f) {
  Store::StoryQuery q;
  q.lang = o.lang;
  q.limit = o.limit;
  if (l.hours) q.window_seconds = std::llround(*l.hours * 3600);
  // main.cc lets only the names StoryOrderFromName knows through; no --sort: by size.
  if (!l.sort.empty()) q.order = StoryOrderFromName(l.sort).value_or(q.order);
  auto page = store.FindStories(q);
  if (Failed(page)) return kExitFailure;
  const std::optional<Stopwords> stopwords = SummaryStopwords(o);
  auto context = ReadSummaryContext(store, stopwords ? &*stopwords : nullptr);
  if (Failed(context)) return kExitFailure;
  std::vector<nlohmann::ordered_json> rows;
  for (const Store::StoryMatch& m : page.value().stories) {
    auto articles = store.StoryArticles(m.story.id);
    if (Failed(articles)) return kExitFailure;
    auto j = ListedStoryToJson(store, context.value(), m, articles.value());
    if (Failed(j)) return kExitFailure;
    rows.push_back(std::move(j.value()));
  }
  WriteRows(std::cout, rows, f, kRankedStoryColumns);
  return kExitOk;
}

}  // namespace

int RunLinks(const CommonOptions& o, const std::string& kind) {
  if (!kind.empty() && kind != "reprint" && kind != "translation") {
    Error(fmt::format("unknown --kind '{}' (reprint or translation)", kind));
    return kExitUsage;
  }
  OutputFormat f;
  int rc = kExitOk;
  auto store = OpenForListing(o, &f, &rc);
  if (!store) return rc;
  auto links = store->ListLinks(kind);
  if (Failed(links)) return kExitFailure;
  std::vector<nlohmann::ordered_json> rows;
  for (const ArticleLink& l : links.value()) {
    rows.push_back({{"src", l.src}, {"dst", l.dst}, {"kind", l.kind},
                    {"score", std::round(l.score * 1000) / 1000}});
  }
  WriteRows(std::cout, rows, f, {{"kind", "KIND", 11}, {"src", "ARTICLE", 34}, {"dst", "OF", 34},
                                 {"score", "SCORE", 6}});
  return kExitOk;
}

namespace {

std::string IsoOrNull(const std::optional<int64_t>& t) { return t ? FormatIso8601(*t) : ""; }

nlohmann::ordered_json EntityToJson(const EntitySummary& e) {
  nlohmann::ordered_json variants = nlohmann::ordered_json::array();
  std::string list;
  for (const auto& [text, count] : e.variants) {
    variants.push_back({{"text", text}, {"count", count}});
    list += (list.empty() ? "" : ", ") + text;
  }
  nlohmann::ordered_json j{{"id", e.entity.id},           {"canonical", e.entity.canonical},
                           {"type", e.entity.type},       {"mentions", e.mentions},
                           {"articles", e.articles},      {"variants", variants},
                           {"variant_list", list},        {"first_source", e.first_source},
                           {"first_seen", e.first_seen ? nlohmann::ordered_json(IsoOrNull(e.first_seen)) : nullptr}};
  if (!e.entity.country.empty()) j["country"] = e.entity.country;
  if (e.entity.lat) j["lat"] = *e.entity.lat;
  if (e.entity.lng) j["lng"] = *e.entity.lng;
  return j;
}

}  // namespace

int RunEntities(const CommonOptions& o, const std::string& name) {
  OutputFormat f;
  int rc = kExitOk;
  auto store = OpenForListing(o, &f, &rc);
  if (!store) return rc;
  if (!name.empty()) {
    auto named = store->EntitiesNamed(name, o.limit < 0 ? 10 : static_cast<size_t>(o.limit), 100,
                                      Store::NameMatch::kClose);
    if (Failed(named)) return kExitFailure;
    std::vector<nlohmann::ordered_json> rows;
    for (const Store::NamedEntity& e : named.value()) {
      rows.push_back({{"id", e.id}, {"canonical", e.canonical}, {"spellings", e.spellings},
                      {"spelling_list", fmt::format("{}", fmt::join(e.spellings, ", "))}});
      if (f != OutputFormat::kTable) rows.back().erase("spelling_list");
    }
    WriteRows(std::cout, rows, f,
              {{"id", "ID", 24}, {"canonical", "ENTITY", 28}, {"spelling_list", "SPELLINGS", 70}});
    return kExitOk;
  }
  auto entities = store->ListEntities(o.story, o.limit);
  if (Failed(entities)) return kExitFailure;
  std::vector<nlohmann::ordered_json> rows;
  for (const EntitySummary& e : entities.value()) {
    auto j = EntityToJson(e);
    if (f != OutputFormat::kTable) j.erase("variant_list");
    rows.push_back(std::move(j));
  }
  WriteRows(std::cout, rows, f,
            {{"type", "TYPE", 4}, {"canonical", "ENTITY", 28}, {"mentions", "N", 4},
             {"articles", "ARTS", 4}, {"variant_list", "VARIANTS", 60}});
  return kExitOk;
}

// The most entities a speaker's name is taken to denote.
constexpr size_t kMaxSpeakers = 100;

int RunQuotes(const CommonOptions& o, const std::string& speaker) {
  OutputFormat f;
  int rc = kExitOk;
  auto store = OpenForListing(o, &f, &rc);
  if (!store) return rc;
  std::vector<std::string> speakers;
  if (!speaker.empty()) {
    // Any entity one of whose spellings (or its surname) is the asked name, up to spelling
    // variation: "Sacharowa" finds Maria Zakharova.
    auto named = store->EntitiesNamed(speaker, kMaxSpeakers, 0, Store::NameMatch::kClose);
    if (Failed(named)) return kExitFailure;
    for (const Store::NamedEntity& e : named.value()) speakers.push_back(e.id);
    if (speakers.empty()) {
      WriteRows(std::cout, {}, f, {});
      return kExitOk;
    }
  }
  auto quotes = store->ListQuotes(speakers, o.story, o.limit);
  if (Failed(quotes)) return kExitFailure;
  std::vector<nlohmann::ordered_json> rows;
  for (const QuoteRow& q : quotes.value()) {
    rows.push_back({{"article_id", q.article_id},
                    {"speaker", q.speaker_canonical.empty() ? q.speaker : q.speaker_canonical},
                    {"speaker_as_written", q.speaker},
                    {"speaker_entity", q.speaker_entity},
                    {"text", q.text},
                    {"source", q.source},
                    {"published", q.published ? nlohmann::ordered_json(IsoOrNull(q.published)) : nullptr},
                    {"story_id", q.story_id}});
  }
  WriteRows(std::cout, rows, f,
            {{"speaker", "SPEAKER", 24}, {"article_id", "ARTICLE", 22}, {"text", "QUOTE", 80}});
  return kExitOk;
}

int RunBuildLexicon(const CommonOptions& o, const std::string& dictd_dir,
                    const std::string& out_dir, const std::string& pairs_dir) {
  std::string data_dir = FindDataDir(o.data_dir);
  auto stopwords = Stopwords::Load(data_dir);
  if (Failed(stopwords)) return kExitFailure;
  std::string out = out_dir.empty() ? data_dir + "/lexicon" : out_dir;
  auto reports = BuildLexicons(dictd_dir, out, stopwords.value(), pairs_dir);
  if (Failed(reports)) return kExitFailure;
  for (const LexiconBuildReport& r : reports.value()) {
    std::cerr << fmt::format("{}/{}: {} source stems, {} pairs\n", out, r.file, r.entries, r.pairs);
  }
  return kExitOk;
}

int RunDumpDictionary(const std::string& base) {
  auto pairs = ReadDictd(base);
  if (Failed(pairs)) return kExitFailure;
  for (const DictPair& p : pairs.value()) std::cout << p.headword << '\t' << p.translation << '\n';
  return std::cout.good() ? kExitOk : kExitFailure;
}

namespace {
// The articles `--lang`, `--story` and `--limit` select.
ArticleFilter ListingFilter(const CommonOptions& o) {
  ArticleFilter filter;
  filter.lang = o.lang;
  filter.story_id = o.story;
  filter.limit = o.limit;
  return filter;
}
}  // namespace

int RunExport(const CommonOptions& o) {
  OutputFormat f;
  int rc = kExitOk;
  auto store = OpenForListing(o, &f, &rc);
  if (!store) return rc;
  if (f == OutputFormat::kTable) f = OutputFormat::kJsonl;  // export has no table form
  // In the order ingest stored them (its stream order), so that ingesting the export again
  // meets each undated article where the first ingest did and gives the same stories.
  ArticleFilter filter = ListingFilter(o);
  filter.stream_order = true;
  auto articles = store->ListArticles(filter);
  if (Failed(articles)) return kExitFailure;
  std::vector<nlohmann::ordered_json> rows;
  for (const auto& a : articles.value()) rows.push_back(ArticleToJson(a, o.with_raw));
  WriteRows(std::cout, rows, f, {});
  return kExitOk;
}

int RunStories(const CommonOptions& o, const StoryListOptions& l) {
  OutputFormat f;
  int rc = kExitOk;
  auto store = OpenForListing(o, &f, &rc);
  if (!store) return rc;
  if (!l.sort.empty() || l.hours) return ListRankedStories(o, l, *store, f);
  auto stories = store->ListStories(o.lang);
  if (Failed(stories)) return kExitFailure;
  std::vector<nlohmann::ordered_json> rows;
  for (const auto& s : stories.value()) {
    if (o.limit >= 0 && static_cast<long long>(rows.size()) >= o.limit) break;
    rows.push_back(StoryToJson(s));
  }
  WriteRows(std::cout, rows, f, kStoryColumns);
  return kExitOk;
}

// How many sources and entities the story table names (most articles, most salient first).
constexpr size_t kStorySourcesShown = 5;
constexpr size_t kStoryEntitiesShown = 8;

int RunStory(const CommonOptions& o, const std::string& id) {
  OutputFormat f;
  int rc = kExitOk;
  auto store = OpenForListing(o, &f, &rc);
  if (!store) return rc;
  auto story = store->GetStory(id);
  if (Failed(story)) return kExitFailure;
  if (!story.value()) {
    Error(fmt::format("no story '{}'", id));
    return kExitFailure;
  }
  // GetStory answers an id merged into another story with that story.
  const std::string& story_id = story.value()->id;
  ArticleFilter filter;
  filter.story_id = story_id;
  auto articles = store->ListArticles(filter);
  if (Failed(articles)) return kExitFailure;
  auto live = store->StoryArticles(story_id);
  if (Failed(live)) return kExitFailure;
  const std::optional<Stopwords> stopwords = SummaryStopwords(o);
  auto context = ReadSummaryContext(*store, stopwords ? &*stopwords : nullptr);
  if (Failed(context)) return kExitFailure;
  auto summary = SummarizeStory(*store, live.value(), context.value());
  if (Failed(summary)) return kExitFailure;
  auto entities = store->StoryEntities(story_id, context.value().articles);
  if (Failed(entities)) return kExitFailure;
  nlohmann::ordered_json j = StoryToJson(*story.value());
  SummaryToJson(summary.value(), j);
  j["clusters"] = ClustersToJson(summary.value());
  j["entities"] = StoryEntitiesToJson(entities.value());
  std::vector<nlohmann::ordered_json> rows;
  for (const auto& a : articles.value()) rows.push_back(ArticleToJson(a));
  if (f == OutputFormat::kTable) {
    const Story& st = *story.value();
    auto when = [](const std::optional<int64_t>& t) { return t ? FormatIso8601(*t) : "-"; };
    const StorySummary& sm = summary.value();
    // "1 article", "2 articles".
    auto counted = [](int64_t n, const char* noun) {
      return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
    };
    std::cout << fmt::format("{}  {}\n{}, languages {}, first {}, last {}\n", st.id,
                             sm.headline.empty() ? st.title : sm.headline,
                             counted(st.article_count, "article"),
                             fmt::join(st.languages, ", "), when(st.first_published),
                             when(st.last_published));
    std::cout << fmt::format("keywords: {}\nlast 24 h: {} (growth {:.1f}x)\n",
                             fmt::join(sm.keywords, ", "), counted(sm.articles_24h, "article"),
                             sm.growth);
    // The most frequent sources and the most salient entities; the JSON lists all of them.
    std::vector<std::string> shown;
    for (size_t k = 0; k < sm.sources.size() && k < kStorySourcesShown; ++k) {
      shown.push_back(fmt::format("{} ({})", sm.sources[k].first, sm.sources[k].second));
    }
    if (sm.sources.size() > shown.size()) shown.push_back("…");
    std::cout << fmt::format("sources: {}{}\n", sm.sources.size(),
                             shown.empty() ? "" : fmt::format(": {}", fmt::join(shown, ", ")));
    shown.clear();
    for (size_t k = 0; k < entities.value().size() && k < kStoryEntitiesShown; ++k) {
      const Store::StoryEntity& e = entities.value()[k];
      shown.push_back(fmt::format("{} ({} {})", e.canonical, e.type, e.mentions));
    }
    std::cout << fmt::format("entities: {}\n",
                             shown.empty() ? "-" : fmt::format("{}", fmt::join(shown, ", ")));
    for (const auto& [lang, title] : sm.titles) std::cout << fmt::format("  [{}] {}\n", lang, title);
    std::cout << fmt::format(
        "{}:\n", counted(static_cast<int64_t>(sm.clusters.size()), "language cluster"));
    for (const StoryCluster& c : sm.clusters) {
      std::string span = FormatIso8601(c.first_seen);
      if (c.last_seen != c.first_seen) span += " to " + FormatIso8601(c.last_seen);
      std::cout << fmt::format("  {} [{}] {}, {}: {}\n", c.id, c.lang,
                               counted(c.articles, "article"), span, c.title);
    }
    std::cout << "\n";
    WriteRows(std::cout, rows, f, kArticleColumns);
  } else {
    j["articles"] = rows;
    std::cout << (f == OutputFormat::kJson ? j.dump(2) : j.dump()) << "\n";
  }
  return kExitOk;
}

int RunArticles(const CommonOptions& o) {
  OutputFormat f;
  int rc = kExitOk;
  auto store = OpenForListing(o, &f, &rc);
  if (!store) return rc;
  auto articles = store->ListArticles(ListingFilter(o));
  if (Failed(articles)) return kExitFailure;
  std::vector<nlohmann::ordered_json> rows;
  for (const auto& a : articles.value()) {
    auto j = ArticleToJson(a);
    if (f == OutputFormat::kTable) j.erase("text");
    rows.push_back(std::move(j));
  }
  WriteRows(std::cout, rows, f, kArticleColumns);
  return kExitOk;
}

int RunSearch(const CommonOptions& o, const std::string& query, bool expand) {
  OutputFormat f;
  int rc = kExitOk;
  auto store = OpenForListing(o, &f, &rc);
  if (!store) return rc;
  std::string fts;
  if (expand) {
    std::string data_dir = FindDataDir(o.data_dir);
    auto stopwords = Stopwords::Load(data_dir);
    if (Failed(stopwords)) return kExitFailure;
    LexiconSet lexicons = LexiconSet::Load(data_dir + "/lexicon");
    QueryExpansion e = QueryExpander(&lexicons, &stopwords.value()).Expand(query, StoreNameLookup(*store));
    fts = std::move(e.fts);
    for (const QueryExpansion::Name& n : e.names) {
      if (n.entities.size() < 2) continue;
      // An ambiguous name: every reading is searched; say which, so that a fuller name can
      // narrow it.
      std::vector<std::string> readings;
      for (const Store::NamedEntity& r : n.entities) {
        readings.push_back(fmt::format("{} ({}, {} mention{})", r.canonical, r.type, r.mentions,
                                       r.mentions == 1 ? "" : "s"));
      }
      std::cerr << fmt::format("\"{}\" names {}: searching for all of them\n", n.text,
                               fmt::join(readings, " or "));
    }
    if (!e.spellings.empty()) {
      std::cerr << fmt::format("also searching the names as: {}\n", fmt::join(e.spellings, ", "));
    }
    if (!e.translations.empty()) {
      std::cerr << fmt::format("also searching: {}\n", fmt::join(e.translations, ", "));
    }
  }
  const int64_t limit = o.limit < 0 ? 20 : o.limit;
  auto hits = fts.empty() ? store->Search(query, limit) : store->SearchExpression(fts, limit);
  if (Failed(hits)) return kExitFailure;
  std::vector<nlohmann::ordered_json> rows;
  for (const auto& h : hits.value()) {
    nlohmann::ordered_json j;
    j["id"] = h.id;
    j["score"] = std::round(-h.score * 1000) / 1000;  // higher is better for readers
    j["title"] = h.title;
    j["snippet"] = h.snippet;
    rows.push_back(std::move(j));
  }
  WriteRows(std::cout, rows, f,
            {{"id", "ID", 28}, {"score", "SCORE", 8}, {"title", "TITLE", 50}, {"snippet", "MATCH", 60}});
  return kExitOk;
}

int RunRejected(const CommonOptions& o) {
  OutputFormat f;
  int rc = kExitOk;
  auto store = OpenForListing(o, &f, &rc);
  if (!store) return rc;
  auto rejected = store->ListRejections();
  if (Failed(rejected)) return kExitFailure;
  std::vector<nlohmann::ordered_json> rows;
  for (const auto& r : rejected.value()) rows.push_back(RejectionToJson(r));
  WriteRows(std::cout, rows, f, {{"input", "INPUT", 60}, {"line", "LINE", 6}, {"reason", "REASON", 70}});
  return kExitOk;
}

}  // namespace storytrace
