// The contest's index-server endpoints.
#include "server/contest_api.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

#include "server/http_response.h"
#include "server/request_parsing.h"

namespace storytrace {
namespace {

// The contest's categories; storytrace assigns none of them yet.
constexpr std::array<std::string_view, 8> kCategories = {
    "any", "society", "economy", "technology", "sports", "entertainment", "science", "other"};

}  // namespace

std::vector<ContestThread> GroupThreads(const std::vector<Store::WindowArticle>& articles) {
  struct Group {
    ContestThread thread;
    int64_t last = 0;
  };
  std::vector<Group> groups;
  std::unordered_map<std::string, size_t> by_key;
  std::vector<const Store::WindowArticle*> ordered;
  for (const auto& a : articles) ordered.push_back(&a);
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto* x, const auto* y) {
    return x->time != y->time ? x->time < y->time : x->id < y->id;
  });
  for (const Store::WindowArticle* a : ordered) {
    // An article without a story is a thread of its own; '\n' cannot start a story id.
    std::string key = a->story_id.empty() ? "\n" + a->id : a->story_id;
    auto [it, fresh] = by_key.emplace(key, groups.size());
    if (fresh) {
      groups.push_back({{a->story_id, a->title, {}}, a->time});
    }
    Group& g = groups[it->second];
    g.thread.articles.push_back(a->id);
    g.last = std::max(g.last, a->time);
  }
  std::stable_sort(groups.begin(), groups.end(), [](const Group& x, const Group& y) {
    if (x.thread.articles.size() != y.thread.articles.size()) {
      return x.thread.articles.size() > y.thread.articles.size();
    }
    if (x.last != y.last) return x.last > y.last;
    return x.thread.story_id < y.thread.story_id;
  });
  std::vector<ContestThread> out;
  out.reserve(groups.size());
  for (Group& g : groups) out.push_back(std::move(g.thread));
  return out;
}

void HandlePutArticle(ArticleWriter& writer, const std::string& name, const httplib::Request& req,
                      const std::string& body, httplib::Response& res) {
  if (Status s = ValidateArticleName(name); !s.ok()) return SendStatus(res, s);
  if (!req.has_header("Cache-Control")) {
    return SendError(res, 400, "header 'Cache-Control: max-age=<seconds>' is required");
  }
  auto max_age = ParseMaxAge(req.get_header_value("Cache-Control"));
  if (!max_age) {
    return SendError(res, 400, "Cache-Control needs max-age=<seconds>, a non-negative integer");
  }
  auto outcome = writer.Put(name, body, req.get_header_value("Content-Type"), *max_age);
  if (!outcome.ok()) return SendStatus(res, outcome.status());
  res.status = outcome.value() == ArticleWriter::PutOutcome::kCreated ? 201 : 204;
}

void HandleDeleteArticle(ArticleWriter& writer, const std::string& name, httplib::Response& res) {
  if (Status s = ValidateArticleName(name); !s.ok()) return SendStatus(res, s);
  auto deleted = writer.Delete(name);
  if (!deleted.ok()) return SendStatus(res, deleted.status());
  if (!deleted.value()) return SendError(res, 404, "no article '" + name + "'");
  res.status = 204;
}

void HandleThreads(StorePool& readers, const httplib::Request& req, httplib::Response& res) {
  if (!req.has_param("period")) return SendError(res, 400, "missing parameter 'period' (seconds)");
  auto period = ParseInteger(req.get_param_value("period"), 0, kMaxAgeLimitSeconds);
  if (!period) return SendError(res, 400, "'period' must be a non-negative integer (seconds)");
  std::string lang = req.has_param("lang_code") ? req.get_param_value("lang_code") : "any";
  if (lang != "any" && !IsLanguageCode(lang)) {
    return SendError(res, 400, "'lang_code' must be a language code such as 'en', or 'any'");
  }
  std::string category = req.has_param("category") ? req.get_param_value("category") : "any";
  if (std::find(kCategories.begin(), kCategories.end(), category) == kCategories.end()) {
    return SendError(res, 400, "unknown 'category'");
  }
  nlohmann::ordered_json threads = nlohmann::ordered_json::array();
  if (category == "any") {
    auto store = readers.Acquire();
    if (!store.ok()) return SendStatus(res, store.status());
    auto articles = (*store.value())->ArticlesInWindow(*period, lang == "any" ? "" : lang);
    if (!articles.ok()) return SendStatus(res, articles.status());
    for (const ContestThread& t : GroupThreads(articles.value())) {
      threads.push_back({{"title", t.title}, {"category", "any"}, {"articles", t.articles}});
    }
  }
  SendJson(res, {{"threads", std::move(threads)}});
}

}  // namespace storytrace
