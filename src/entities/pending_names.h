// Names that wait for their person. A surname alone ("Carapaz wins cycling crown") or words that
// make no name by themselves ("Sky Brown to make…") are typed a person only when the stream
// has named that person in full (EntityRegistry::KnownPersonIn, EstablishedPerson). Read
// before the full name comes, they would be lost; held here, the person named later claims
// them, and the caller stores them with the article they came from.
#ifndef STORYTRACE_ENTITIES_PENDING_NAMES_H_
#define STORYTRACE_ENTITIES_PENDING_NAMES_H_

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "entities/mention_finder.h"

namespace storytrace {

// A name held for a person, with the article it was read in.
struct HeldName {
  std::string article_id;
  Mention mention;  // untyped, as MentionFinder::Find handed it over
};

// Not thread-safe; one per pipeline. Bounded: at most `capacity` names are held, the oldest
// going first, so a long stream holds names for the person of the days around them only; and
// at most `per_name` under one name (a surname two persons share is taken and held again
// whenever either is named: its names must stay few).
class PendingNames {
 public:
  explicit PendingNames(size_t capacity = 65536, size_t per_name = 64)
      : capacity_(capacity), per_name_(per_name) {}

  // Holds untyped mention `m` of article `article_id` under the keys a person it may name
  // would have: the key of the whole mention (a person known by those words), and the key
  // of the last word, and of each rest after a name start, in the spellings of
  // AlternativeNameKeys too (a person known by that surname: "Хоригомэ" waits for horigome).
  void Hold(const std::string& article_id, const Mention& m);
  // Removes and returns, oldest first, the names held under any of `keys` (a person's key and
  // the keys of its surname). The caller holds again what it cannot type yet.
  std::vector<HeldName> Take(const std::vector<std::string>& keys);
  // Forgets the names held for article `article_id` (its text changed: their spans are stale).
  void Forget(const std::string& article_id);
  size_t size() const { return held_.size() - dead_; }

 private:
  struct Entry {
    HeldName name;
    std::vector<std::string> keys;  // keys[0]: the mention's own key
    bool alive = true;
  };
  Entry* At(uint64_t serial);
  void Remove(uint64_t serial);

  size_t capacity_;
  size_t per_name_;
  std::deque<Entry> held_;  // held_[i] has serial first_ + i
  uint64_t first_ = 0;
  size_t dead_ = 0;         // taken or forgotten entries still in held_
  std::unordered_map<std::string, std::vector<uint64_t>> by_key_;
  std::unordered_map<std::string, std::vector<uint64_t>> by_article_;
};

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_PENDING_NAMES_H_
