// Stopword lists per language: stopwords-iso, narrowed to function words where a second list
// (the `stopword` npm package) exists for the language.
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
  // stopwords-iso's lists are broad (its English one holds "open", "world", "first", "new",
  // "year", "test": the words news stories are told in), so when
  // `<data_dir>/stopwords-function.json` (same format, written by setup from the `stopword`
  // package) lists a language, only the words both lists name are kept for it, unless that
  // list is of single characters only (its Chinese list: 的, 和, 也, but not 任何, 不得, 一切,
  // the words ICU's segmentation gives), which would leave the language's function words of
  // two characters or more without a list; such a language keeps stopwords-iso's.
  // Fails with Unavailable naming the path when stopwords-iso.json is missing, and with
  // InvalidArgument when a file is malformed.
  static Result<Stopwords> Load(const std::string& data_dir);

  using List = std::unordered_set<std::string>;
  // True when `folded_word` (as from FoldForMatching) is a stopword of `lang`.
  bool Contains(std::string_view lang, std::string_view folded_word) const;
  // True when `folded_word` is a stopword of any language loaded.
  bool ContainsInAny(std::string_view folded_word) const;
  // The list of `lang`, or nullptr when there is none (for per-article lookups).
  const List* ListFor(std::string_view lang) const;
  // Number of languages loaded.
  size_t size() const { return lists_.size(); }

 private:
  std::unordered_map<std::string, std::unordered_set<std::string>> lists_;
};

}  // namespace storytrace

#endif  // STORYTRACE_TEXT_STOPWORDS_H_
