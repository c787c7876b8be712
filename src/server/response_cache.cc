// Generation-checked response cache.
#include "server/response_cache.h"

#include <chrono>
#include <mutex>

namespace storytrace {

std::optional<CachedResponse> ResponseCache::Get(const std::string& key) const {
  uint64_t gen = generation();
  std::shared_lock lock(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.generation != gen) return std::nullopt;
  return it->second.response;
}

void ResponseCache::Put(const std::string& key, uint64_t gen, CachedResponse response) {
  if (gen != generation()) return;  // a write finished while this was rendered
  std::unique_lock lock(mu_);
  if (entries_.size() >= max_entries_) {
    // Drop everything from older generations; if all are current, start over.
    for (auto it = entries_.begin(); it != entries_.end();) {
      it = it->second.generation != gen ? entries_.erase(it) : std::next(it);
    }
    if (entries_.size() >= max_entries_) entries_.clear();
  }
  entries_[key] = {gen, std::move(response)};
}

CachedResponse ResponseCache::GetOrRender(const std::string& key,
                                          const std::function<CachedResponse()>& render) {
  if (auto hit = Get(key)) return std::move(*hit);
  uint64_t gen = generation();
  std::shared_ptr<InFlight> flight;
  bool owner = false;
  {
    std::unique_lock lock(flight_mu_);
    auto it = in_flight_.find(key);
    if (it != in_flight_.end() && it->second->generation == gen) {
      flight = it->second;
      // Wait for the renderer (bounded, in case it is slow); then use its answer.
      flight_cv_.wait_for(lock, std::chrono::seconds(5), [&] { return flight->done; });
      if (flight->done) return flight->response;
    } else {
      flight = std::make_shared<InFlight>();
      flight->generation = gen;
      in_flight_[key] = flight;
      owner = true;
    }
  }
  CachedResponse r = render();
  if (r.status == 200) Put(key, gen, r);
  if (owner) {
    std::lock_guard lock(flight_mu_);
    flight->response = r;
    flight->done = true;
    auto it = in_flight_.find(key);
    if (it != in_flight_.end() && it->second == flight) in_flight_.erase(it);
    flight_cv_.notify_all();
  }
  return r;
}

}  // namespace storytrace
