// libstemmer wrapper with per-thread stemmer instances (sb_stemmer is not thread-safe).
#include "text/stemmer.h"

#include <absl/container/flat_hash_map.h>

#include <libstemmer.h>

#include <cstring>
#include <map>
#include <memory>
#include <string>

namespace storytrace {
namespace {

// ISO 639-1 → Snowball algorithm name.
const char* AlgorithmFor(std::string_view lang) {
  static const std::map<std::string, const char*, std::less<>> kAlgorithms = {
      {"ar", "arabic"},     {"hy", "armenian"},   {"eu", "basque"},    {"ca", "catalan"},
      {"da", "danish"},     {"nl", "dutch"},      {"en", "english"},   {"fi", "finnish"},
      {"fr", "french"},     {"de", "german"},     {"el", "greek"},     {"hi", "hindi"},
      {"hu", "hungarian"},  {"id", "indonesian"}, {"ga", "irish"},     {"it", "italian"},
      {"lt", "lithuanian"}, {"ne", "nepali"},     {"no", "norwegian"}, {"nb", "norwegian"},
      {"nn", "norwegian"},  {"pt", "portuguese"}, {"ro", "romanian"},  {"ru", "russian"},
      {"sr", "serbian"},    {"sl", "serbian"},    {"hr", "serbian"},   {"bs", "serbian"},
      {"es", "spanish"},    {"sv", "swedish"},   {"ta", "tamil"},
      {"tr", "turkish"},    {"yi", "yiddish"}};
  auto it = kAlgorithms.find(lang);
  return it == kAlgorithms.end() ? nullptr : it->second;
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

}  // namespace

sb_stemmer* ThreadStemmer(std::string_view lang) {
  thread_local std::map<std::string, std::unique_ptr<sb_stemmer, StemmerDeleter>, std::less<>> cache;
  auto it = cache.find(lang);
  if (it != cache.end()) return it->second.get();
  const char* algo = AlgorithmFor(lang);
  sb_stemmer* s = algo ? sb_stemmer_new(algo, "UTF_8") : nullptr;
  cache.emplace(std::string(lang), std::unique_ptr<sb_stemmer, StemmerDeleter>(s));
  return s;
}

constexpr size_t kMaxMemo = 1 << 18;

bool HasStemmer(std::string_view lang) { return AlgorithmFor(lang) != nullptr; }

std::string Stem(std::string_view word, std::string_view lang) {
  return StemWith(ThreadStemmer(lang), word);
}

std::string StemWith(sb_stemmer* s, std::string_view word) {
  if (!s || word.empty()) return std::string(word);
  // News vocabulary is Zipfian: a per-thread memo saves most Snowball runs. Bounded by clearing.
  // The last stemmer's memo is remembered: an article's words all use one stemmer.
  using Memo = absl::flat_hash_map<std::string, std::string>;
  thread_local absl::flat_hash_map<sb_stemmer*, Memo> memo;
  thread_local sb_stemmer* last = nullptr;
  thread_local Memo* cache = nullptr;
  if (s != last) {
    cache = &memo[s];
    last = s;
  }
  if (auto it = cache->find(absl::string_view(word.data(), word.size())); it != cache->end()) {
    return it->second;
  }
  if (cache->size() > kMaxMemo) cache->clear();
  const sb_symbol* out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (!out) return std::string(word);
  std::string stem(reinterpret_cast<const char*>(out), sb_stemmer_length(s));
  cache->emplace(std::string(word), stem);
  return stem;
}

}  // namespace storytrace
