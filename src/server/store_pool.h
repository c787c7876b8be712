// Read connections to the store for the HTTP worker threads: SQLite connections are not shared
// between threads, so each request borrows one and gives it back when done.
#ifndef STORYTRACE_SERVER_STORE_POOL_H_
#define STORYTRACE_SERVER_STORE_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace storytrace {

// Thread-safe. Connections are opened on demand and kept for reuse; in WAL mode they read
// while the writer writes. Not copyable.
class StorePool {
 public:
  // A borrowed connection, returned to the pool when the lease ends.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    ~Lease() { pool_->Return(std::move(store_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Store* operator->() const { return store_.get(); }
    Store& operator*() const { return *store_; }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  // `path` is the database file, which the writer has already created and migrated.
  // At most `max_idle` connections are kept between requests.
  StorePool(std::string path, size_t max_idle) : path_(std::move(path)), max_idle_(max_idle) {}
  StorePool(const StorePool&) = delete;
  StorePool& operator=(const StorePool&) = delete;

  // Borrows a connection, opening a new one when none is idle. Fails as Store::Open fails.
  Result<std::unique_ptr<Lease>> Acquire();
  // Closes the idle connections (leases still out close when they end).
  void Close();

 private:
  void Return(std::unique_ptr<Store> store);

  const std::string path_;
  const size_t max_idle_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;
  bool closed_ = false;
};

// Keeps a read snapshot open on `store` for its lifetime, so the queries of one response
// see one state of the database. Check status() before use.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(Store& store) : store_(store), status_(store.BeginSnapshot()) {}
  ~ReadSnapshot() {
    if (status_.ok()) store_.EndSnapshot();
  }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;
  const Status& status() const { return status_; }

 private:
  Store& store_;
  Status status_;
};

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_STORE_POOL_H_
