// Concepts through bilingual lexicons.
#include "cluster/concept_mapper.h"

#include <algorithm>

#include <absl/container/flat_hash_map.h>

#include "text/stemmer.h"
#include "text/word_forms.h"

namespace storytrace {

ConceptMapper::ConceptMapper(const LexiconSet* lexicons, std::string pivot, size_t max_concepts)
    : pivot_(std::move(pivot)), max_concepts_(max_concepts) {
  if (lexicons == nullptr) return;
  for (const std::string& lang : lexicons->SourceLanguages()) {
    if (lang == pivot_) continue;
    Route r;
    r.lang = lang;
    r.direct = lexicons->Get(lang, pivot_);
    for (const Lexicon* first : lexicons->From(lang)) {
      if (first->target_lang() == pivot_) continue;
      if (const Lexicon* second = lexicons->Get(first->target_lang(), pivot_)) {
        r.via.emplace_back(first, second);
      }
    }
    // The largest intermediate dictionaries first: they know the most words.
    std::sort(r.via.begin(), r.via.end(), [](const auto& a, const auto& b) {
      return a.first->entries() > b.first->entries();
    });
    if (r.direct != nullptr || !r.via.empty()) routes_.push_back(std::move(r));
  }
}

const ConceptMapper::Route* ConceptMapper::RouteFor(std::string_view lang) const {
  for (const Route& r : routes_) {
    if (r.lang == lang) return &r;
  }
  return nullptr;
}

bool ConceptMapper::Covers(std::string_view lang) const {
  return lang == pivot_ || RouteFor(lang) != nullptr;
}

size_t ConceptMapper::Concepts(std::string_view lang, std::string_view stem,
                               std::vector<uint64_t>* out) const {
  uint64_t key = LexiconKey(stem);
  if (lang == pivot_) {
    out->push_back(key);
    return 1;
  }
  // News vocabulary is Zipfian: a per-thread memo of (language, stem) → concepts saves most
  // lookups (a stem missing from the direct lexicon costs one lookup per intermediate one).
  thread_local absl::flat_hash_map<std::pair<uint64_t, const ConceptMapper*>, std::vector<uint64_t>>
      memo;
  const uint64_t memo_key = key ^ (LexiconKey(lang) * 0x9e3779b97f4a7c15ULL);
  if (auto it = memo.find({memo_key, this}); it != memo.end()) {
    out->insert(out->end(), it->second.begin(), it->second.end());
    return it->second.size();
  }
  if (memo.size() > (1 << 18)) memo.clear();
  const Route* r = RouteFor(lang);
  if (r == nullptr) return 0;
  size_t before = out->size();
  auto add = [&](uint64_t c) {
    if (out->size() - before >= max_concepts_) return;
    if (std::find(out->begin() + static_cast<std::ptrdiff_t>(before), out->end(), c) == out->end()) {
      out->push_back(c);
    }
  };
  if (r->direct != nullptr) {
    for (uint64_t c : r->direct->Lookup(key)) add(c);
  }
  if (out->size() == before) {
    for (const auto& [first, second] : r->via) {
      for (uint64_t mid : first->Lookup(key)) {
        for (uint64_t c : second->Lookup(mid)) add(c);
      }
      if (out->size() != before) break;
    }
  }
  memo.emplace(std::make_pair(memo_key, this),
               std::vector<uint64_t>(out->begin() + static_cast<std::ptrdiff_t>(before), out->end()));
  return out->size() - before;
}

size_t ConceptMapper::CompoundConcepts(std::string_view lang, std::string_view folded,
                                       std::vector<uint64_t>* out) const {
  if (!WritesClosedCompounds(lang)) return 0;
  if (RouteFor(lang) == nullptr) return 0;
  const size_t before = out->size();
  auto known = [&](std::string_view word, std::vector<uint64_t>* into) {
    return word.size() >= 3 && Concepts(lang, Stem(word, lang), into) > 0;
  };
  if (folded.find('-') != std::string_view::npos) {
    size_t start = 0;
    while (start <= folded.size()) {
      size_t end = std::min(folded.find('-', start), folded.size());
      std::vector<uint64_t> part;
      if (known(folded.substr(start, end - start), &part)) {
        out->insert(out->end(), part.begin(), part.end());
      } else if (end - start >= 8) {
        CompoundConcepts(lang, folded.substr(start, end - start), out);
      }
      start = end + 1;
    }
    return out->size() - before;
  }
  if (folded.size() < 2 * kMinCompoundPart) return 0;  // SplitCompound would find nothing
  thread_local absl::flat_hash_map<std::string, std::vector<uint64_t>> memo;
  std::string memo_key = std::string(lang) + ':' + std::string(folded);
  if (auto it = memo.find(memo_key); it != memo.end()) {
    out->insert(out->end(), it->second.begin(), it->second.end());
    return it->second.size();
  }
  if (memo.size() > (1 << 16)) memo.clear();
  std::vector<uint64_t> found, scratch;
  auto parts = SplitCompound(folded, [&](std::string_view w) {
    scratch.clear();
    return known(w, &scratch);
  });
  if (parts) {
    known(parts->modifier, &found);
    known(parts->head, &found);
  }
  out->insert(out->end(), found.begin(), found.end());
  memo.emplace(std::move(memo_key), std::move(found));
  return out->size() - before;
}

}  // namespace storytrace
