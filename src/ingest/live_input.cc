// Partial reads with poll(2), gzip inflated as it streams in.
#include "ingest/live_input.h"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/interrupt.h"

namespace storytrace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

LiveInput::LiveInput(int fd, PauseFn on_pause, milliseconds latency)
    : fd_(fd),
      on_pause_(std::move(on_pause)),
      latency_(latency),
      last_pause_(steady_clock::now()) {}

LiveInput::~LiveInput() {
  if (gzip_) inflateEnd(&zs_);
}

int LiveInput::Fail(std::string message) {
  error_ = std::move(message);
  return -1;
}

int LiveInput::Stop() {
  interrupted_ = true;
  return 0;
}

int LiveInput::RawRead(char* buf, size_t cap) {
  // The descriptor is read only once poll says it is readable, and no wait is longer than
  // kInterruptCheck: an interrupt that lands between the check below and the system call (which
  // then does not return EINTR) still ends the input within that time.
  constexpr milliseconds kInterruptCheck(250);
  while (true) {
    if (Interrupted()) return Stop();
    milliseconds wait = kInterruptCheck;
    const bool pause_due = on_pause_ && unpaused_;
    if (pause_due) {
      // Wait for input no longer than until the pause is due; if none comes, pause.
      const auto now = steady_clock::now();
      const auto due = last_pause_ + latency_;
      wait = std::min(wait, due <= now ? milliseconds(0)
                                       : std::chrono::ceil<milliseconds>(due - now));
    }
    pollfd p{fd_, POLLIN, 0};
    const int r = poll(&p, 1, static_cast<int>(wait.count()));
    if (r < 0) {
      if (errno == EINTR) continue;
      return Fail(std::strerror(errno));
    }
    if (r == 0) {
      if (pause_due && steady_clock::now() >= last_pause_ + latency_) {
        unpaused_ = false;
        last_pause_ = steady_clock::now();
        on_pause_();
      }
      continue;
    }
    const ssize_t n = read(fd_, buf, cap);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return Fail(std::strerror(errno));
    }
    if (n > 0) unpaused_ = true;
    return static_cast<int>(n);
  }
}

int LiveInput::Read(char* buf, size_t cap) {
  if (!error_.empty()) return -1;
  if (!sniffed_) {
    // Two bytes tell gzip from anything else; a pipe may hand them over one at a time.
    size_t have = 0;
    while (have < 2) {
      const int n = RawRead(in_ + have, sizeof in_ - have);
      if (n < 0) return -1;
      if (n == 0) break;
      have += static_cast<size_t>(n);
    }
    sniffed_ = true;
    gzip_ = have >= 2 && static_cast<unsigned char>(in_[0]) == 0x1f &&
            static_cast<unsigned char>(in_[1]) == 0x8b;
    if (gzip_) {
      if (inflateInit2(&zs_, 15 + 16) != Z_OK) return Fail("cannot start gzip decoding");
      zs_.next_in = reinterpret_cast<Bytef*>(in_);
      zs_.avail_in = static_cast<uInt>(have);
    } else {
      plain_len_ = have;
    }
  }
  if (gzip_) return Inflate(buf, cap);
  if (plain_pos_ < plain_len_) {
    const size_t k = std::min(cap, plain_len_ - plain_pos_);
    std::memcpy(buf, in_ + plain_pos_, k);
    plain_pos_ += k;
    return static_cast<int>(k);
  }
  return RawRead(buf, cap);
}

int LiveInput::Inflate(char* buf, size_t cap) {
  while (true) {
    if (zs_.avail_in == 0) {
      const int n = RawRead(in_, sizeof in_);
      if (n < 0) return -1;
      if (n == 0) return in_member_ && !interrupted_ ? Fail("unexpected end of file") : 0;
      zs_.next_in = reinterpret_cast<Bytef*>(in_);
      zs_.avail_in = static_cast<uInt>(n);
    }
    // Bytes after a member's end open the next member (what is not one fails its header check).
    in_member_ = true;
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = static_cast<uInt>(cap);
    const int r = inflate(&zs_, Z_NO_FLUSH);
    const int produced = static_cast<int>(cap - zs_.avail_out);
    if (r == Z_STREAM_END) {
      in_member_ = false;
      inflateReset(&zs_);
    } else if (r != Z_OK && r != Z_BUF_ERROR) {
      return Fail(zs_.msg != nullptr ? zs_.msg : "corrupt gzip data");
    }
    if (produced > 0) return produced;
  }
}

}  // namespace storytrace
