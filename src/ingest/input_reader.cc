// Input traversal (files, folders, stdin), each input read as one document, JSONL or a JSON
// array of records, and rejection reporting.
#include "ingest/input_reader.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

#include "core/content_hash.h"
#include "core/interrupt.h"
#include "ingest/byte_source.h"
#include "ingest/decode.h"
#include "ingest/live_input.h"

namespace storytrace {
namespace fs = std::filesystem;
namespace {

enum class FileKind { kText, kHtml, kJsonl, kJson, kUnknown };

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         std::equal(suffix.rbegin(), suffix.rend(), s.rbegin(),
                    [](char a, char b) { return std::tolower(a) == std::tolower(b); });
}

std::string StripGz(const std::string& name) {
  return EndsWith(name, ".gz") ? name.substr(0, name.size() - 3) : name;
}

FileKind KindOf(const std::string& path) {
  std::string name = StripGz(fs::path(path).filename().string());
  for (auto ext : {".txt", ".text"}) if (EndsWith(name, ext)) return FileKind::kText;
  for (auto ext : {".html", ".htm", ".xhtml"}) if (EndsWith(name, ext)) return FileKind::kHtml;
  for (auto ext : {".jsonl", ".ndjson"}) if (EndsWith(name, ext)) return FileKind::kJsonl;
  if (EndsWith(name, ".json")) return FileKind::kJson;
  return FileKind::kUnknown;
}

// Reads all of `src` as one text or HTML document (by `kind`; kUnknown: sniffed). An empty
// `id` is made from the content ("stdin-" and its hash), for input without a file name.
void ReadWholeDocument(ByteSource& src, const std::string& origin, std::string id, FileKind kind,
                       const InputLimits& limits, const InputReader::DocumentFn& on_document,
                       const InputReader::RejectFn& on_reject) {
  std::string bytes;
  bool too_big = false;
  Status s = src.ReadAll(limits.max_document_bytes, bytes, too_big);
  if (!s.ok()) {
    on_reject({origin, 0, s.message()});
    return;
  }
  if (too_big) {
    on_reject(
        {origin, 0, fmt::format("larger than the limit of {} bytes", limits.max_document_bytes)});
    return;
  }
  std::string charset =
      kind == FileKind::kText ? "" : CharsetIn(std::string_view(bytes).substr(0, 4096));
  auto decoded = DecodeText(bytes, charset);
  if (!decoded.ok()) {
    on_reject({origin, 0, decoded.status().message()});
    return;
  }
  RawDocument doc;
  doc.id = id.empty() ? "stdin-" + ContentHash(decoded.value().text) : std::move(id);
  doc.origin = origin;
  doc.input = origin;
  doc.encoding = decoded.value().encoding;
  doc.content = std::move(decoded.value().text);
  if (kind == FileKind::kUnknown) {
    // Sniff: markup that opens like a page is HTML, anything else plain text.
    std::string head = doc.content.substr(0, 1024);
    std::transform(head.begin(), head.end(), head.begin(), ::tolower);
    bool html = head.find("<html") != std::string::npos ||
                head.find("<!doctype html") != std::string::npos ||
                head.find("<body") != std::string::npos;
    kind = html ? FileKind::kHtml : FileKind::kText;
  }
  doc.format = kind == FileKind::kHtml ? "html" : "text";
  on_document(std::move(doc));
}

// True when some line of `text` is a JSON object on its own.
bool AnyLineIsAnObject(std::string_view text) {
  while (!text.empty()) {
    size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    size_t first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && line[first] == '{' && nlohmann::json::accept(line)) {
      return true;
    }
    if (eol == std::string_view::npos) break;
    text.remove_prefix(eol + 1);
  }
  return false;
}

void ReadJsonLines(ByteSource& src, const std::string& origin_name, const InputLimits& limits,
                   const InputReader::DocumentFn& on_document,
                   const InputReader::RejectFn& on_reject) {
  std::string line;
  bool too_long = false;
  Status status;
  int64_t line_no = 0;
  size_t total = 0;
  while (!Interrupted() && src.NextLine(limits.max_document_bytes, line, too_long, status)) {
    ++line_no;
    total += line.size() + 1;
    if (total > limits.max_file_bytes) {
      on_reject({origin_name, line_no,
                 fmt::format("input larger than the limit of {} bytes; rest not read",
                             limits.max_file_bytes)});
      return;
    }
    if (too_long) {
      on_reject({origin_name, line_no,
                 fmt::format("line longer than the limit of {} bytes", limits.max_document_bytes)});
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are fine
    auto decoded = DecodeText(line);
    if (!decoded.ok()) {
      on_reject({origin_name, line_no, decoded.status().message()});
      continue;
    }
    auto doc = ParseJsonRecord(decoded.value().text, fmt::format("{}:{}", origin_name, line_no));
    if (!doc.ok()) {
      on_reject({origin_name, line_no, doc.status().message()});
      continue;
    }
    doc.value().encoding = decoded.value().encoding;
    doc.value().input = origin_name;
    doc.value().line = line_no;
    on_document(std::move(doc).value());
  }
  if (!status.ok()) on_reject({origin_name, line_no + 1, status.message()});
}

}  // namespace

std::string InputReader::IdFromPath(const std::string& path, const std::string& folder) {
  const fs::path p(path);
  std::string name = StripGz(p.filename().string());
  for (auto ext : {".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".json", ".ndjson"}) {
    if (EndsWith(name, ext)) {
      name.resize(name.size() - std::string_view(ext).size());
      break;
    }
  }
  if (folder.empty()) return name;
  const fs::path within = p.parent_path().lexically_relative(fs::path(folder));
  if (within.empty() || within == "." || within.begin()->string() == "..") return name;
  return (within / name).generic_string();
}

void InputReader::Read(const std::vector<std::string>& inputs, const DocumentFn& on_document,
                       const RejectFn& on_reject, const PauseFn& on_pause) const {
  for (const auto& input : inputs) {
    if (Interrupted()) return;  // what was read is kept; the rest is left for another run
    if (input == "-") {
      // A file redirected to stdin is read like any file; a pipe or terminal as data arrives.
      struct stat st;
      const bool regular = fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode);
      ByteSource src = regular ? ByteSource(gzdopen(dup(STDIN_FILENO), "rb"))
                             : ByteSource(std::make_unique<LiveInput>(STDIN_FILENO, on_pause));
      if (!src.ok()) {
        on_reject({"stdin", 0, "cannot read standard input"});
        continue;
      }
      // JSONL records, or one plain-text or HTML article ("cat page.html | storytrace ingest -").
      int first = src.Peek();
      if (first == -1 || first == '{' || first == '[') {
        ReadJsonInput(src, "stdin", false, on_document, on_reject);
      } else {
        ReadWholeDocument(src, "stdin", "", FileKind::kUnknown, limits_, on_document, on_reject);
      }
    } else {
      ReadPath(input, on_document, on_reject);
    }
  }
}

void InputReader::ReadPath(const std::string& path, const DocumentFn& on_document,
                           const RejectFn& on_reject) const {
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    on_reject({path, 0, "no such file or folder"});
    return;
  }
  if (!fs::is_directory(st)) {
    ReadFile(path, "", on_document, on_reject);
    return;
  }
  std::vector<std::pair<std::string, const char*>> entries;  // path, why it is not read
  for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec),
       end;
       !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    // Nothing in the folder is passed over in silence: what cannot be read as a file is
    // rejected with the reason, in the folder's order.
    std::error_code type_ec;
    if (it->is_regular_file(type_ec)) {
      entries.push_back({it->path().string(), nullptr});
    } else if (it->is_directory(type_ec)) {
      if (it->is_symlink(type_ec)) {
        entries.push_back({it->path().string(),
                           "link to a folder, not followed (give the folder as an input)"});
      }
    } else {
      entries.push_back({it->path().string(), it->is_symlink(type_ec) ? "broken symbolic link"
                                                                         : "not a regular file"});
    }
  }
  if (ec) on_reject({path, 0, fmt::format("cannot list folder: {}", ec.message())});
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [file, skipped] : entries) {
    if (Interrupted()) return;
    if (skipped) {
      on_reject({file, 0, skipped});
    } else {
      ReadFile(file, path, on_document, on_reject);
    }
  }
}

void InputReader::ReadJsonInput(ByteSource& src, const std::string& name, bool json_file,
                                const DocumentFn& on_document, const RejectFn& on_reject) const {
  const int first = src.Peek();
  // A .json file whose first line is not a whole record holds one (pretty-printed) record.
  bool one_document = false;
  if (json_file && first == '{') {
    std::string_view head = src.Buffered();
    head.remove_prefix(head.find('{'));
    size_t eol = head.find('\n');
    one_document = eol != std::string_view::npos && !nlohmann::json::accept(head.substr(0, eol));
  }
  if (first != '[' && !one_document) {
    ReadJsonLines(src, name, limits_, on_document, on_reject);
    return;
  }
  if (ReadJsonArray(src, name, one_document, on_document, on_reject)) return;
  ByteSource lines(gzopen(name.c_str(), "rb"));  // its first line is broken: read it by lines
  ReadJsonLines(lines, name, limits_, on_document, on_reject);
}

bool InputReader::ReadJsonArray(ByteSource& src, const std::string& path,
                                bool lines_if_unparsable, const DocumentFn& on_document,
                                const RejectFn& on_reject) const {
  std::string bytes;
  bool too_big = false;
  Status s = src.ReadAll(limits_.max_document_bytes, bytes, too_big);
  if (!s.ok() || too_big) {
    on_reject({path, 0, s.ok() ? fmt::format("JSON array larger than the limit of {} bytes",
                                             limits_.max_document_bytes)
                               : s.message()});
    return true;
  }
  auto decoded = DecodeText(bytes);
  if (!decoded.ok()) {
    on_reject({path, 0, decoded.status().message()});
    return true;
  }
  nlohmann::json arr;
  try {
    arr = nlohmann::json::parse(decoded.value().text);
  } catch (const std::exception& e) {
    if (lines_if_unparsable && AnyLineIsAnObject(decoded.value().text)) return false;
    on_reject({path, 0, fmt::format("invalid JSON: {}", e.what())});
    return true;
  }
  if (arr.is_object()) {  // a .json file holding one record
    auto doc = ParseJsonRecord(arr.dump(), path);
    if (doc.ok()) {
      doc.value().input = path;
      on_document(std::move(doc).value());
    } else {
      on_reject({path, 0, doc.status().message()});
    }
    return true;
  }
  if (!arr.is_array()) {
    on_reject({path, 0, "JSON file holds neither an array of records nor one record"});
    return true;
  }
  for (size_t i = 0; i < arr.size() && !Interrupted(); ++i) {
    auto doc = ParseJsonRecord(arr[i].dump(), fmt::format("{}[{}]", path, i));
    if (doc.ok()) {
      doc.value().input = path;
      doc.value().line = static_cast<int64_t>(i + 1);
      on_document(std::move(doc).value());
    } else {
      on_reject({path, static_cast<int64_t>(i + 1), doc.status().message()});
    }
  }
  return true;
}

void InputReader::ReadFile(const std::string& path, const std::string& folder,
                           const DocumentFn& on_document, const RejectFn& on_reject) const {
  ByteSource src(gzopen(path.c_str(), "rb"));
  if (!src.ok()) {
    on_reject({path, 0, "cannot open file"});
    return;
  }
  FileKind kind = KindOf(path);
  if (kind == FileKind::kJsonl || kind == FileKind::kJson) {
    ReadJsonInput(src, path, kind == FileKind::kJson, on_document, on_reject);
    return;
  }
  ReadWholeDocument(src, path, IdFromPath(path, folder), kind, limits_, on_document, on_reject);
}

}  // namespace storytrace
