// Static file serving for the web UI.
#include "server/static_files.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>
#include <utility>
#include <vector>

namespace storytrace {
namespace fs = std::filesystem;

std::string FindWebDir(const std::string& flag_value, const std::string& data_dir) {
  if (!flag_value.empty()) return flag_value;
  std::error_code ec;
  std::vector<fs::path> candidates;
  if (!data_dir.empty()) {
    candidates.push_back(fs::path(data_dir) / "web");
    candidates.push_back(fs::path(data_dir).parent_path() / "web");
  }
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(exe.parent_path().parent_path() / "web");
  for (const fs::path& c : candidates) {
    if (fs::is_directory(c, ec)) return c.lexically_normal().string();
  }
  return {};
}

std::string_view MimeTypeFor(std::string_view file_name) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".htm", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
  };
  size_t dot = file_name.rfind('.');
  if (dot != std::string_view::npos) {
    std::string ext(file_name.substr(dot));
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& [e, type] : kTypes) {
      if (ext == e) return type;
    }
  }
  return "application/octet-stream";
}

StaticFiles::StaticFiles(std::string root) {
  std::error_code ec;
  if (root.empty()) return;
  fs::path canonical = fs::canonical(root, ec);
  if (!ec && fs::is_directory(canonical, ec)) root_ = canonical.string();
}

bool StaticFiles::Serve(std::string_view path, httplib::Response& res) const {
  if (root_.empty() || path.empty() || path.front() != '/') return false;
  if (path.find('\0') != std::string_view::npos || path.find('\\') != std::string_view::npos) {
    return false;
  }
  fs::path relative;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view segment = path.substr(start, end - start);
    if (!segment.empty()) {
      if (segment.front() == '.') return false;  // "..", "." and hidden files
      relative /= std::string(segment);
    }
    start = end + 1;
  }
  std::error_code ec;
  fs::path file = fs::path(root_) / relative;
  if (fs::is_directory(file, ec)) file /= "index.html";
  // Symbolic links may not lead out of the root either.
  fs::path resolved = fs::canonical(file, ec);
  if (ec || !fs::is_regular_file(resolved, ec)) return false;
  const std::string& root = root_;
  std::string r = resolved.string();
  if (r.size() <= root.size() || r.compare(0, root.size(), root) != 0 || r[root.size()] != '/') {
    return false;
  }
  std::ifstream in(resolved, std::ios::binary);
  if (!in) return false;
  std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  res.status = 200;
  res.set_header("Cache-Control", "no-cache");
  res.set_content(body, std::string(MimeTypeFor(resolved.filename().string())));
  return true;
}

}  // namespace storytrace
