// The read connection pool.
#include "server/store_pool.h"

namespace storytrace {

Result<std::unique_ptr<StorePool::Lease>> StorePool::Acquire() {
  std::unique_ptr<Store> store;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (closed_) return Unavailable("the store is closed");
    if (!idle_.empty()) {
      store = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!store) {
    auto opened = Store::Open(path_);
    if (!opened.ok()) return opened.status();
    store = std::move(opened).value();
  }
  return std::make_unique<Lease>(this, std::move(store));
}

void StorePool::Return(std::unique_ptr<Store> store) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!closed_ && idle_.size() < max_idle_) idle_.push_back(std::move(store));
  // Otherwise `store` closes here.
}

void StorePool::Close() {
  std::vector<std::unique_ptr<Store>> closing;
  {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    closing.swap(idle_);
  }
}

}  // namespace storytrace
