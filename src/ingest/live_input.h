// Reading a pipe or terminal as data arrives: a live feed on standard input.
#ifndef STORYTRACE_INGEST_LIVE_INPUT_H_
#define STORYTRACE_INGEST_LIVE_INPUT_H_

#include <zlib.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace storytrace {

// Reads a file descriptor that may be a pipe, a socket or a terminal ("scraper | storytrace
// ingest -"). zlib's gzread fills its whole buffer before it returns, so a feed of a few
// records a minute would wait for 64 KiB; Read here returns what has arrived. Gzip input
// (concatenated members too) is recognised by its magic bytes and inflated on the fly; any
// other input passes through unchanged.
//
// When the reader is about to wait for more input and something arrived since the last call,
// `on_pause` is called, at most once per `latency` (a caller stores what it holds then, so a
// record is stored within about `latency` of its arrival even when the feed then goes quiet;
// while input keeps flowing, nothing is called and batches stay large). After an interrupt
// (core/interrupt.h), the input ends within a quarter of a second, also when the signal came
// just before a wait began.
// Not thread-safe; the descriptor stays open (the caller owns it).
class LiveInput {
 public:
  using PauseFn = std::function<void()>;
  LiveInput(int fd, PauseFn on_pause = nullptr,
            std::chrono::milliseconds latency = std::chrono::milliseconds(1000));
  ~LiveInput();
  LiveInput(const LiveInput&) = delete;
  LiveInput& operator=(const LiveInput&) = delete;

  // Reads up to `cap` (> 0) bytes of the decoded input into `buf`, waiting only until some are
  // there. Returns how many, 0 at the end of the input, -1 on error (see error()).
  int Read(char* buf, size_t cap);

  // Why Read failed: a read error, a truncated or corrupt gzip stream, or data after its end.
  const std::string& error() const { return error_; }

  // Whether the input ended because of an interrupt rather than because the feed closed (what
  // was read last may then be a record cut short; a gzip member cut short is not an error).
  bool interrupted() const { return interrupted_; }

 private:
  // Raw bytes from the descriptor as they arrive (calling on_pause_ before a wait);
  // 0 at end of input, -1 on error.
  int RawRead(char* buf, size_t cap);
  int Inflate(char* buf, size_t cap);
  int Fail(std::string message);
  // Ends the input on an interrupt: returns 0 and records why.
  int Stop();

  int fd_;
  PauseFn on_pause_;
  std::chrono::milliseconds latency_;
  std::chrono::steady_clock::time_point last_pause_;
  bool unpaused_ = false;  // bytes arrived since on_pause_ was last called
  bool sniffed_ = false;   // the first bytes were checked for the gzip magic
  bool gzip_ = false;
  bool in_member_ = false;  // inside a gzip member (its end not yet seen)
  bool interrupted_ = false;
  z_stream zs_{};
  char in_[1 << 16];
  size_t plain_pos_ = 0, plain_len_ = 0;  // sniffed bytes of plain input not yet returned
  std::string error_;
};

}  // namespace storytrace

#endif  // STORYTRACE_INGEST_LIVE_INPUT_H_
