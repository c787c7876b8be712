// Counting how the stream writes the words the mention finder cannot read alone.
#include "entities/word_case.h"

#include <xxhash.h>

namespace storytrace {
namespace {

constexpr int kFilterBits = 24;

}  // namespace

WordCase::WordCase(size_t capacity)
    : capacity_(capacity), lower_((size_t{1} << kFilterBits) / 64, 0) {}

std::string WordCase::Key(std::string_view lang, std::string_view word) {
  std::string key;
  key.reserve(lang.size() + 1 + word.size());
  key.append(lang);
  key.push_back('\0');
  key.append(word);
  return key;
}

std::pair<uint64_t, uint64_t> WordCase::Bits(std::string_view key) {
  const uint64_t h = XXH3_64bits(key.data(), key.size());
  const uint64_t mask = (uint64_t{1} << kFilterBits) - 1;
  return {h & mask, (h >> 32) & mask};
}

void WordCase::CountCapitalised(std::string_view lang, std::string_view word) {
  if (word.empty() || capacity_ == 0) return;
  std::string key = Key(lang, word);
  auto it = capitalised_.find(key);
  if (it == capitalised_.end()) {
    if (capitalised_.size() >= capacity_) {
      capitalised_.erase(order_.front());
      order_.pop_front();
    }
    order_.push_back(key);
    it = capitalised_.emplace(std::move(key), 0).first;
  }
  ++it->second;
}

void WordCase::CountLowerCase(const AnalyzedText& analyzed) {
  std::string key = Key(analyzed.lang, "");
  const size_t prefix = key.size();
  for (const AnalyzedToken& t : analyzed.tokens) {
    // Stopwords (two tokens in five) are never asked about.
    if (t.span.kind != TokenKind::kWord || t.capitalized || t.stopword || t.folded.empty()) continue;
    const unsigned char first = static_cast<unsigned char>(t.folded[0]);
    if (first >= '0' && first <= '9') continue;
    key.resize(prefix);
    key.append(t.folded);
    const auto [a, b] = Bits(key);
    lower_[a / 64] |= uint64_t{1} << (a % 64);
    lower_[b / 64] |= uint64_t{1} << (b % 64);
  }
}

bool WordCase::InLowerCase(std::string_view key) const {
  const auto [a, b] = Bits(key);
  return (lower_[a / 64] >> (a % 64) & 1) && (lower_[b / 64] >> (b % 64) & 1);
}

bool WordCase::WrittenInLowerCase(std::string_view lang, std::string_view word) const {
  return InLowerCase(Key(lang, word));
}

bool WordCase::WrittenAsName(std::string_view lang, std::string_view word,
                             int min_capitalised) const {
  const std::string key = Key(lang, word);
  auto it = capitalised_.find(key);
  return it != capitalised_.end() && it->second >= min_capitalised && !InLowerCase(key);
}

}  // namespace storytrace
