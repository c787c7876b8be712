// Paths shared by tests: the source tree, the shared seed articles, the data directory.
#ifndef STORYTRACE_TESTS_TEST_PATHS_H_
#define STORYTRACE_TESTS_TEST_PATHS_H_

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

namespace storytrace::testing {

inline std::string SourceDir() { return STORYTRACE_SOURCE_DIR; }
// The real scraped examples kept beside the repository (../shared/samples/seeds).
inline std::string SeedsDir() { return SourceDir() + "/../shared/samples/seeds"; }
// True when SeedsDir() is a directory; false on a clone without ../shared beside it.
inline bool HaveSeeds() {
  std::error_code ec;
  return std::filesystem::is_directory(SeedsDir(), ec);
}
inline std::string DataDir() {
  const char* env = std::getenv("STORYTRACE_DATA");
  return env && *env ? env : SourceDir() + "/data";
}
inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace storytrace::testing

// At the top of a test that reads the seed articles: skips the test, naming the missing folder,
// when HaveSeeds() is false, so that a clone without ../shared reports it skipped, not failed.
// Use it as a statement (`STORYTRACE_SKIP_WITHOUT_SEEDS();`); `<< "more"` adds to the message.
// Needs <gtest/gtest.h>.
#define STORYTRACE_SKIP_WITHOUT_SEEDS()                                                  \
  switch (0)                                                                             \
  case 0:                                                                                \
  default:                                                                               \
    if (::storytrace::testing::HaveSeeds()) {                                            \
    } else                                                                               \
      GTEST_SKIP() << "seed articles not found at " << ::storytrace::testing::SeedsDir() \
                   << " (the repository expects the shared data at ../shared beside it)"

#endif  // STORYTRACE_TESTS_TEST_PATHS_H_
