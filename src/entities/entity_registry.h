// The registry of canonical entities: every mention is resolved to one entity id, across
// articles and languages, by name key (exact, then within a small edit distance).
#ifndef STORYTRACE_ENTITIES_ENTITY_REGISTRY_H_
#define STORYTRACE_ENTITIES_ENTITY_REGISTRY_H_

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/mention_finder.h"

namespace storytrace {

struct EntityRecord {
  std::string id;         // "per:vladimirputin", "loc:moskov" — type and the first key
  std::string canonical;  // display name: the gazetteer's, else the first surface form seen
  std::string type;
  std::string key;
  std::string country;    // places: ISO 3166-1 alpha-2
  std::optional<double> lat, lng;
  bool named_in_full = false;  // persons: a full-name mention named it (Mention::full_name)
};

// Not thread-safe; one per pipeline.
class EntityRegistry {
 public:
  // Resolves `m` to an entity, creating it when no known entity of the same type has the same
  // key or a key within AllowedDistance, nor, for a person, one of its alternative keys
  // (AlternativeNameKeys: "Момидзи Нисия" is Momiji Nishiya, "NISHIYA Momiji" too). Sets
  // *created when a new entity was made. A person's canonical name is the spelling most of its
  // full-name mentions use: a spelling seen three times or more and more than twice as often as
  // the canonical one replaces it ("Janjo Garnbret", a Slovenian accusative seen first, becomes
  // "Janja Garnbret"); *renamed is then set. Names from the gazetteer keep theirs. Sets
  // *named_in_full when `m` is the first full-name mention of its person
  // (EntityRecord::named_in_full became true).
  const EntityRecord& Resolve(const Mention& m, bool* created = nullptr, bool* renamed = nullptr,
                              bool* named_in_full = nullptr);
  // The entity of type `type` that a mention keyed `key` would resolve to, without making one
  // (same key or within AllowedDistance); null when none.
  const EntityRecord* Find(const std::string& type, const std::string& key) const;
  // The person keyed `key` (or within AllowedDistance) when a full-name mention named it
  // (Mention::full_name; not asked when `named_in_full` is false) and at least `min_mentions`
  // mentions have been resolved to it; null otherwise. For words that made no name by
  // themselves ("Sky Brown to make…"): only a person the stream has named with some certainty.
  const EntityRecord* EstablishedPerson(const std::string& key, int64_t min_mentions,
                                        bool named_in_full = true) const;
  // For a person mention the registry has no entity for: the same mention narrowed to the name
  // of a person the stream knows, when its words from one of its name starts
  // (Mention::name_starts), or the mention itself when it is one word, name that person: a
  // multi-word name the registry has, or a surname PersonBySurname gives ("NBA-Star Doncic" →
  // "Doncic", keyed as Luka Doncic; "DeChambeau" as Bryson DeChambeau). A surname taken alone
  // is letters only, and so is the first word of the person it names ("Olympics" is not
  // "Last-Minute Olympics"). nullopt otherwise, and for any other mention.
  std::optional<Mention> KnownPersonIn(const Mention& m) const;
  // Warm-up: an entity already in the store, with its mentions there (they count as resolved
  // to it, for PersonBySurname). A person is indexed by its surname, and counts as named in
  // full as `named_in_full` says; when that is unknown (a store written before it was kept),
  // when its name has two or more words, neither first nor last in capitals, both
  // surname-shaped.
  void Add(const EntityRecord& e, int64_t mentions = 0,
           std::optional<bool> named_in_full = std::nullopt);
  // The person whose last word has the name key `key`: of the persons with that last word
  // (those of two or more words; persons of that one word only when there are none), the one a
  // full-name mention (Mention::full_name) named, when it is the only one or has been resolved
  // at least three times as often as each other ("djokovik": Novak Djokovic; "donkik": Luka
  // Dončić, not his father Saša, named once; "gasol" after Pau and Marc Gasol, alike: null);
  // null otherwise. Entities added by Add count with their stored mentions. With `surname`
  // (the word `key` was made from), its alternative keys are tried too (AlternativeNameKeys:
  // "Хоригомэ" → horigome).
  const EntityRecord* PersonBySurname(const std::string& key, std::string_view surname = {}) const;
  size_t size() const { return entities_.size(); }

 private:
  std::optional<size_t> Lookup(const std::string& type, const std::string& key) const;
  // Indexes entity `i` under its key and its non-empty `alternatives` (NameKeyWithoutArticles,
  // AlternativeNameKeys).
  void Index(size_t i, const std::vector<std::string>& alternatives);
  // The person among `persons` (sharing a last word) PersonBySurname gives; null when none.
  const EntityRecord* DominantPerson(const std::vector<size_t>& persons) const;
  // Indexes person `i`, once made, under the keys of its last word (see PersonBySurname).
  void IndexSurname(size_t i);
  // Counts the spelling of full-name mention `m` of person `i`, and renames the person when
  // the spelling has come to lead (see Resolve); true when it did.
  bool CountSpelling(size_t i, const Mention& m);

  std::vector<EntityRecord> entities_;
  std::unordered_map<std::string, size_t> by_key_;  // type + ":" + key → entity
  // type + ":" + (key with one letter deleted) → entities; finds keys within edit distance 1
  // (and, through the exact map, the rest) without scanning.
  std::unordered_map<std::string, std::vector<size_t>> by_deletion_;
  // Key of a person's last word → the persons with it, in the order they were first seen.
  std::unordered_map<std::string, std::vector<size_t>> by_surname_;
  std::vector<int64_t> resolved_;          // per entity: mentions resolved to it
  // Per entity: how often each spelling of a full-name mention named it (persons only; for an
  // entity added by Add, its canonical name counts with its stored mentions).
  std::vector<std::unordered_map<std::string, int64_t>> spellings_;
  std::unordered_set<size_t> gazetteer_names_;  // entities named by the gazetteer: never renamed
};

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_ENTITY_REGISTRY_H_
