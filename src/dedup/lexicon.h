// A compact bilingual lexicon (source stem → target stems), memory-mapped from a binary file.
#ifndef STORYTRACE_DEDUP_LEXICON_H_
#define STORYTRACE_DEDUP_LEXICON_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace storytrace {

// The hash under which a stem is stored (the same function is used by every reader and writer).
uint64_t LexiconKey(std::string_view stem);

// Read-only view of a lexicon file "<src>-<tgt>.lex": a header, a sorted table of source stem
// keys with their target ranges, and the target stem keys. Thread-safe.
class Lexicon {
 public:
  // Maps `path`; fails with NotFound/IoError, or InvalidArgument on a malformed file.
  static Result<std::unique_ptr<Lexicon>> Open(const std::string& path);
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Target stem keys of source stem key `key` (empty when unknown).
  std::span<const uint64_t> Lookup(uint64_t key) const;
  // The target stem whose key is `key` ("" when unknown), valid while the lexicon lives.
  std::string_view TargetString(uint64_t key) const;
  const std::string& source_lang() const { return src_; }
  const std::string& target_lang() const { return tgt_; }
  size_t entries() const { return n_entries_; }

 private:
  Lexicon() = default;
  struct Entry {
    uint64_t key;
    uint32_t offset;
    uint32_t count;
  };
  void* map_ = nullptr;
  size_t map_size_ = 0;
  const Entry* table_ = nullptr;
  std::vector<uint32_t> slots_;  // open-addressing index over table_ (entry + 1; 0 = empty)
  const uint64_t* targets_ = nullptr;
  size_t n_entries_ = 0;
  struct StringEntry {
    uint64_t key;
    uint32_t offset;
    uint32_t length;
  };
  const StringEntry* strings_ = nullptr;
  size_t n_strings_ = 0;
  const char* blob_ = nullptr;
  size_t blob_size_ = 0;
  std::string src_, tgt_;
};

// Writes a lexicon file from (source stem, target stem) pairs (duplicates allowed; at most
// `max_targets` targets kept per source, in first-seen order). Fails with IoError.
Status WriteLexicon(const std::string& path, const std::string& src_lang,
                    const std::string& tgt_lang,
                    const std::vector<std::pair<std::string, std::string>>& pairs,
                    size_t max_targets = 12);

// All lexicons "<a>-<b>.lex" in `dir`, keyed by "a-b". Missing dir → empty set (not an error:
// translation detection then relies on names, numbers and structure).
class LexiconSet {
 public:
  static LexiconSet Load(const std::string& dir);
  // The lexicons of `dir`, those of `dir`/translation taking the place of the same
  // directions there: built with word pairs that serve translation detection only (the
  // Mueller dictionary's Russian: it finds Russian translations, but its many senses per
  // word make worse story concepts than the routes through German and French).
  static LexiconSet LoadForTranslation(const std::string& dir);
  // The same as LoadForTranslation(dir) for the set `Load(dir)` gave: the lexicons of this set
  // that no file of `dir`/translation replaces are shared, not mapped and indexed again.
  LexiconSet ForTranslation(const std::string& dir) const;
  // The lexicon from `src` to `tgt`, or nullptr.
  const Lexicon* Get(std::string_view src, std::string_view tgt) const;
  // Every lexicon from `src` (to any language).
  std::vector<const Lexicon*> From(std::string_view src) const;
  // Whether a lexicon from `src` (to any language) knows source stem key `key`.
  bool Knows(std::string_view src, uint64_t key) const;
  // The distinct source languages, sorted.
  std::vector<std::string> SourceLanguages() const;
  size_t size() const { return lexicons_.size(); }

 private:
  // Replaces (or adds) the lexicons of `over` direction by direction.
  void Overlay(LexiconSet over);

  std::vector<std::shared_ptr<const Lexicon>> lexicons_;  // shared by ForTranslation's sets
};

}  // namespace storytrace

#endif  // STORYTRACE_DEDUP_LEXICON_H_
