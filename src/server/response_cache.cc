// Generation-checked response cache.
#include "server/response_cache.h"

#include <chrono>
#include <mutex>

namespace storytrace {

// Both invalidations count up under the lock that Put() checks under, so that a response
// rendered before a write is never stored with the generations after it.
void ResponseCache::Invalidate() {
  std::unique_lock lock(mu_);
  ++global_;
  story_generation_.clear();  // every story entry is invalid by global_ now
  generation_.fetch_add(1, std::memory_order_acq_rel);
}

void ResponseCache::InvalidateStories(const std::vector<std::string>& ids) {
  std::unique_lock lock(mu_);
  for (const std::string& id : ids) ++story_generation_[id];
  generation_.fetch_add(1, std::memory_order_acq_rel);
}

uint64_t ResponseCache::StoryGeneration(const std::string& id) const {
  auto it = story_generation_.find(id);
  return it == story_generation_.end() ? 0 : it->second;
}

bool ResponseCache::Valid(const Entry& e) const {
  if (e.response.story.empty()) return e.generation == generation();
  return e.global == global_ &&
         e.story == StoryGeneration(e.response.story);
}

std::optional<CachedResponse> ResponseCache::Get(const std::string& key) const {
  std::shared_lock lock(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end() || !Valid(it->second)) return std::nullopt;
  return it->second.response;
}

void ResponseCache::Put(const std::string& key, uint64_t gen, CachedResponse response) {
  std::unique_lock lock(mu_);
  if (gen != generation()) return;  // a write finished while this was rendered
  if (entries_.size() >= max_entries_) {
    // Drop what is no longer valid; if all is, start over.
    for (auto it = entries_.begin(); it != entries_.end();) {
      it = Valid(it->second) ? std::next(it) : entries_.erase(it);
    }
    if (entries_.size() >= max_entries_) entries_.clear();
  }
  const uint64_t story = StoryGeneration(response.story);
  entries_[key] = {gen, global_, story, std::move(response)};
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
