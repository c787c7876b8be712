// stopwords-iso loading; words are folded the same way as tokens so lookups match.
#include "text/stopwords.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "text/normalizer.h"

namespace storytrace {

Result<Stopwords> Stopwords::Load(const std::string& data_dir) {
  std::string path = (std::filesystem::path(data_dir) / "stopwords-iso.json").string();
  std::ifstream in(path);
  if (!in) return Unavailable("stopword list not found at " + path + " (run scripts/setup.sh)");
  nlohmann::json j;
  try {
    in >> j;
  } catch (const std::exception& e) {
    return InvalidArgument(path + ": " + e.what());
  }
  Stopwords s;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!it->is_array()) continue;
    auto& set = s.lists_[it.key()];
    for (const auto& w : *it) {
      if (w.is_string()) set.insert(FoldForMatching(w.get<std::string>()));
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

}  // namespace storytrace
