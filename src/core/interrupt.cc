// One flag, set from a signal handler.
#include "core/interrupt.h"

#include <signal.h>

#include <atomic>

namespace storytrace {
namespace {

std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the flag is set from a signal handler");

void OnSignal(int sig) {
  if (g_interrupted.exchange(true)) {
    // The second signal: the default action (end the process), as if nothing were caught.
    signal(sig, SIG_DFL);
    raise(sig);
  }
}

}  // namespace

void CatchInterrupts() {
  struct sigaction sa = {};
  sa.sa_handler = OnSignal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a read waiting for a live feed returns with EINTR
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

bool Interrupted() { return g_interrupted.load(std::memory_order_relaxed); }

}  // namespace storytrace
