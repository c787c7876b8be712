// Lexicon keys by dictionary roots.
#include "dedup/lemma_stems.h"

#include <absl/container/flat_hash_map.h>

#include <utility>

#include "text/normalizer.h"
#include "text/stemmer.h"
#include "text/word_forms.h"

namespace storytrace {

uint64_t LemmaStems::KeyOf(std::string_view lang, const AnalyzedToken& token,
                           std::string_view surface) const {
  const uint64_t own = LexiconKey(token.stem);
  if (lexicons_ == nullptr || surface.empty() ||
      token.span.kind != TokenKind::kWord || token.folded.size() < 3 || lexicons_->Knows(lang, own)) {
    return own;
  }
  // hunspell's stem() is slow; the words that reach it (those the lexicons lack, names among
  // them) recur.
  thread_local absl::flat_hash_map<std::pair<std::string, const LemmaStems*>, uint64_t> memo;
  std::pair<std::string, const LemmaStems*> memo_key{
      std::string(lang) + ':' + std::string(surface), this};
  if (auto it = memo.find(memo_key); it != memo.end()) return it->second;
  if (memo.size() > (1 << 16)) memo.clear();
  // The key of `folded`'s stem when a lexicon from `lang` knows it, else 0.
  auto known_key = [&](std::string_view folded) -> uint64_t {
    const uint64_t k = LexiconKey(Stem(folded, lang));
    return lexicons_->Knows(lang, k) ? k : 0;
  };
  uint64_t key = 0;
  if (spelling_ != nullptr) {
    for (const std::string& root : spelling_->CommonRoots(lang, surface)) {
      if ((key = known_key(FoldForMatching(root))) != 0) break;
    }
  }
  for (const std::string& rest : WithoutProclitics(token.folded, lang)) {
    if (key != 0) break;
    key = known_key(rest);
  }
  if (key == 0 && WritesClosedCompounds(lang)) {
    // A compound by its head, the word that says what it is ("Digitalministerin" a minister,
    // "Fraktionschef" a chief): the last part after a hyphen, else where SplitCompound finds two
    // known words.
    const std::string_view word = token.folded;
    if (const size_t dash = word.rfind('-'); dash != std::string_view::npos) {
      key = known_key(word.substr(dash + 1));
    } else if (auto parts = SplitCompound(word, [&](std::string_view w) { return known_key(w) != 0; })) {
      key = known_key(parts->head);
    }
  }
  if (key == 0) key = own;
  memo.emplace(std::move(memo_key), key);
  return key;
}

std::string_view SurfaceOf(std::string_view title, std::string_view text, const AnalyzedToken& token) {
  const size_t begin = token.span.begin, end = token.span.end;
  if (end <= title.size()) return title.substr(begin, end - begin);
  const size_t body = title.empty() ? 0 : title.size() + 2;
  if (begin < body || end - body > text.size()) return {};
  return text.substr(begin - body, end - begin);
}

}  // namespace storytrace
