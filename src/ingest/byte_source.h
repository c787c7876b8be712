// The bytes of one input: a file read through zlib (which passes plain files through unchanged)
// or a live input (a pipe on stdin) read as its data arrives.
#ifndef STORYTRACE_INGEST_BYTE_SOURCE_H_
#define STORYTRACE_INGEST_BYTE_SOURCE_H_

#include <zlib.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"
#include "ingest/live_input.h"

namespace storytrace {

// Reads one input whole or line by line, and tells a read error, a corrupt or truncated gzip
// stream and a live input cut short by an interrupt apart from a clean end. Not thread-safe.
class ByteSource {
 public:
  // Takes ownership of `f` (may be null: ok() is then false).
  explicit ByteSource(gzFile f) : f_(f) {}
  explicit ByteSource(std::unique_ptr<LiveInput> live) : f_(nullptr), live_(std::move(live)) {}
  ~ByteSource();
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // Whether there is an input to read.
  bool ok() const { return f_ != nullptr || live_ != nullptr; }

  // The first byte of the input that is not white space or part of a byte-order mark, without
  // consuming it (NextLine and ReadAll still read everything); -1 when the first 64 KiB hold
  // none (or on error).
  int Peek();

  // What has been read ahead and not consumed yet (after Peek: the input's first bytes).
  std::string_view Buffered() const { return {buf_ + pos_, len_ - pos_}; }

  // Appends the rest of the input to `out`, up to `max` bytes in all; sets `too_big` (and stops)
  // when more follows. Fails on a read error, a corrupt stream, or a live input interrupted
  // after some bytes ("interrupted before the end (N bytes read); not stored").
  Status ReadAll(size_t max, std::string& out, bool& too_big);

  // Reads the next line (without '\n') into `line`; lines longer than `max` are consumed and
  // flagged with `too_long`. Returns false at end of input; errors come back in `status`,
  // among them a last line cut short by an interrupt.
  bool NextLine(size_t max, std::string& line, bool& too_long, Status& status);

 private:
  int Fill(char* buf, size_t cap);
  // Whether a live input ended on an interrupt: what was read last may be cut short.
  bool CutShort() const { return live_ && live_->interrupted(); }
  // Whether the input ended in an error (a truncated or corrupt stream may end quietly; zlib
  // still records the error).
  bool Corrupt();
  Status Error();

  gzFile f_;
  std::unique_ptr<LiveInput> live_;
  char buf_[1 << 16];
  size_t pos_ = 0, len_ = 0;
};

}  // namespace storytrace

#endif  // STORYTRACE_INGEST_BYTE_SOURCE_H_
