// HTTP wiring: worker pool, routing, readiness, errors and shutdown.
#include "server/server.h"

#include <fmt/format.h>
#include <httplib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <limits>
#include <optional>
#include <string_view>

#include "server/article_writer.h"
#include "server/contest_api.h"
#include "server/http_response.h"
#include "server/request_parsing.h"
#include "server/rest_api.h"
#include <fstream>
#include <iterator>

#include "server/static_files.h"
#include "server/store_pool.h"

namespace storytrace {
namespace {

// Every path the server knows, by what answers it.
enum class Endpoint {
  kNone,
  kThreads,     // GET /threads
  kHealth,      // GET /api/v1/health
  kMetrics,     // GET /api/v1/metrics
  kStories,     // GET /api/v1/stories
  kStory,       // GET /api/v1/stories/<id>
  kArticles,    // POST /api/v1/articles
  kArticle,     // GET /api/v1/articles/<id>
  kSearch,      // GET /api/v1/search
  kEntities,    // GET /api/v1/entities
  kQuotes,      // GET /api/v1/quotes
  kWorldMap,    // GET /api/v1/map/land
  kNameOrFile,  // PUT, DELETE /<name>; GET a web UI file
};

struct Target {
  Endpoint endpoint = Endpoint::kNone;
  std::string id;  // story or article id, or article name
};

Target Classify(std::string_view path) {
  auto with_id = [&](std::string_view prefix, Endpoint e) -> std::optional<Target> {
    if (path.size() > prefix.size() && path.substr(0, prefix.size()) == prefix) {
      return Target{e, std::string(path.substr(prefix.size()))};
    }
    return std::nullopt;
  };
  if (path == "/threads") return {Endpoint::kThreads, {}};
  if (path.substr(0, 5) == "/api/") {
    if (path == "/api/v1/health") return {Endpoint::kHealth, {}};
    if (path == "/api/v1/metrics") return {Endpoint::kMetrics, {}};
    if (path == "/api/v1/stories") return {Endpoint::kStories, {}};
    if (path == "/api/v1/articles") return {Endpoint::kArticles, {}};
    if (path == "/api/v1/search") return {Endpoint::kSearch, {}};
    if (path == "/api/v1/entities") return {Endpoint::kEntities, {}};
    if (path == "/api/v1/quotes") return {Endpoint::kQuotes, {}};
    if (path == "/api/v1/map/land") return {Endpoint::kWorldMap, {}};
    if (auto t = with_id("/api/v1/stories/", Endpoint::kStory)) return *t;
    if (auto t = with_id("/api/v1/articles/", Endpoint::kArticle)) return *t;
    return {};
  }
  if (path.empty() || path.front() != '/') return {};
  return {Endpoint::kNameOrFile, std::string(path.substr(1))};
}

const char* AllowedMethods(Endpoint e) {
  switch (e) {
    case Endpoint::kNone:
      return "";
    case Endpoint::kArticles:
      return "POST, OPTIONS";
    case Endpoint::kNameOrFile:
      return "GET, HEAD, PUT, DELETE, OPTIONS";
    default:
      return "GET, HEAD, OPTIONS";
  }
}

std::string_view Reason(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 408:
      return "request timeout";
    case 413:
      return "request body too large";
    case 414:
      return "request URI too long";
    case 503:
      return "service unavailable";
    default:
      return status >= 500 ? "internal server error" : "request failed";
  }
}

constexpr size_t kMaxPathBytes = 2048;
constexpr const char* kStarting = "starting: loading the models and the store, retry shortly";

}  // namespace

StoryServer::StoryServer(ServerOptions options)
    : options_(std::move(options)),
      started_(std::chrono::steady_clock::now()),
      http_(std::make_unique<httplib::Server>()),
      web_(std::make_unique<StaticFiles>(options_.web_dir)) {
  threads_ = options_.threads;
  if (threads_ == 0) {
    threads_ = std::max<size_t>(16, 8 * std::max(1u, std::thread::hardware_concurrency()));
  }
  http_->new_task_queue = [n = threads_] { return new httplib::ThreadPool(n); };
  http_->set_payload_max_length(options_.max_body_bytes);
  // A connection holds its worker while it stays open: recycle busy ones now and then and
  // drop idle ones soon, so more clients than workers still take turns, and shutdown is quick.
  http_->set_keep_alive_max_count(100);
  http_->set_keep_alive_timeout(2);
  // Also how long a PUT or POST without Content-Length or chunked body waits before its 400.
  http_->set_read_timeout(5);
  http_->set_write_timeout(10);
  http_->set_tcp_nodelay(true);
  http_->set_default_headers({{"Server", "storytrace"}});

  // Every path goes to Route, which answers 404 and 405 itself. PUT and POST read their
  // bodies through a content reader: httplib would otherwise cap form-encoded bodies at
  // 8 KiB and leave chunked ones uncapped.
  auto route = [this](const httplib::Request& req, httplib::Response& res) {
    Route(req, req.body, res);
  };
  auto route_with_body = [this](const httplib::Request& req, httplib::Response& res,
                                const httplib::ContentReader& reader) {
    if (req.is_multipart_form_data()) {
      res.set_header("Connection", "close");
      return SendError(res, 400, "multipart bodies are not supported; send the document itself");
    }
    std::string body;
    bool too_large = false;
    bool complete = reader([&](const char* data, size_t n) {
      if (body.size() + n > options_.max_body_bytes) {
        too_large = true;
        return false;
      }
      body.append(data, n);
      return true;
    });
    if (too_large || res.status == 413) {
      res.set_header("Connection", "close");
      return SendError(res, 413,
                       fmt::format("request body larger than {} bytes", options_.max_body_bytes));
    }
    if (!complete) {
      res.set_header("Connection", "close");
      return SendError(res, 400, "incomplete request body");
    }
    Route(req, body, res);
  };
  // A request without Content-Length or Transfer-Encoding has no body (RFC 9112, 6.3), but
  // httplib would wait for one until the read timeout: answer such requests right here.
  // Long paths are refused before httplib matches them against the routes' std::regex, whose
  // matcher recurses once per character.
  http_->set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (req.path.size() > kMaxPathBytes) {
      res.set_header("Connection", "close");
      SendError(res, 414, "request path longer than 2048 bytes");
      return httplib::Server::HandlerResponse::Handled;
    }
    const std::string& m = req.method;
    if ((m == "POST" || m == "PUT" || m == "PATCH" || m == "DELETE") &&
        !req.has_header("Content-Length") && !req.has_header("Transfer-Encoding")) {
      Route(req, std::string(), res);
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  const std::string any = R"([\s\S]*)";
  http_->Get(any, route);
  http_->Post(any, httplib::Server::HandlerWithContentReader(route_with_body));
  http_->Put(any, httplib::Server::HandlerWithContentReader(route_with_body));
  http_->Delete(any, route);
  http_->Patch(any, route);
  http_->Options(any, route);

  // Answers the errors httplib raises itself (unknown method, 413, ...) in JSON too.
  http_->set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        SendError(res, res.status, Reason(res.status));
        return httplib::Server::HandlerResponse::Handled;
      }));
  http_->set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        SendError(res, 500, what);
      });
  // Refuse an announced oversized body (or any body while starting) before it is sent.
  http_->set_expect_100_continue_handler(
      [this](const httplib::Request& req, httplib::Response& res) -> int {
        if (!ready_) {
          SendError(res, 503, kStarting);
          return 503;
        }
        auto length = ParseInteger(req.get_header_value("Content-Length"), 0,
                                   std::numeric_limits<int64_t>::max());
        if (length && static_cast<uint64_t>(*length) > options_.max_body_bytes) {
          SendError(res, 413,
                    fmt::format("request body larger than {} bytes", options_.max_body_bytes));
          return 413;
        }
        return 100;
      });
  http_->set_logger([this](const httplib::Request&, const httplib::Response&) { ++requests_; });
}

StoryServer::~StoryServer() { Shutdown(); }

Status StoryServer::Listen() {
  const std::string& host = options_.bind_address;
  errno = 0;
  if (options_.port == 0) {
    port_ = http_->bind_to_any_port(host);
    if (port_ < 0) port_ = 0;
  } else if (http_->bind_to_port(host, options_.port)) {
    port_ = options_.port;
  }
  if (port_ == 0) {
    return IoError(fmt::format("cannot listen on {}:{}{}", host, options_.port,
                               errno ? std::string(": ") + std::strerror(errno) : ""));
  }
  listening_ = true;
  listener_ = std::thread([this] {
    http_->listen_after_bind();
    listening_ = false;
  });
  // Wait for the accept loop, so that a Shutdown right after this cannot be missed.
  while (listening_ && !http_->is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return Status::Ok();
}

Status StoryServer::Open() {
  auto writer = ArticleWriter::Open(options_.db_path, options_.data_dir);
  if (!writer.ok()) return writer.status();
  writer_ = std::move(writer).value();
  readers_ = std::make_unique<StorePool>(options_.db_path, threads_);
  // The land outline for the story page's map, drawn by scripts/world_map.mjs at setup.
  std::ifstream map(options_.data_dir + "/world-land.json", std::ios::binary);
  if (map) world_map_.assign(std::istreambuf_iterator<char>(map), std::istreambuf_iterator<char>());
  ready_ = true;  // publishes writer_ and readers_ to the workers
  return Status::Ok();
}

void StoryServer::Shutdown() {
  if (listener_.joinable()) {
    http_->stop();  // closes the listening socket; the pool finishes the requests in flight
    listener_.join();
  }
  ready_ = false;
  // Readers first, so the writer closes last and checkpoints the write-ahead log.
  if (readers_) readers_->Close();
  readers_.reset();
  writer_.reset();
}

void StoryServer::MethodNotAllowed(httplib::Response& res, const char* allow) {
  res.set_header("Allow", allow);
  SendError(res, 405, "method not allowed; use " + std::string(allow));
}

void StoryServer::Route(const httplib::Request& req, const std::string& body,
                        httplib::Response& res) {
  if (!ready_) {
    res.set_header("Retry-After", "1");
    return SendError(res, 503, kStarting);
  }
  Target t = Classify(req.path);
  if (t.endpoint == Endpoint::kNone) return SendError(res, 404, "no such endpoint: " + req.path);
  const std::string& m = req.method;
  const bool get = m == "GET" || m == "HEAD";
  // Read endpoints whose answer depends only on the store: served from the cache until the
  // next write.
  const bool cacheable = get && (t.endpoint == Endpoint::kThreads || t.endpoint == Endpoint::kStories ||
                                 t.endpoint == Endpoint::kStory || t.endpoint == Endpoint::kArticle ||
                                 t.endpoint == Endpoint::kSearch ||
                                 t.endpoint == Endpoint::kEntities ||
                                 t.endpoint == Endpoint::kQuotes);
  if (cacheable) {
    CachedResponse r = cache_.GetOrRender(req.target, [&] {
      httplib::Response fresh;
      RouteUncached(req, body, fresh);
      // A story's page depends on that story only (named by the handler, after resolving
      // aliases); everything else on the whole store.
      std::string story =
          t.endpoint == Endpoint::kStory ? fresh.get_header_value(kStoryHeader) : std::string();
      return CachedResponse{fresh.status, fresh.get_header_value("Content-Type"), fresh.body,
                            std::move(story)};
    });
    res.status = r.status;
    res.set_content(std::move(r.body), r.content_type);
    return;
  }
  RouteUncached(req, body, res);
  if (!get && m != "OPTIONS") {
    ArticleWriter::Changes changes = writer_->TakeChanges();
    if (changes.everything) {
      cache_.Invalidate();
    } else {
      cache_.InvalidateStories(changes.stories);
    }
  }
}

void StoryServer::RouteUncached(const httplib::Request& req, const std::string& body,
                                httplib::Response& res) {
  Target t = Classify(req.path);
  const std::string& m = req.method;
  const bool get = m == "GET" || m == "HEAD";
  if (m == "OPTIONS") {
    res.status = 204;
    res.set_header("Allow", AllowedMethods(t.endpoint));
    return;
  }
  switch (t.endpoint) {
    case Endpoint::kThreads:
      if (get) return HandleThreads(*readers_, req, res);
      break;
    case Endpoint::kHealth:
      if (get) return HandleHealth(*readers_, res);
      break;
    case Endpoint::kMetrics:
      if (get) {
        ServerCounters c;
        c.requests_total = requests_.load();
        c.uptime_seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
        return HandleMetrics(*readers_, *writer_, c, res);
      }
      break;
    case Endpoint::kStories:
      if (get) return HandleListStories(*readers_, writer_->stopwords(), req, res);
      break;
    case Endpoint::kStory:
      if (get) return HandleGetStory(*readers_, writer_->stopwords(), t.id, res);
      break;
    case Endpoint::kArticles:
      if (m == "POST") return HandlePostArticles(*writer_, req, body, res);
      break;
    case Endpoint::kArticle:
      if (get) return HandleGetArticle(*readers_, t.id, req, res);
      break;
    case Endpoint::kSearch:
      if (get) return HandleSearch(*readers_, writer_->query_expander(), req, res);
      break;
    case Endpoint::kEntities:
      if (get) return HandleListEntities(*readers_, req, res);
      break;
    case Endpoint::kQuotes:
      if (get) return HandleListQuotes(*readers_, req, res);
      break;
    case Endpoint::kWorldMap:
      if (get) return HandleWorldMap(world_map_, res);
      break;
    case Endpoint::kNameOrFile:
      if (m == "PUT") return HandlePutArticle(*writer_, t.id, req, body, res);
      if (m == "DELETE") return HandleDeleteArticle(*writer_, t.id, res);
      if (get) {
        if (web_->Serve(req.path, res)) return;
        return SendError(res, 404,
                         web_->root().empty() ? "not found (no web UI folder; see serve --web)"
                                              : "not found: " + req.path);
      }
      break;
    case Endpoint::kNone:
      break;
  }
  MethodNotAllowed(res, AllowedMethods(t.endpoint));
}

}  // namespace storytrace
