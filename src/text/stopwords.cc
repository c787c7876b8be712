// stopwords-iso loading; words are folded the same way as tokens so lookups match.
#include "text/stopwords.h"

#include <nlohmann/json.hpp>
#include <unicode/utf8.h>

#include <filesystem>
#include <fstream>

#include "text/normalizer.h"

namespace storytrace {

namespace {

using Lists = std::unordered_map<std::string, std::unordered_set<std::string>>;

// Reads one "code → [words]" file, folding the words as tokens are folded.
Status ReadLists(const std::string& path, Lists* out) {
  std::ifstream in(path);
  if (!in) return Unavailable("stopword list not found at " + path + " (run scripts/setup.sh)");
  nlohmann::json j;
  try {
    in >> j;
  } catch (const std::exception& e) {
    return InvalidArgument(path + ": " + e.what());
  }
  if (!j.is_object()) return InvalidArgument(path + ": not a JSON object");
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!it->is_array()) continue;
    auto& set = (*out)[it.key()];
    for (const auto& w : *it) {
      if (w.is_string()) set.insert(FoldForMatching(w.get<std::string>()));
    }
  }
  return Status::Ok();
}

// True when every word of `words` is one code point.
bool CharactersOnly(const std::unordered_set<std::string>& words) {
  for (const std::string& w : words) {
    int32_t i = 0, n = static_cast<int32_t>(w.size());
    UChar32 c;
    U8_NEXT(w.data(), i, n, c);
    if (c < 0 || i != n) return false;
  }
  return true;
}

}  // namespace

Result<Stopwords> Stopwords::Load(const std::string& data_dir) {
  namespace fs = std::filesystem;
  Stopwords s;
  if (Status st = ReadLists((fs::path(data_dir) / "stopwords-iso.json").string(), &s.lists_);
      !st.ok()) {
    return st;
  }
  std::string function_path = (fs::path(data_dir) / "stopwords-function.json").string();
  std::error_code ec;
  if (!fs::exists(function_path, ec)) return s;
  Lists function_words;
  if (Status st = ReadLists(function_path, &function_words); !st.ok()) return st;
  for (auto& [lang, words] : s.lists_) {
    auto it = function_words.find(lang);
    if (it == function_words.end() || it->second.empty() || CharactersOnly(it->second)) continue;
    for (auto w = words.begin(); w != words.end();) {
      w = it->second.count(*w) ? std::next(w) : words.erase(w);
    }
  }
  return s;
}

const Stopwords::List* Stopwords::ListFor(std::string_view lang) const {
  auto it = lists_.find(std::string(lang));
  return it == lists_.end() ? nullptr : &it->second;
}

bool Stopwords::Contains(std::string_view lang, std::string_view folded_word) const {
  const List* list = ListFor(lang);
  return list && list->count(std::string(folded_word)) > 0;
}

bool Stopwords::ContainsInAny(std::string_view folded_word) const {
  const std::string word(folded_word);
  for (const auto& [lang, list] : lists_) {
    if (list.count(word)) return true;
  }
  return false;
}

}  // namespace storytrace
