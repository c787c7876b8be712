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
#include <vector>

namespace storytrace {

struct CachedResponse {
  int status = 200;
  std::string content_type;
  std::string body;
  // The one story the response shows ("" when it depends on more of the store): such a
  // response stays valid through writes to other stories.
  std::string story;
};

// Readers render a response once per store generation; every write (PUT, DELETE, POST) bumps
// the generation, so no stale answer is served after a write has completed. A response that
// shows one story only is kept through writes that touched other stories (see
// InvalidateStories). Expiry of articles follows the newest article's time, which only a
// write changes. Thread-safe.
class ResponseCache {
 public:
  explicit ResponseCache(size_t max_entries = 2048) : max_entries_(max_entries) {}

  // The generation to render against: read it before rendering, store the response with it.
  uint64_t generation() const { return generation_.load(std::memory_order_acquire); }
  // Called after a write that may have changed anything has been committed.
  void Invalidate();
  // Called after a write that changed stories `ids` only (and lists of stories) has been
  // committed.
  void InvalidateStories(const std::vector<std::string>& ids);

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
    uint64_t generation;  // of any write
    uint64_t global;      // of writes that may change anything
    uint64_t story;       // of writes to the response's story
    CachedResponse response;
  };
  bool Valid(const Entry& e) const;  // with mu_ held
  uint64_t StoryGeneration(const std::string& id) const;  // with mu_ held

  size_t max_entries_;
  std::atomic<uint64_t> generation_{0};
  uint64_t global_ = 0;  // guarded by mu_
  mutable std::shared_mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  std::unordered_map<std::string, uint64_t> story_generation_;  // since the last Invalidate()
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
