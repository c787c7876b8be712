// Paths shared by tests: the source tree, the shared seed articles, the data directory.
#ifndef STORYTRACE_TESTS_TEST_PATHS_H_
#define STORYTRACE_TESTS_TEST_PATHS_H_

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace storytrace::testing {

inline std::string SourceDir() { return STORYTRACE_SOURCE_DIR; }
// The real scraped examples kept beside the repository (../shared/samples/seeds).
inline std::string SeedsDir() { return SourceDir() + "/../shared/samples/seeds"; }
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

#endif  // STORYTRACE_TESTS_TEST_PATHS_H_
