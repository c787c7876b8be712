// Per-source paragraph counts with a share threshold and pruning of one-off paragraphs.
#include "extract/boilerplate_learner.h"

#include <xxhash.h>

#include <iterator>

namespace storytrace {
namespace {

constexpr size_t kSampleBytes = 200;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Calls `fn` with each non-empty paragraph of `body` (separated by blank lines), trimmed.
template <typename Fn>
void ForEachParagraph(std::string_view body, Fn fn) {
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find("\n\n", start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view paragraph = body.substr(start, end - start);
    while (!paragraph.empty() && IsSpace(paragraph.front())) paragraph.remove_prefix(1);
    while (!paragraph.empty() && IsSpace(paragraph.back())) paragraph.remove_suffix(1);
    if (!paragraph.empty()) fn(paragraph);
    start = end + 2;
  }
}

// `s` cut to at most `max` bytes, not inside a UTF-8 character.
std::string CutUtf8(std::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut));
}

}  // namespace

uint64_t BoilerplateLearner::KeyOf(std::string_view paragraph) {
  std::string norm;
  norm.reserve(paragraph.size());
  for (char c : paragraph) {
    if (IsSpace(c)) {
      if (!norm.empty() && norm.back() != ' ') norm += ' ';
    } else if (c >= '0' && c <= '9') {
      if (norm.empty() || norm.back() != '0') norm += '0';
    } else {
      norm += (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    }
  }
  if (!norm.empty() && norm.back() == ' ') norm.pop_back();
  return XXH3_64bits(norm.data(), norm.size());
}

void BoilerplateLearner::Load(const LearnedSource& learned) {
  SourceState& state = sources_[learned.source];
  state.articles = learned.articles;
  state.lines.clear();
  for (const LearnedLine& line : learned.lines) state.lines[line.key] = line;
}

void BoilerplateLearner::Observe(const std::string& source, std::string_view body) {
  if (source.empty()) return;
  SourceState& state = sources_[source];
  ++state.articles;
  std::unordered_set<uint64_t> seen;
  ForEachParagraph(body, [&](std::string_view paragraph) {
    uint64_t key = KeyOf(paragraph);
    if (!seen.insert(key).second) return;
    auto [it, added] = state.lines.try_emplace(key);
    LearnedLine& line = it->second;
    if (added) {
      line.key = key;
      line.first_seen = state.articles;
      line.sample = CutUtf8(paragraph, kSampleBytes);
    }
    ++line.articles;
  });
  for (auto it = state.lines.begin(); it != state.lines.end();) {
    int64_t since = state.articles - it->second.first_seen + 1;
    bool rare = since >= options_.prune_after &&
                static_cast<double>(it->second.articles) < options_.prune_share * since;
    it = rare ? state.lines.erase(it) : std::next(it);
  }
  changed_.insert(source);
}

bool BoilerplateLearner::IsBoilerplateKey(const SourceState& state, uint64_t key) const {
  auto it = state.lines.find(key);
  if (it == state.lines.end()) return false;
  const LearnedLine& line = it->second;
  int64_t since = state.articles - line.first_seen + 1;
  return line.articles >= options_.min_articles &&
         static_cast<double>(line.articles) >= options_.min_share * since;
}

bool BoilerplateLearner::IsBoilerplate(const std::string& source,
                                       std::string_view paragraph) const {
  auto it = sources_.find(source);
  return it != sources_.end() && IsBoilerplateKey(it->second, KeyOf(paragraph));
}

std::string BoilerplateLearner::Strip(const std::string& source, std::string_view body) const {
  auto it = sources_.find(source);
  if (it == sources_.end()) return std::string(body);
  std::string kept;
  size_t removed = 0;
  ForEachParagraph(body, [&](std::string_view paragraph) {
    if (IsBoilerplateKey(it->second, KeyOf(paragraph))) {
      removed += paragraph.size();
      return;
    }
    if (!kept.empty()) kept += "\n\n";
    kept += paragraph;
  });
  bool keep_all =
      removed == 0 ||
      static_cast<double>(removed) > options_.max_stripped_share * static_cast<double>(body.size());
  return keep_all ? std::string(body) : kept;
}

std::vector<LearnedSource> BoilerplateLearner::TakeChanged() {
  std::vector<LearnedSource> out;
  for (const std::string& source : changed_) {
    const SourceState& state = sources_.at(source);
    LearnedSource learned{source, state.articles, {}};
    learned.lines.reserve(state.lines.size());
    for (const auto& [key, line] : state.lines) learned.lines.push_back(line);
    out.push_back(std::move(learned));
  }
  changed_.clear();
  return out;
}

}  // namespace storytrace
