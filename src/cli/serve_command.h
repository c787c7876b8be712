// `storytrace serve`: the HTTP server as a subcommand.
#ifndef STORYTRACE_CLI_SERVE_COMMAND_H_
#define STORYTRACE_CLI_SERVE_COMMAND_H_

#include <cstddef>
#include <string>

namespace CLI {
class App;
}  // namespace CLI

namespace storytrace {

struct ServeOptions {
  std::string db = "storytrace.db";
  std::string bind = "127.0.0.1";
  int port = 8080;       // 0: any free port, printed at start
  size_t threads = 0;    // 0: max(16, 8 × cores)
  std::string data_dir;  // --data; empty: see FindDataDir
  std::string web_dir;   // --web; empty: see FindWebDir
  size_t max_body_mib = 16;
};

// Adds the `serve` subcommand to `app`, its options parsed into this module's ServeOptions.
// Call once, before app.parse.
CLI::App* AddServeCommand(CLI::App& app);

// Runs RunServe with the options parsed for the subcommand added by AddServeCommand.
int RunServeCommand();

// Listens, loads the models and the store (answering 503 meanwhile), then serves until SIGINT
// or SIGTERM; then stops accepting connections, lets the requests in flight finish and closes
// the store. Returns kExitOk after a signal, kExitFailure when the address cannot be bound,
// the store or the models cannot be opened, or the listener fails.
int RunServe(const ServeOptions& options);

}  // namespace storytrace

#endif  // STORYTRACE_CLI_SERVE_COMMAND_H_
