// Lexicon file format (little-endian):
//   "STLEX2\0\0"  src[8]  tgt[8]  u64 n_entries  u64 n_targets
//   n_entries × {u64 key, u32 offset, u32 count}   sorted by key
//   n_targets × u64 target key
//   u64 n_strings, n_strings × {u64 key, u32 offset, u32 length} sorted by key, then the bytes
//   of the target stems (so that a search can be expanded with words, not only hashes)
#include "dedup/lexicon.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <unordered_map>

namespace storytrace {
namespace {

constexpr char kMagic[8] = {'S', 'T', 'L', 'E', 'X', '2', 0, 0};
constexpr size_t kHeader = 8 + 8 + 8 + 8 + 8;

}  // namespace

uint64_t LexiconKey(std::string_view stem) { return XXH3_64bits(stem.data(), stem.size()); }

Result<std::unique_ptr<Lexicon>> Lexicon::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NotFound("cannot open lexicon " + path + ": " + std::strerror(errno));
  struct stat st {};
  if (fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(kHeader)) {
    ::close(fd);
    return InvalidArgument("lexicon " + path + " is truncated");
  }
  void* map = mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return IoError("cannot map lexicon " + path);
  std::unique_ptr<Lexicon> lex(new Lexicon());
  lex->map_ = map;
  lex->map_size_ = st.st_size;
  const char* p = static_cast<const char*>(map);
  if (std::memcmp(p, kMagic, 8) != 0) return InvalidArgument(path + " is not a lexicon file");
  lex->src_.assign(p + 8, strnlen(p + 8, 8));
  lex->tgt_.assign(p + 16, strnlen(p + 16, 8));
  uint64_t n_entries, n_targets;
  std::memcpy(&n_entries, p + 24, 8);
  std::memcpy(&n_targets, p + 32, 8);
  const uint64_t size = static_cast<uint64_t>(st.st_size);
  uint64_t strings_at = kHeader + n_entries * sizeof(Entry) + n_targets * 8;
  uint64_t n_strings = 0;
  if (strings_at + 8 > size) return InvalidArgument("lexicon " + path + " is truncated");
  std::memcpy(&n_strings, p + strings_at, 8);
  const uint64_t blob_at = strings_at + 8 + n_strings * sizeof(StringEntry);
  if (blob_at > size) return InvalidArgument("lexicon " + path + " has an inconsistent size");
  lex->n_entries_ = n_entries;
  lex->table_ = reinterpret_cast<const Entry*>(p + kHeader);
  lex->targets_ = reinterpret_cast<const uint64_t*>(p + kHeader + n_entries * sizeof(Entry));
  lex->strings_ = reinterpret_cast<const StringEntry*>(p + strings_at + 8);
  lex->n_strings_ = n_strings;
  lex->blob_ = p + blob_at;
  lex->blob_size_ = size - blob_at;
  for (size_t i = 0; i < n_strings; ++i) {
    if (uint64_t{lex->strings_[i].offset} + lex->strings_[i].length > lex->blob_size_) {
      return InvalidArgument("lexicon " + path + " has a string out of range");
    }
  }
  for (size_t i = 0; i < n_entries; ++i) {
    if (uint64_t{lex->table_[i].offset} + lex->table_[i].count > n_targets) {
      return InvalidArgument("lexicon " + path + " has an entry out of range");
    }
  }
  // A hash index (keys are already hashes) makes lookups one or two cache misses instead of a
  // binary search's twenty.
  size_t cap = 16;
  while (cap < n_entries * 2) cap *= 2;
  lex->slots_.assign(cap, 0);
  for (size_t i = 0; i < n_entries; ++i) {
    size_t s = lex->table_[i].key & (cap - 1);
    while (lex->slots_[s] != 0) s = (s + 1) & (cap - 1);
    lex->slots_[s] = static_cast<uint32_t>(i + 1);
  }
  return lex;
}

Lexicon::~Lexicon() {
  if (map_ != nullptr) munmap(map_, map_size_);
}

std::span<const uint64_t> Lexicon::Lookup(uint64_t key) const {
  size_t mask = slots_.size() - 1;
  for (size_t s = key & mask; slots_[s] != 0; s = (s + 1) & mask) {
    const Entry& e = table_[slots_[s] - 1];
    if (e.key == key) return {targets_ + e.offset, e.count};
  }
  return {};
}

std::string_view Lexicon::TargetString(uint64_t key) const {
  const StringEntry* end = strings_ + n_strings_;
  const StringEntry* it = std::lower_bound(
      strings_, end, key, [](const StringEntry& e, uint64_t k) { return e.key < k; });
  if (it == end || it->key != key) return {};
  return {blob_ + it->offset, it->length};
}

Status WriteLexicon(const std::string& path, const std::string& src_lang,
                    const std::string& tgt_lang,
                    const std::vector<std::pair<std::string, std::string>>& pairs,
                    size_t max_targets) {
  if (src_lang.size() > 8 || tgt_lang.size() > 8) return InvalidArgument("language code too long");
  std::map<uint64_t, std::vector<uint64_t>> table;
  std::map<uint64_t, std::string> target_strings;
  for (const auto& [s, t] : pairs) {
    if (s.empty() || t.empty()) continue;
    auto& v = table[LexiconKey(s)];
    uint64_t tk = LexiconKey(t);
    if (v.size() < max_targets && std::find(v.begin(), v.end(), tk) == v.end()) {
      v.push_back(tk);
      target_strings.emplace(tk, t);
    }
  }
  std::string tmp = path + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  if (!out) return IoError("cannot write " + tmp);
  char name[16] = {};
  std::memcpy(name, src_lang.data(), src_lang.size());
  std::memcpy(name + 8, tgt_lang.data(), tgt_lang.size());
  uint64_t n_entries = table.size(), n_targets = 0;
  for (const auto& [k, v] : table) n_targets += v.size();
  out.write(kMagic, 8);
  out.write(name, 16);
  out.write(reinterpret_cast<const char*>(&n_entries), 8);
  out.write(reinterpret_cast<const char*>(&n_targets), 8);
  uint32_t offset = 0;
  for (const auto& [k, v] : table) {
    uint32_t count = static_cast<uint32_t>(v.size());
    out.write(reinterpret_cast<const char*>(&k), 8);
    out.write(reinterpret_cast<const char*>(&offset), 4);
    out.write(reinterpret_cast<const char*>(&count), 4);
    offset += count;
  }
  for (const auto& [k, v] : table) {
    out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size() * 8));
  }
  uint64_t n_strings = target_strings.size();
  out.write(reinterpret_cast<const char*>(&n_strings), 8);
  uint32_t string_offset = 0;
  for (const auto& [k, str] : target_strings) {
    uint32_t length = static_cast<uint32_t>(str.size());
    out.write(reinterpret_cast<const char*>(&k), 8);
    out.write(reinterpret_cast<const char*>(&string_offset), 4);
    out.write(reinterpret_cast<const char*>(&length), 4);
    string_offset += length;
  }
  for (const auto& [k, str] : target_strings) out.write(str.data(), static_cast<std::streamsize>(str.size()));
  out.close();
  if (!out) return IoError("cannot write " + tmp);
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return IoError("cannot rename " + tmp + ": " + ec.message());
  return Status::Ok();
}

LexiconSet LexiconSet::Load(const std::string& dir) {
  LexiconSet set;
  std::error_code ec;
  if (dir.empty() || !std::filesystem::is_directory(dir, ec)) return set;
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".lex") paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    auto lex = Lexicon::Open(p);
    if (lex.ok()) set.lexicons_.push_back(std::move(lex.value()));
  }
  return set;
}

LexiconSet LexiconSet::LoadForTranslation(const std::string& dir) {
  return Load(dir).ForTranslation(dir);
}

LexiconSet LexiconSet::ForTranslation(const std::string& dir) const {
  LexiconSet set = *this;
  set.Overlay(Load(dir + "/translation"));
  return set;
}

void LexiconSet::Overlay(LexiconSet over) {
  for (auto& lex : over.lexicons_) {
    auto same = std::find_if(lexicons_.begin(), lexicons_.end(), [&](const auto& l) {
      return l->source_lang() == lex->source_lang() && l->target_lang() == lex->target_lang();
    });
    if (same != lexicons_.end()) {
      *same = std::move(lex);
    } else {
      lexicons_.push_back(std::move(lex));
    }
  }
}

const Lexicon* LexiconSet::Get(std::string_view src, std::string_view tgt) const {
  for (const auto& l : lexicons_) {
    if (l->source_lang() == src && l->target_lang() == tgt) return l.get();
  }
  return nullptr;
}

std::vector<const Lexicon*> LexiconSet::From(std::string_view src) const {
  std::vector<const Lexicon*> out;
  for (const auto& l : lexicons_) {
    if (l->source_lang() == src) out.push_back(l.get());
  }
  return out;
}

bool LexiconSet::Knows(std::string_view src, uint64_t key) const {
  for (const auto& l : lexicons_) {
    if (l->source_lang() == src && !l->Lookup(key).empty()) return true;
  }
  return false;
}

std::vector<std::string> LexiconSet::SourceLanguages() const {
  std::vector<std::string> out;
  for (const auto& l : lexicons_) out.push_back(l->source_lang());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace storytrace
