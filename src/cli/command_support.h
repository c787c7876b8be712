// What every subcommand shares: reporting errors and opening an existing store.
#ifndef STORYTRACE_CLI_COMMAND_SUPPORT_H_
#define STORYTRACE_CLI_COMMAND_SUPPORT_H_

#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/output.h"
#include "core/status.h"
#include "store/store.h"

namespace storytrace {

// Prints "storytrace: <msg>" on stderr.
void Error(const std::string& msg);

// Reports a failed result on stderr; true when the command must stop.
template <typename T>
bool Failed(const Result<T>& r) {
  if (r.ok()) return false;
  Error(r.status().message());
  return true;
}

// Opens an existing store (read commands must not create an empty one by accident); null
// (reported) when there is none or it cannot be opened.
std::unique_ptr<Store> OpenExisting(const std::string& path);

// The common start of a listing command: a valid --format (into `*f`) and an existing store.
// Null when either fails, with `*rc` set to the exit code.
std::unique_ptr<Store> OpenForListing(const CommonOptions& o, OutputFormat* f, int* rc);

}  // namespace storytrace

#endif  // STORYTRACE_CLI_COMMAND_SUPPORT_H_
