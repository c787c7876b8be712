// The serve subcommand: options, signals and the server's lifetime.
#include "cli/serve_command.h"

#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "core/data_dir.h"
#include "server/server.h"
#include "server/static_files.h"

namespace storytrace {
namespace {

ServeOptions& ParsedOptions() {
  static ServeOptions options;
  return options;
}

void Say(const std::string& msg) { std::cerr << "storytrace: " << msg << "\n" << std::flush; }

}  // namespace

CLI::App* AddServeCommand(CLI::App& app) {
  ServeOptions& o = ParsedOptions();
  auto* serve = app.add_subcommand(
      "serve", "Serve the HTTP API (contest index API, /api/v1, web UI) until SIGINT/SIGTERM");
  serve->add_option("--db", o.db, "SQLite database file")->capture_default_str();
  serve->add_option("--port", o.port, "TCP port (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  serve->add_option("--bind", o.bind, "address to listen on")->capture_default_str();
  serve->add_option("--threads", o.threads, "worker threads (default: max(16, 8 x cores))");
  serve->add_option("--data", o.data_dir,
                    "data directory (default: $STORYTRACE_DATA, then next to the binary)");
  serve->add_option("--web", o.web_dir,
                    "web UI folder (default: <data dir>/web, <data dir>/../web, then next to "
                    "the binary)");
  serve->add_option("--max-body-mib", o.max_body_mib, "largest request body, MiB")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  return serve;
}

int RunServeCommand() { return RunServe(ParsedOptions()); }

int RunServe(const ServeOptions& o) {
  // SIGINT and SIGTERM are taken by sigtimedwait below; blocked before any thread starts, so
  // every thread inherits the mask and no handler interrupts a request. A client that hangs
  // up must not kill the server with SIGPIPE.
  sigset_t stop_signals, previous;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, &previous);
  signal(SIGPIPE, SIG_IGN);

  ServerOptions so;
  so.db_path = o.db;
  so.bind_address = o.bind;
  so.port = o.port;
  so.threads = o.threads;
  so.data_dir = FindDataDir(o.data_dir);
  so.web_dir = FindWebDir(o.web_dir, so.data_dir);
  so.max_body_bytes = o.max_body_mib << 20;
  std::error_code ec;
  if (!so.web_dir.empty() && !std::filesystem::is_directory(so.web_dir, ec)) {
    Say(fmt::format("warning: no web UI folder at {}", so.web_dir));
  }

  int rc = kExitOk;
  {
    StoryServer server(so);
    if (Status s = server.Listen(); !s.ok()) {
      Say(s.message());
      pthread_sigmask(SIG_SETMASK, &previous, nullptr);
      return kExitFailure;
    }
    Say(fmt::format("listening on http://{}:{} (loading the models and {})", so.bind_address,
                    server.port(), so.db_path));
    auto start = std::chrono::steady_clock::now();
    if (Status s = server.Open(); !s.ok()) {
      Say(s.message());
      rc = kExitFailure;
    } else {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      Say(fmt::format("ready after {:.1f}s; web UI {}", secs,
                      so.web_dir.empty() ? "not found (use --web DIR)" : so.web_dir));
      int signal_number = 0;
      const timespec poll = {0, 200 * 1000 * 1000};
      while (server.listening()) {
        int got = sigtimedwait(&stop_signals, nullptr, &poll);
        if (got > 0) {
          signal_number = got;
          break;
        }
      }
      if (signal_number != 0) {
        Say(fmt::format("{} received: finishing the requests in flight",
                        signal_number == SIGINT ? "SIGINT" : "SIGTERM"));
      } else {
        Say("the listener stopped unexpectedly");
        rc = kExitFailure;
      }
    }
    server.Shutdown();
  }
  Say("stopped; store closed");
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return rc;
}

}  // namespace storytrace
