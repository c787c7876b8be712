// Stopword lists per language, loaded from the stopwords-iso data file.
#ifndef STORYTRACE_TEXT_STOPWORDS_H_
#define STORYTRACE_TEXT_STOPWORDS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/status.h"

namespace storytrace {

// Immutable after loading; safe to share between threads.
class Stopwords {
 public:
  // Loads `<data_dir>/stopwords-iso.json` (an object: ISO 639-1 code → array of words).
  // Fails with Unavailable naming the path when missing, InvalidArgument when malformed.
  static Result<Stopwords> Load(const std::string& data_dir);

  using List = std::unordered_set<std::string>;
  // True when `folded_word` (as from FoldForMatching) is a stopword of `lang`.
  bool Contains(std::string_view lang, std::string_view folded_word) const;
  // The list of `lang`, or nullptr when there is none (for per-article lookups).
  const List* ListFor(std::string_view lang) const;
  // Number of languages loaded.
  size_t size() const { return lists_.size(); }

 private:
  std::unordered_map<std::string, std::unordered_set<std::string>> lists_;
};

}  // namespace storytrace

#endif  // STORYTRACE_TEXT_STOPWORDS_H_
