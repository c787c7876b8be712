#include "ingest/live_input.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <string>
#include <thread>
#include <vector>

#include "ingest/input_reader.h"

namespace storytrace {
namespace {

using std::chrono::milliseconds;

// A pipe whose ends close with the object (an end may be closed early).
struct Pipe {
  Pipe() { EXPECT_EQ(pipe(fds), 0); }
  ~Pipe() {
    CloseWriter();
    if (fds[0] >= 0) close(fds[0]);
  }
  void Write(const std::string& s) const {
    ASSERT_EQ(write(fds[1], s.data(), s.size()), ssize_t(s.size()));
  }
  void CloseWriter() {
    if (fds[1] >= 0) close(fds[1]);
    fds[1] = -1;
  }
  int fds[2] = {-1, -1};
};

std::string Gzip(const std::string& data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string ReadToEnd(LiveInput& in, int* last = nullptr) {
  std::string out;
  char buf[7];  // small reads: records cross buffer boundaries
  int n;
  while ((n = in.Read(buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  if (last != nullptr) *last = n;
  return out;
}

TEST(LiveInputTest, ReturnsWhatHasArrivedWithoutWaitingForMore) {
  Pipe p;
  p.Write("{\"id\":\"a\"}\n");
  LiveInput in(p.fds[0]);
  char buf[1 << 12];
  // The writer is still open: a reader that filled its buffer first would block here.
  int n = in.Read(buf, sizeof buf);
  ASSERT_GT(n, 0);
  std::string got(buf, static_cast<size_t>(n));
  while (got.size() < 11) {
    n = in.Read(buf, sizeof buf);
    ASSERT_GT(n, 0);
    got.append(buf, static_cast<size_t>(n));
  }
  EXPECT_EQ(got, "{\"id\":\"a\"}\n");
}

TEST(LiveInputTest, PausesOnceWhenTheFeedGoesQuietAfterData) {
  Pipe p;
  p.Write("first\n");
  int pauses = 0;
  // The pause writes the rest: were it never called, the read below would wait for ever.
  LiveInput in(
      p.fds[0],
      [&] {
        if (++pauses == 1) {
          p.Write("second\n");
          p.CloseWriter();
        }
      },
      milliseconds(20));
  EXPECT_EQ(ReadToEnd(in), "first\nsecond\n");
  // Once after "first"; after "second" the input ends before the reader would wait long.
  EXPECT_GE(pauses, 1);
  EXPECT_LE(pauses, 2);
}

TEST(LiveInputTest, NoPauseBeforeAnyData) {
  Pipe p;
  int pauses = 0;
  std::thread writer([&] {
    std::this_thread::sleep_for(milliseconds(100));
    p.Write("late\n");
    p.CloseWriter();
  });
  LiveInput in(
      p.fds[0], [&] { ++pauses; }, milliseconds(10));
  std::string got;
  char buf[64];
  int n = in.Read(buf, sizeof buf);
  writer.join();
  ASSERT_GT(n, 0);
  got.assign(buf, static_cast<size_t>(n));
  EXPECT_EQ(got, "late\n");
  EXPECT_EQ(pauses, 0);  // nothing had arrived: nothing to store
}

TEST(LiveInputTest, InflatesConcatenatedGzipMembersSentInPieces) {
  const std::string a = "{\"id\":\"1\",\"text\":\"Erste Meldung\"}\n";
  const std::string b = "{\"id\":\"2\",\"text\":\"Zweite Meldung\"}\n";
  const std::string bytes = Gzip(a) + Gzip(b);
  Pipe p;
  std::thread writer([&] {
    for (char c : bytes) p.Write(std::string(1, c));  // one byte at a time
    p.CloseWriter();
  });
  LiveInput in(p.fds[0]);
  int last = 1;
  EXPECT_EQ(ReadToEnd(in, &last), a + b);
  writer.join();
  EXPECT_EQ(last, 0);
  EXPECT_EQ(in.error(), "");
}

TEST(LiveInputTest, TruncatedGzipIsAnError) {
  const std::string bytes = Gzip(std::string(5000, 'x'));
  Pipe p;
  p.Write(bytes.substr(0, bytes.size() / 2));
  p.CloseWriter();
  LiveInput in(p.fds[0]);
  int last = 0;
  ReadToEnd(in, &last);
  EXPECT_EQ(last, -1);
  EXPECT_EQ(in.error(), "unexpected end of file");
}

TEST(LiveInputTest, PlainDataAfterGzipIsAnErrorNotDropped) {
  Pipe p;
  p.Write(Gzip("one\n") + "two\n");
  p.CloseWriter();
  LiveInput in(p.fds[0]);
  int last = 0;
  EXPECT_EQ(ReadToEnd(in, &last), "one\n");
  EXPECT_EQ(last, -1);
  EXPECT_NE(in.error(), "");
}

TEST(LiveInputTest, OneByteInputIsPlain) {
  Pipe p;
  p.Write("x");
  p.CloseWriter();
  LiveInput in(p.fds[0]);
  EXPECT_EQ(ReadToEnd(in), "x");
}

// Standard input as a live feed, through the reader: a record is handed over before the reader
// waits for the next one, and the pause comes after it.
TEST(LiveInputTest, ReaderHandsOverEachRecordOfALiveStdinFeed) {
  Pipe p;
  const int saved = dup(STDIN_FILENO);
  ASSERT_GE(saved, 0);
  ASSERT_GE(dup2(p.fds[0], STDIN_FILENO), 0);
  p.Write("{\"id\":\"a\",\"text\":\"Erste Meldung aus Berlin.\"}\n");
  std::vector<std::string> events;
  InputReader reader;
  reader.Read(
      {"-"}, [&](RawDocument&& d) { events.push_back("doc " + d.id); },
      [&](Rejection&& r) { events.push_back("rejected " + r.reason); },
      [&] {
        events.push_back("pause");
        if (events.size() == 2) {
          p.Write("{\"id\":\"b\",\"text\":\"Zweite Meldung aus Rom.\"}\n");
          p.CloseWriter();
        }
      });
  dup2(saved, STDIN_FILENO);
  close(saved);
  ASSERT_GE(events.size(), 3u);
  EXPECT_EQ(events[0], "doc a");
  EXPECT_EQ(events[1], "pause");
  EXPECT_EQ(events[2], "doc b");
}

}  // namespace
}  // namespace storytrace
