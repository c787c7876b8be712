// Error reporting and store opening shared by the subcommands.
#include "cli/command_support.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

namespace storytrace {

void Error(const std::string& msg) { std::cerr << "storytrace: " << msg << "\n"; }

std::unique_ptr<Store> OpenExisting(const std::string& path) {
  if (!std::filesystem::exists(path)) {
    Error(fmt::format("no database at {} (run 'storytrace ingest' first, or pass --db)", path));
    return nullptr;
  }
  auto store = Store::Open(path);
  if (!store.ok()) {
    Error(store.status().message());
    return nullptr;
  }
  return std::move(store).value();
}

std::unique_ptr<Store> OpenForListing(const CommonOptions& o, OutputFormat* f, int* rc) {
  if (!ParseOutputFormat(o.format, f)) {
    Error(fmt::format("unknown --format '{}' (table, json or jsonl)", o.format));
    *rc = kExitUsage;
    return nullptr;
  }
  auto store = OpenExisting(o.db);
  if (!store) *rc = kExitFailure;
  return store;
}

}  // namespace storytrace
