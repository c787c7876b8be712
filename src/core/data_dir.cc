// Data directory lookup.
#include "core/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace storytrace {

std::string FindDataDir(const std::string& flag_value) {
  namespace fs = std::filesystem;
  if (!flag_value.empty()) return flag_value;
  if (const char* env = std::getenv("STORYTRACE_DATA"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "data";
  fs::path bin_dir = exe.parent_path();
  fs::path installed = bin_dir.parent_path() / "share" / "storytrace";
  if (fs::is_directory(installed, ec)) return installed.string();
  return (bin_dir.parent_path() / "data").string();
}

}  // namespace storytrace
