// Reading one input's bytes: through zlib, or from a live input as they arrive.
#include "ingest/byte_source.h"

#include <fmt/format.h>

#include <cctype>
#include <cstring>

namespace storytrace {

ByteSource::~ByteSource() {
  if (f_) gzclose(f_);
}

int ByteSource::Peek() {
  while (true) {
    for (size_t i = pos_; i < len_; ++i) {
      auto c = static_cast<unsigned char>(buf_[i]);
      if (!std::isspace(c) && c != 0xEF && c != 0xBB && c != 0xBF) return c;
    }
    // A live input hands over what has arrived: read on until a byte tells.
    if (len_ == sizeof buf_) return -1;
    int n = Fill(buf_ + len_, sizeof buf_ - len_);
    if (n <= 0) return -1;
    len_ += static_cast<size_t>(n);
  }
}

Status ByteSource::ReadAll(size_t max, std::string& out, bool& too_big) {
  char buf[1 << 16];
  too_big = false;
  if (pos_ < len_) {  // what Peek buffered
    if (out.size() + (len_ - pos_) > max) {
      too_big = true;
      return Status::Ok();
    }
    out.append(buf_ + pos_, len_ - pos_);
    pos_ = len_;
  }
  while (true) {
    int n = Fill(buf, sizeof buf);
    if (n < 0) return Error();
    if (n == 0) break;
    if (out.size() + n > max) {
      too_big = true;
      return Status::Ok();
    }
    out.append(buf, n);
  }
  // A truncated or corrupt stream may end quietly; zlib still records the error.
  if (Corrupt()) return Error();
  if (CutShort() && !out.empty()) {
    return IoError(fmt::format("interrupted before the end ({} bytes read); not stored",
                               out.size()));
  }
  return Status::Ok();
}

bool ByteSource::NextLine(size_t max, std::string& line, bool& too_long, Status& status) {
  line.clear();
  too_long = false;
  while (true) {
    if (pos_ == len_) {
      int n = Fill(buf_, sizeof buf_);
      if (n < 0) {
        status = Error();
        return false;
      }
      if (n == 0) {
        if (Corrupt()) {
          status = Error();
        } else if (CutShort() && !line.empty()) {
          status = IoError(fmt::format(
              "interrupted in the middle of the line ({} bytes read); not stored", line.size()));
        }
        return status.ok() && (!line.empty() || too_long);
      }
      pos_ = 0;
      len_ = static_cast<size_t>(n);
    }
    const char* start = buf_ + pos_;
    const char* nl = static_cast<const char*>(memchr(start, '\n', len_ - pos_));
    size_t take = nl ? static_cast<size_t>(nl - start) : len_ - pos_;
    if (!too_long) {
      if (line.size() + take > max) {
        too_long = true;
        line.clear();
      } else {
        line.append(start, take);
      }
    }
    pos_ += take;
    if (nl) {
      ++pos_;
      return true;
    }
  }
}

int ByteSource::Fill(char* buf, size_t cap) {
  return live_ ? live_->Read(buf, cap) : gzread(f_, buf, static_cast<unsigned>(cap));
}

bool ByteSource::Corrupt() {
  if (live_) return !live_->error().empty();
  int errnum = Z_OK;
  gzerror(f_, &errnum);
  return errnum != Z_OK;
}

Status ByteSource::Error() {
  if (live_) return IoError(fmt::format("read failed ({})", live_->error()));
  int errnum = 0;
  const char* msg = gzerror(f_, &errnum);
  return IoError(fmt::format("read failed ({})", msg ? msg : "unknown"));
}

}  // namespace storytrace
