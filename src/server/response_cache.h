// A cache of rendered GET responses, valid until the next write to the store.
#ifndef STORYTRACE_SERVER_RESPONSE_CACHE_H_
#define STORYTRACE_SERVER_RESPONSE_CACHE_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace storytrace {

struct CachedResponse {
  int status = 200;
  std::string content_type;
  std::string body;
};

// Readers render a response once per store generation; every write (PUT, DELETE, POST) bumps
// the generation, so no stale answer is served after a write has completed. Expiry of
// articles follows the newest article's time, which only a write changes. Thread-safe.
class ResponseCache {
 public:
  explicit ResponseCache(size_t max_entries = 2048) : max_entries_(max_entries) {}

  // The generation to render against: read it before rendering, store the response with it.
  uint64_t generation() const { return generation_.load(std::memory_order_acquire); }
  // Called after each write has been committed.
  void Invalidate() { generation_.fetch_add(1, std::memory_order_acq_rel); }

  // The response cached for `key` at the current generation, if any.
  std::optional<CachedResponse> Get(const std::string& key) const;
  // Stores a response rendered at generation `gen` (ignored when a write happened meanwhile).
  void Put(const std::string& key, uint64_t gen, CachedResponse response);

  // The cached response for `key`, or `render()`'s result. Concurrent misses on one key render
  // once: the others wait for that result instead of all rendering at the same time right
  // after a write. Only 200 responses are kept.
  CachedResponse GetOrRender(const std::string& key, const std::function<CachedResponse()>& render);

 private:
  struct Entry {
    uint64_t generation;
    CachedResponse response;
  };
  size_t max_entries_;
  std::atomic<uint64_t> generation_{0};
  mutable std::shared_mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  struct InFlight {
    uint64_t generation;
    bool done = false;
    CachedResponse response;
  };
  std::mutex flight_mu_;
  std::condition_variable flight_cv_;
  std::unordered_map<std::string, std::shared_ptr<InFlight>> in_flight_;
};

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_RESPONSE_CACHE_H_
