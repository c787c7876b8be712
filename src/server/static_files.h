// The web UI's files (index.html, app.js, style.css, ...) served from one folder.
#ifndef STORYTRACE_SERVER_STATIC_FILES_H_
#define STORYTRACE_SERVER_STATIC_FILES_H_

#include <httplib.h>

#include <string>
#include <string_view>

namespace storytrace {

// The web UI folder: `flag_value` when non-empty (the --web flag), else the first folder that
// exists of <data dir>/web (installed: <prefix>/share/storytrace/web), <data dir>/../web and
// <binary dir>/../web (the source tree: build/storytrace → web/). "" when none exists.
std::string FindWebDir(const std::string& flag_value, const std::string& data_dir);

// The Content-Type for a file name by its extension; application/octet-stream when unknown.
std::string_view MimeTypeFor(std::string_view file_name);

// Serves files below one root folder and nothing outside it. Thread-safe (no state beyond
// the root). Not copyable.
class StaticFiles {
 public:
  // `root` may be "" (nothing is served).
  explicit StaticFiles(std::string root);
  StaticFiles(const StaticFiles&) = delete;
  StaticFiles& operator=(const StaticFiles&) = delete;

  const std::string& root() const { return root_; }

  // Sets `res` to the file for the decoded URL path `path` ("/" and folders mean their
  // index.html). Returns false, leaving `res` alone, when there is no such regular file
  // inside the root, when a path segment is "..", or when a segment starts with '.'.
  bool Serve(std::string_view path, httplib::Response& res) const;

 private:
  std::string root_;  // canonical, "" when disabled
};

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_STATIC_FILES_H_
