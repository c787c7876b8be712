// Ctrl-C for long-running commands: stop reading, keep what was read.
#ifndef STORYTRACE_CORE_INTERRUPT_H_
#define STORYTRACE_CORE_INTERRUPT_H_

namespace storytrace {

// Makes the first SIGINT or SIGTERM a request to stop instead of an end: Interrupted() turns
// true, and a blocking read returns early (EINTR: the handlers do not restart system calls), so
// a command can stop reading where it is and store what it has read. A second signal ends the
// process as the default would. Call once, from the main thread, before other threads start.
void CatchInterrupts();

// Whether a stop was requested since CatchInterrupts(); always false without it. Async-signal-
// and thread-safe.
bool Interrupted();

}  // namespace storytrace

#endif  // STORYTRACE_CORE_INTERRUPT_H_
