// Store queries behind the HTTP API: expiry, deletion, time windows and story views.
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "entities/name_key.h"
#include "store/live_sql.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/story_row.h"

namespace storytrace {

// Every query below starts from the index clock and keeps live articles only (live_sql.h);
// `a` is the articles alias.

Result<std::unordered_map<std::string, int64_t>> Store::TermDocumentCounts(
    const std::vector<std::string>& terms, std::unordered_map<std::string, int64_t>* known) {
  std::unordered_map<std::string, int64_t> out;
  Statement q(db_, "SELECT doc FROM articles_vocab WHERE term = ?");
  for (const std::string& t : terms) {
    if (known != nullptr) {
      if (auto it = known->find(t); it != known->end()) {
        if (it->second > 0) out[t] = it->second;
        continue;
      }
    }
    q.Reset();
    q.Bind(1, t);
    int64_t n = 0;
    if (q.Step()) n = q.Int(0);
    if (Status s = q.Done(); !s.ok()) return s;
    if (n > 0) out[t] = n;
    if (known != nullptr) known->emplace(t, n);
  }
  return out;
}

Status Store::BeginSnapshot() { return Exec("BEGIN DEFERRED"); }
Status Store::EndSnapshot() { return Exec("COMMIT"); }

Result<Store::NameKind> Store::LookupName(const std::string& id) {
  Statement q(db_,
              "SELECT 1 FROM articles WHERE id = ?1 UNION ALL "
              "SELECT 2 FROM article_aliases WHERE alias_id = ?1 LIMIT 1");
  q.Bind(1, id);
  if (q.Step()) return q.Int(0) == 1 ? NameKind::kArticle : NameKind::kAlias;
  if (Status s = q.Done(); !s.ok()) return s;
  return NameKind::kNone;
}

Result<bool> Store::DeleteArticle(const std::string& id) {
  if (Status s = Begin(); !s.ok()) return s;
  auto fail = [&](Status s) -> Result<bool> {
    Rollback();
    return s;
  };
  auto kind = LookupName(id);
  if (!kind.ok()) return fail(kind.status());
  if (kind.value() == NameKind::kNone) {
    Rollback();
    return false;
  }
  if (kind.value() == NameKind::kAlias) {
    Statement d(db_, "DELETE FROM article_aliases WHERE alias_id = ?");
    d.Bind(1, id);
    if (Status s = d.Run(); !s.ok()) return fail(s);
  } else {
    std::string story;
    {
      Statement q(db_, "SELECT COALESCE(story_id, '') FROM articles WHERE id = ?");
      q.Bind(1, id);
      if (q.Step()) story = q.Text(0);
      if (Status s = q.Done(); !s.ok()) return fail(s);
    }
    for (const char* sql :
         {"DELETE FROM links WHERE src = ?1 OR dst = ?1",
          "DELETE FROM signatures WHERE article_id = ?1",
          "DELETE FROM mentions WHERE article_id = ?1", "DELETE FROM quotes WHERE article_id = ?1",
          "DELETE FROM article_places WHERE article_id = ?1",
          "DELETE FROM article_aliases WHERE article_id = ?1 OR alias_id = ?1",
          "UPDATE articles SET duplicate_of = NULL WHERE duplicate_of = ?1",
          "DELETE FROM articles WHERE id = ?1"}) {
      Statement d(db_, sql);
      d.Bind(1, id);
      if (Status s = d.Run(); !s.ok()) return fail(s);
    }
    if (!story.empty()) {
      if (Status s = RefreshStory(story); !s.ok()) return fail(s);
    }
  }
  if (Status s = Commit(); !s.ok()) return fail(s);
  return true;
}

Status Store::SetExpiresAfter(const std::string& id, int64_t max_age_seconds) {
  Statement u(db_, "UPDATE articles SET expires = COALESCE(published, fetched) + ?2 WHERE id = ?1");
  u.Bind(1, id).Bind(2, max_age_seconds);
  if (Status s = u.Run(); !s.ok()) return s;
  if (sqlite3_changes(db_) == 0) return NotFound("no article '" + id + "'");
  return Status::Ok();
}

Result<bool> Store::IsLive(const std::string& id) {
  Statement q(
      db_, ST_CLOCK "SELECT 1 FROM clock CROSS JOIN articles a WHERE a.id = ? AND " ST_LIVE("a"));
  q.Bind(1, id);
  if (q.Step()) return true;
  if (Status s = q.Done(); !s.ok()) return s;
  return false;
}

Result<std::vector<std::string>> Store::LiveAmong(const std::vector<std::string>& ids) {
  Statement q(db_, ST_CLOCK
              "SELECT a.id FROM clock CROSS JOIN articles a "
              "WHERE a.id IN (SELECT value FROM json_each(?1)) AND " ST_LIVE("a"));
  q.Bind(1, nlohmann::json(ids).dump());
  std::vector<std::string> out;
  while (q.Step()) out.push_back(q.Text(0));
  if (Status s = q.Done(); !s.ok()) return s;
  return out;
}

Result<Store::TableCounts> Store::CountRows() {
  Statement q(db_,
              "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM stories), "
              "(SELECT COUNT(*) FROM links), (SELECT COUNT(*) FROM rejected)");
  if (!q.Step()) return q.Done().ok() ? Internal("count failed") : q.Done();
  return TableCounts{q.Int(0), q.Int(1), q.Int(2), q.Int(3)};
}

Result<std::vector<Store::WindowArticle>> Store::ArticlesInWindow(int64_t period_seconds,
                                                                  const std::string& lang) {
  Statement q(db_,
              ST_CLOCK
              ", win AS (SELECT a.id AS id, COALESCE(a.story_id, '') AS sid, a.title AS title, "
              "  " ST_TIME("a") " AS t, " ST_AT("a") " AS at FROM clock CROSS JOIN articles a "
              "  WHERE " ST_AT("a") " >= clock.now - ?1 AND " ST_LIVE("a") " "
              "  AND (?2 = '' OR a.lang = ?2)) "
              "SELECT id, sid, title, t, at FROM win UNION ALL "
              "SELECT al.alias_id, win.sid, win.title, win.t, win.at FROM article_aliases al "
              "JOIN win ON win.id = al.article_id "
              "WHERE NOT EXISTS (SELECT 1 FROM articles x WHERE x.id = al.alias_id) "
              "ORDER BY 5, 1");
  q.Bind(1, period_seconds).Bind(2, lang);
  std::vector<WindowArticle> out;
  while (q.Step()) out.push_back({q.Text(0), q.Text(1), q.Text(2), q.Int(3)});
  if (Status s = q.Done(); !s.ok()) return s;
  return out;
}

Result<Store::StoryPage> Store::FindStories(const StoryQuery& query) {
  std::string sql =
      ST_CLOCK
      ", hits AS (SELECT a.story_id AS sid, COUNT(*) AS n, MAX(" ST_AT("a") ") AS last, "
      "  MAX(" ST_TIME("a") ") AS shown FROM clock CROSS JOIN articles a "
      "  WHERE a.story_id IS NOT NULL AND a.story_id != '' AND " ST_LIVE("a") " "
      "  AND (?1 IS NULL OR " ST_AT("a") " >= clock.now - ?1) "
      "  AND (?2 = '' OR a.lang = ?2) "
      "  AND (?3 = '' OR a.source = ?3 COLLATE NOCASE) "
      "  AND (?4 = '' OR EXISTS (SELECT 1 FROM mentions m LEFT JOIN entities e "
      "       ON e.id = m.entity_id WHERE m.article_id = a.id "
      "       AND (m.text = ?4 COLLATE NOCASE OR e.canonical = ?4 COLLATE NOCASE "
      "            OR m.entity_id IN (SELECT value FROM json_each(?7))))) "
      "  GROUP BY a.story_id) ";
  using Order = StoryQuery::Order;
  if (query.order == Order::kGrowing) {
    // Every live article of a matching story, as StorySummary counts them.
    sql += ", pulse AS (SELECT a.story_id AS sid, "
           "  SUM(" ST_AT("a") " > clock.now - 86400 AND " ST_AT("a") " <= clock.now) AS day, "
           "  SUM(" ST_AT("a") " > clock.now - 172800 AND " ST_AT("a") " <= clock.now - 86400) "
           "  AS before FROM clock CROSS JOIN articles a "
           "  WHERE a.story_id IN (SELECT sid FROM hits) AND " ST_LIVE("a") " GROUP BY a.story_id) ";
  }
  sql += "SELECT s.id, s.title, s.article_count, s.languages, s.first_published, s.last_published, "
         "hits.n, hits.shown FROM hits JOIN stories s ON s.id = hits.sid ";
  switch (query.order) {
    case Order::kMostMatching:
      sql += "ORDER BY hits.n DESC, hits.last DESC, s.id";
      break;
    case Order::kMostRecent:
      sql += "ORDER BY hits.last DESC, hits.n DESC, s.id";
      break;
    case Order::kGrowing:
      sql += "JOIN pulse p ON p.sid = hits.sid "
             "ORDER BY (p.day >= ?5 AND p.day >= ?6 * MAX(p.before, 1)) DESC, "
             "p.day * p.day * 1.0 / MAX(p.before, 1) DESC, p.day DESC, hits.last DESC, s.id";
      break;
  }
  std::vector<std::string> named;  // the entities the asked name denotes in any spelling
  if (!query.entity.empty()) {
    auto entities = EntitiesNamed(query.entity, 5, 0);
    if (!entities.ok()) return entities.status();
    for (const NamedEntity& e : entities.value()) named.push_back(e.id);
  }
  Statement q(db_, sql.c_str());
  q.Bind(1, query.window_seconds).Bind(2, query.lang).Bind(3, query.source).Bind(4, query.entity);
  q.Bind(7, nlohmann::json(named).dump());
  if (query.order == Order::kGrowing) {
    q.Bind(5, query.breaking.min_articles).Bind(6, query.breaking.min_growth);
  }
  StoryPage page;
  const int64_t offset = std::max<int64_t>(0, query.offset);
  while (q.Step()) {
    int64_t row = page.total++;
    if (row < offset || (query.limit >= 0 && row >= offset + query.limit)) continue;
    page.stories.push_back({ReadStoryRow(q), q.Int(6), q.Int(7)});
  }
  if (Status s = q.Done(); !s.ok()) return s;
  return page;
}

Result<std::vector<Store::StoryArticle>> Store::StoryArticles(const std::string& story_id) {
  Statement q(db_,
              ST_CLOCK
              "SELECT a.id, a.title, a.source, a.url, a.lang, a.published, " ST_TIME("a") ", "
              "a.duplicate_of, a.cluster_id, " ST_AT("a") " FROM clock CROSS JOIN articles a "
              "WHERE a.story_id = ?1 AND " ST_LIVE("a") " ORDER BY 7, a.id");
  q.Bind(1, story_id);
  std::vector<StoryArticle> out;
  std::unordered_map<std::string, size_t> index;
  while (q.Step()) {
    StoryArticle a;
    a.id = q.Text(0);
    a.title = q.Text(1);
    a.source = q.Text(2);
    a.url = q.Text(3);
    a.lang = q.Text(4);
    a.published = q.OptInt(5);
    a.time = q.Int(6);
    if (!q.IsNull(7)) a.duplicate_of = q.Text(7);
    a.cluster_id = q.Text(8);
    a.at = q.Int(9);
    index.emplace(a.id, out.size());
    out.push_back(std::move(a));
  }
  if (Status s = q.Done(); !s.ok()) return s;
  Statement t(db_,
              "SELECT l.src, l.dst FROM links l JOIN articles a ON a.id = l.src "
              "WHERE a.story_id = ?1 AND l.kind = 'translation' ORDER BY l.src, l.dst");
  t.Bind(1, story_id);
  while (t.Step()) {
    auto it = index.find(t.Text(0));
    if (it != index.end()) out[it->second].translation_of.push_back(t.Text(1));
  }
  if (Status s = t.Done(); !s.ok()) return s;
  return out;
}

Result<std::vector<ArticleLink>> Store::StoryLinks(const std::string& story_id) {
  Statement q(db_,
              ST_CLOCK
              "SELECT l.src, l.dst, l.kind, l.score FROM clock CROSS JOIN articles s "
              "JOIN links l ON l.src = s.id JOIN articles d ON d.id = l.dst "
              "WHERE s.story_id = ?1 AND d.story_id = ?1 AND " ST_LIVE("s") " AND " ST_LIVE("d") " "
              "ORDER BY l.kind, l.src, l.dst");
  q.Bind(1, story_id);
  std::vector<ArticleLink> out;
  while (q.Step()) out.push_back({q.Text(0), q.Text(1), q.Text(2), q.Double(3)});
  if (Status s = q.Done(); !s.ok()) return s;
  return out;
}

namespace {

// Adds the mentions and variants of `part` to `full`.
void AddEntity(Store::StoryEntity&& part, Store::StoryEntity* full) {
  full->mentions += part.mentions;
  full->store_mentions += part.store_mentions;
  for (auto& v : part.variants) {
    auto same = std::find_if(full->variants.begin(), full->variants.end(),
                             [&](const Store::EntityVariant& w) { return w.text == v.text; });
    if (same != full->variants.end()) {
      same->count += v.count;
    } else {
      full->variants.push_back(std::move(v));
    }
  }
}

// The name keys of the words of `name`.
std::vector<std::string> WordKeys(std::string_view name) {
  std::vector<std::string> out;
  for (size_t at = 0; at < name.size();) {
    size_t space = name.find(' ', at);
    if (space == std::string_view::npos) space = name.size();
    if (space > at) out.push_back(NameKey(name.substr(at, space - at)));
    at = space + 1;
  }
  return out;
}

// See Store::StoryEntities. First, a person whose name is another person's name of two or more
// words with words before it ("Дзюдоистка Мадина Таймазова", "Дебютантка Игр Мадина Таймазова")
// is that person when only one such name is in the story; then a one-word person is the full
// name with it as first or last word, when only one is in the story or one has at least three
// times the mentions of each other ("Таймазова": "Мадина Таймазова" 10, "Дзюдоистка
// Таймазова" 2; "Gasol": Pau Gasol 1, Marc Gasol 1 stays apart).
void FoldNamePartsIntoFullNames(std::map<std::string, Store::StoryEntity>* by_id) {
  std::map<std::string, std::vector<std::string>> words;  // person id → word keys
  for (const auto& [id, e] : *by_id) {
    if (e.type == "PER") words[id] = WordKeys(e.canonical);
  }
  // `lead`: how many times the mentions of the next candidate the first must have (infinity:
  // the first must be the only one).
  auto fold_into_leading = [&](auto&& is_part_of, double lead) {
    for (auto it = words.begin(); it != words.end();) {
      const std::string* into = nullptr;
      int64_t most = 0, runner_up = 0;
      for (const auto& [other, other_words] : words) {
        if (other == it->first || !is_part_of(it->second, other_words)) continue;
        const int64_t n = (*by_id)[other].mentions;
        if (n > most) {
          runner_up = most, most = n, into = &other;
        } else {
          runner_up = std::max(runner_up, n);
        }
      }
      if (into == nullptr || (runner_up > 0 && static_cast<double>(most) < lead * runner_up)) {
        ++it;
        continue;
      }
      AddEntity(std::move((*by_id)[it->first]), &(*by_id)[*into]);
      by_id->erase(it->first);
      it = words.erase(it);
    }
  };
  constexpr double kOnlyOne = std::numeric_limits<double>::infinity();
  fold_into_leading(
      [](const std::vector<std::string>& longer, const std::vector<std::string>& name) {
        return name.size() >= 2 && longer.size() > name.size() &&
               std::equal(name.begin(), name.end(), longer.end() - name.size());
      },
      kOnlyOne);
  fold_into_leading(
      [](const std::vector<std::string>& part, const std::vector<std::string>& full) {
        return part.size() == 1 && full.size() >= 2 &&
               (part[0] == full.front() || part[0] == full.back());
      },
      3);
}

}  // namespace

Result<std::vector<Store::StoryEntity>> Store::StoryEntities(const std::string& story_id,
                                                             int64_t store_articles) {
  Statement q(db_,
              ST_CLOCK
              "SELECT e.id, e.canonical, e.type, m.text, COUNT(*), e.mentions "
              "FROM clock CROSS JOIN articles a "
              "JOIN mentions m ON m.article_id = a.id JOIN entities e ON e.id = m.entity_id "
              "WHERE a.story_id = ?1 AND " ST_LIVE("a") " "
              "GROUP BY e.id, m.text");
  q.Bind(1, story_id);
  std::map<std::string, StoryEntity> by_id;
  while (q.Step()) {
    StoryEntity& e = by_id[q.Text(0)];
    e.canonical = q.Text(1);
    e.type = q.Text(2);
    e.mentions += q.Int(4);
    e.store_mentions = q.Int(5);
    e.variants.push_back({q.Text(3), q.Int(4)});
  }
  if (Status s = q.Done(); !s.ok()) return s;
  FoldNamePartsIntoFullNames(&by_id);
  std::vector<StoryEntity> out;
  for (auto& [id, e] : by_id) {
    std::sort(e.variants.begin(), e.variants.end(), [](const auto& x, const auto& y) {
      return x.count != y.count ? x.count > y.count : x.text < y.text;
    });
    // The store's count includes the story's own mentions (max: a mention stored before its
    // entity is not counted by the trigger).
    const double in_store = static_cast<double>(std::max(e.store_mentions, e.mentions));
    const double articles = static_cast<double>(std::max<int64_t>(store_articles, 1));
    e.salience = static_cast<double>(e.mentions) * std::log1p(articles / std::max(in_store, 1.0));
    out.push_back(std::move(e));
  }
  // A name the story repeats comes before one it names once, however rare that one is: a
  // single mention is as often a misread name ("Gasol IOC") as a minor actor.
  std::stable_sort(out.begin(), out.end(), [](const StoryEntity& x, const StoryEntity& y) {
    const bool x_repeated = x.mentions >= 2, y_repeated = y.mentions >= 2;
    if (x_repeated != y_repeated) return x_repeated;
    if (x.salience != y.salience) return x.salience > y.salience;
    return x.mentions != y.mentions ? x.mentions > y.mentions : x.canonical < y.canonical;
  });
  return out;
}

Result<std::vector<Store::StoryQuote>> Store::StoryQuotes(const std::string& story_id) {
  Statement q(db_,
              ST_CLOCK
              "SELECT q.speaker, q.text, q.article_id FROM clock CROSS JOIN articles a "
              "JOIN quotes q ON q.article_id = a.id "
              "WHERE a.story_id = ?1 AND " ST_LIVE("a") " "
              "ORDER BY " ST_TIME("a") ", a.id, q.begin");
  q.Bind(1, story_id);
  std::vector<StoryQuote> out;
  while (q.Step()) out.push_back({q.Text(0), q.Text(1), q.Text(2)});
  if (Status s = q.Done(); !s.ok()) return s;
  return out;
}

Result<std::vector<Rejection>> Store::RejectionsFrom(const std::string& prefix) {
  Statement q(db_,
              "SELECT input, line, reason FROM rejected "
              "WHERE substr(input, 1, length(?1)) = ?1 ORDER BY seq");
  q.Bind(1, prefix);
  std::vector<Rejection> out;
  while (q.Step()) out.push_back({q.Text(0), q.Int(1), q.Text(2)});
  if (Status s = q.Done(); !s.ok()) return s;
  return out;
}

#undef ST_CLOCK
#undef ST_LIVE
#undef ST_TIME
#undef ST_AT

}  // namespace storytrace
