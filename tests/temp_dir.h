// A temporary directory for files a test writes (a small gazetteer, say), removed with all it
// holds when the object goes.
#ifndef STORYTRACE_TESTS_TEMP_DIR_H_
#define STORYTRACE_TESTS_TEMP_DIR_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace storytrace::testing {

class TempDir {
 public:
  // Creates <system temp>/<name>_<process id>, empty (an old one of that name is removed).
  explicit TempDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / (name + "_" + std::to_string(getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string string() const { return path_.string(); }

  // Writes `content` to `relative` inside the directory, creating the folders on the way.
  void Write(const std::string& relative, std::string_view content) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace storytrace::testing

#endif  // STORYTRACE_TESTS_TEMP_DIR_H_
