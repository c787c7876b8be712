// The storytrace HTTP server: the contest index API, the /api/v1 JSON API and the web UI, on
// one port, over one store with one writer.
#ifndef STORYTRACE_SERVER_SERVER_H_
#define STORYTRACE_SERVER_SERVER_H_

#include <atomic>

#include "server/response_cache.h"
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>

#include "core/status.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace storytrace {

class ArticleWriter;
class StaticFiles;
class StorePool;

struct ServerOptions {
  std::string db_path = "storytrace.db";
  std::string bind_address = "127.0.0.1";
  int port = 8080;                           // 0: any free port (see StoryServer::port)
  size_t threads = 0;                        // worker threads; 0: max(16, 8 × cores)
  std::string data_dir;                      // models; see FindDataDir
  std::string web_dir;                       // web UI files; "" serves no UI
  size_t max_body_bytes = size_t{16} << 20;  // larger request bodies get 413
};

// Lifecycle: Listen (answers 503 from then on), Open (loads models and replays the store;
// every endpoint answers from then on), Shutdown. Requests run on a pool of worker threads;
// reads use pooled read connections, writes go one at a time through one ArticleWriter.
// Not copyable.
class StoryServer {
 public:
  explicit StoryServer(ServerOptions options);
  ~StoryServer();  // shuts down
  StoryServer(const StoryServer&) = delete;
  StoryServer& operator=(const StoryServer&) = delete;

  // Binds the address and starts accepting connections on a background thread. Fails with
  // IoError when the address cannot be bound. Call once.
  Status Listen();
  // The bound port (useful with port 0); 0 before Listen.
  int port() const { return port_; }

  // Opens the store and the ingest engine (slow: loads models, replays recent articles).
  // Until it succeeds every request gets 503. Fails as ArticleWriter::Open fails.
  Status Open();

  // True while the listener thread runs (false once it stopped, e.g. after Shutdown).
  bool listening() const { return listening_; }

  // Stops accepting connections, waits for the requests in flight, then closes the store.
  // Idempotent; safe to call from any thread but a request handler.
  void Shutdown();

 private:
  // Answers a request whose body (empty for GET) has been read into `body`.
  // Answers a request, from the response cache when it can.
  void Route(const httplib::Request& req, const std::string& body, httplib::Response& res);
  // Answers a request by dispatching it to its endpoint.
  void RouteUncached(const httplib::Request& req, const std::string& body, httplib::Response& res);
  // Answers 405 with the allowed methods.
  static void MethodNotAllowed(httplib::Response& res, const char* allow);

  const ServerOptions options_;
  const std::chrono::steady_clock::time_point started_;
  std::unique_ptr<httplib::Server> http_;
  std::unique_ptr<StaticFiles> web_;
  std::unique_ptr<StorePool> readers_;
  std::unique_ptr<ArticleWriter> writer_;
  std::string world_map_;  // <data dir>/world-land.json, "" when missing
  std::atomic<bool> ready_{false};
  std::atomic<bool> listening_{false};
  std::atomic<int64_t> requests_{0};
  ResponseCache cache_;
  std::thread listener_;
  size_t threads_ = 0;  // workers, and read connections kept open
  int port_ = 0;
};

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_SERVER_H_
