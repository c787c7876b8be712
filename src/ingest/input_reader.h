// Reading inputs: files (.txt, .html, .jsonl, .json, each optionally .gz), folders, stdin.
#ifndef STORYTRACE_INGEST_INPUT_READER_H_
#define STORYTRACE_INGEST_INPUT_READER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/article.h"
#include "core/status.h"
#include "ingest/raw_document.h"

namespace storytrace {

class ByteSource;

// Documented limits. A document larger than max_document_bytes (after gunzip) is rejected;
// so is a JSONL line longer than that. A .gz file may not expand beyond max_file_bytes.
struct InputLimits {
  size_t max_document_bytes = 16u << 20;  // 16 MiB
  size_t max_file_bytes = 2048u << 20;    // 2 GiB of (decompressed) JSONL
};

// Walks inputs in a stable order (folders sorted by name, recursively; hidden entries skipped)
// and reports each good document and each rejection through the callbacks, in input order.
// Never throws; a failing input never stops the others.
class InputReader {
 public:
  using DocumentFn = std::function<void(RawDocument&&)>;
  using RejectFn = std::function<void(Rejection&&)>;

  explicit InputReader(InputLimits limits = {}) : limits_(limits) {}

  using PauseFn = std::function<void()>;

  // Reads every input: a path to a file or folder, or "-" for standard input: JSONL records
  // when it opens with "{" or "[", else one text or HTML document with id "stdin-<content hash>".
  // A pipe or terminal on stdin is read as its data arrives (a live feed, see LiveInput): when
  // the reader is about to wait for more and records came since, `on_pause` (may be null) is
  // called, at most once a second, so that the caller can store what it holds.
  void Read(const std::vector<std::string>& inputs, const DocumentFn& on_document,
            const RejectFn& on_reject, const PauseFn& on_pause = nullptr) const;

  // The id of a file input: its name without known extensions ("a/000_3e26.txt.gz" →
  // "000_3e26"); for a file found in `folder` (an input folder; empty: none), its path below
  // that folder ("site/2021/07/index.html" in "site" → "2021/07/index"), so that files of the
  // same name in different subfolders stay different articles.
  static std::string IdFromPath(const std::string& path, const std::string& folder = "");

 private:
  void ReadPath(const std::string& path, const DocumentFn& on_document,
                const RejectFn& on_reject) const;
  // Reads one file; `folder` is the input folder it was found in ("" for a file given itself).
  void ReadFile(const std::string& path, const std::string& folder,
                const DocumentFn& on_document, const RejectFn& on_reject) const;
  // Reads JSON input named `name`: JSONL records, or an array of records when it opens with
  // "["; with `json_file` (a .json file) also one pretty-printed record, and a file that does not
  // parse as a whole but holds a record on a line of its own is read again by lines.
  void ReadJsonInput(ByteSource& src, const std::string& name, bool json_file,
                     const DocumentFn& on_document, const RejectFn& on_reject) const;
  // Reads a JSON file holding an array of records or one record. When the file does not parse
  // and `lines_if_unparsable` is set, reports nothing and returns false if any of its lines is a
  // JSON object on its own (the file is JSONL with a broken line; the caller reads it by lines).
  bool ReadJsonArray(ByteSource& src, const std::string& path, bool lines_if_unparsable,
                     const DocumentFn& on_document, const RejectFn& on_reject) const;

  InputLimits limits_;
};

}  // namespace storytrace

#endif  // STORYTRACE_INGEST_INPUT_READER_H_
