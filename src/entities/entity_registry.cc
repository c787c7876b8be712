// Exact and deletion-neighbourhood lookup of name keys.
#include "entities/entity_registry.h"

#include <algorithm>
#include <cmath>

#include "entities/name_key.h"
#include "entities/name_words.h"
#include "text/normalizer.h"

namespace storytrace {
namespace {

// Calls `fn` with `prefix` + `key` less one byte, for each byte of `key`, built in one reused
// buffer; not at all for keys under five bytes (short keys must match exactly).
template <typename Fn>
void ForEachDeletion(std::string_view prefix, const std::string& key, Fn&& fn) {
  if (key.size() < 5) return;
  std::string probe;
  probe.reserve(prefix.size() + key.size());
  for (size_t i = 0; i < key.size(); ++i) {
    probe.assign(prefix);
    probe.append(key, 0, i);
    probe.append(key, i + 1);
    fn(probe);
  }
}

// Whether the entity `e`, which the gazetteer named, and the gazetteer's entry `g` may be one
// place or body: not when they lie in different countries, nor when both are points more than
// about 50 km apart. Entries with neither say nothing against it (the country's entry US and
// the curated United States are one).
bool MayBeOnePlace(const EntityRecord& e, const GazetteerEntry& g) {
  if (!e.country.empty() && !g.country.empty() && e.country != g.country) return false;
  if (e.lat && e.lng && g.lat && g.lng) {
    return std::abs(*e.lat - *g.lat) < 0.5 && std::abs(*e.lng - *g.lng) < 0.5;
  }
  return true;
}

}  // namespace

void EntityRegistry::Index(size_t i, const std::vector<std::string>& alternatives) {
  const EntityRecord& e = entities_[i];
  const std::string prefix = e.type + ":";
  auto index = [&](const std::string& key) {
    by_key_.emplace(prefix + key, i);
    by_deletion_[prefix + key].push_back(i);
    ForEachDeletion(prefix, key, [&](const std::string& d) { by_deletion_[d].push_back(i); });
  };
  if (!e.key.empty()) index(e.key);
  for (const std::string& alternative : alternatives) {
    if (!alternative.empty() && alternative != e.key) index(alternative);
  }
}

void EntityRegistry::IndexSurname(size_t i) {
  const EntityRecord& e = entities_[i];
  if (e.type != "PER") return;
  // A person named by one word (a surname after a qualifier: "Judoka Ressel") by that word.
  const size_t space = e.canonical.rfind(' ');
  const std::string surname =
      space == std::string::npos ? e.canonical : e.canonical.substr(space + 1);
  std::string own = NameKey(surname);
  std::vector<std::string> keys = AlternativeNameKeys(surname, own);
  keys.insert(keys.begin(), std::move(own));
  for (const std::string& key : keys) {
    std::vector<size_t>& persons = by_surname_[key];
    if (std::find(persons.begin(), persons.end(), i) == persons.end()) persons.push_back(i);
  }
}

const EntityRecord* EntityRegistry::PersonBySurname(const std::string& key,
                                                    std::string_view surname) const {
  if (auto it = by_surname_.find(key); it != by_surname_.end()) return DominantPerson(it->second);
  if (surname.empty()) return nullptr;
  for (const std::string& alternative : AlternativeNameKeys(surname, key)) {
    if (auto it = by_surname_.find(alternative); it != by_surname_.end()) {
      return DominantPerson(it->second);
    }
  }
  return nullptr;
}

const EntityRecord* EntityRegistry::DominantPerson(const std::vector<size_t>& persons) const {
  // Persons named in several words first: a person known by the surname alone ("Takato",
  // after "Judoka Takato") is the one the surname names only when no one is named in full.
  auto named_in_full = [&](size_t i) {
    return entities_[i].canonical.find(' ') != std::string::npos;
  };
  const bool any_in_full = std::any_of(persons.begin(), persons.end(), named_in_full);
  // The most resolved person (the first seen among equals), and the runner-up's count.
  size_t best = *std::find_if(persons.begin(), persons.end(),
                              [&](size_t i) { return !any_in_full || named_in_full(i); });
  int64_t second = 0;
  for (size_t i : persons) {
    if (i == best || (any_in_full && !named_in_full(i))) continue;
    if (resolved_[i] > resolved_[best]) {
      second = resolved_[best];
      best = i;
    } else {
      second = std::max(second, resolved_[i]);
    }
  }
  if (!entities_[best].named_in_full || resolved_[best] < 3 * second) return nullptr;
  return &entities_[best];
}

std::optional<size_t> EntityRegistry::Lookup(const std::string& type, const std::string& key) const {
  const std::string prefix = type + ":";
  const std::string exact = prefix + key;
  if (auto it = by_key_.find(exact); it != by_key_.end()) return it->second;
  // Keys within one edit share the key or one of its deletions.
  std::optional<size_t> best;
  auto probe = [&](const std::string& p) {
    auto it = by_deletion_.find(p);
    if (it == by_deletion_.end()) return;
    for (size_t i : it->second) {
      const std::string& k = entities_[i].key;
      if (KeyDistance(k, key, 1) <= AllowedDistance(k.size(), key.size()) && (!best || i < *best)) {
        best = i;
      }
    }
  };
  ForEachDeletion(prefix, key, probe);
  probe(exact);
  return best;
}

bool EntityRegistry::CountSpelling(size_t i, const Mention& m) {
  EntityRecord& e = entities_[i];
  if (m.type != "PER" || e.type != "PER" || m.known != nullptr || !m.full_name ||
      m.text.find(' ') == std::string::npos || gazetteer_names_.count(i)) {
    return false;
  }
  if (spellings_.size() < entities_.size()) spellings_.resize(entities_.size());
  auto& counts = spellings_[i];
  const int64_t n = ++counts[m.text];
  if (n < 3 || m.text == e.canonical) return false;
  auto current = counts.find(e.canonical);
  if (current != counts.end() && n <= 2 * current->second) return false;
  e.canonical = m.text;
  IndexSurname(i);
  return true;
}

const EntityRecord& EntityRegistry::Resolve(const Mention& m, bool* created, bool* renamed,
                                            bool* named_in_full) {
  std::string key = m.known ? NameKey(m.known->canonical) : m.key;
  if (created) *created = false;
  if (renamed) *renamed = false;
  if (named_in_full) *named_in_full = false;
  auto found = [&](size_t i) -> const EntityRecord& {
    if (resolved_.size() < entities_.size()) resolved_.resize(entities_.size(), 0);
    ++resolved_[i];
    if (m.full_name && !entities_[i].named_in_full) {
      entities_[i].named_in_full = true;
      if (named_in_full) *named_in_full = true;
    }
    if (CountSpelling(i, m) && renamed) *renamed = true;
    return entities_[i];
  };
  // A known place one edit from another known place is another place (the towns Olympia,
  // Washington, and Olympic, Hong Kong).
  auto same = [&](std::optional<size_t> i) {
    return i && (m.known == nullptr || !gazetteer_names_.count(*i) || entities_[*i].key == key ||
                 MayBeOnePlace(entities_[*i], *m.known));
  };
  if (auto i = Lookup(m.type, key); same(i)) return found(*i);
  if (m.known == nullptr || key != m.key) {
    if (auto i = Lookup(m.type, m.key); same(i)) return found(*i);
  }
  // Transliterations keep or drop Arabic articles: "Bashar Assad" is "Baschar al-Assad".
  std::vector<std::string> alternatives = {NameKeyWithoutArticles(m.known ? m.known->canonical : m.text)};
  if (!alternatives[0].empty()) {
    if (auto i = Lookup(m.type, alternatives[0]); same(i)) return found(*i);
  }
  // A person's name in another order or read from another script.
  if (m.type == "PER" && m.known == nullptr) {
    for (std::string& key : AlternativeNameKeys(m.text, m.key)) {
      if (auto i = Lookup(m.type, key)) {
        // Its own spelling's key finds it from now on (and the surnames the article links to
        // it, which carry that key).
        by_key_.emplace(m.type + ":" + m.key, *i);
        return found(*i);
      }
      alternatives.push_back(std::move(key));
    }
  }
  EntityRecord e;
  e.type = m.type;
  e.key = key;
  for (char c : m.type) e.id += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  e.id += ":" + key;
  e.canonical = m.known ? m.known->canonical : m.text;
  if (m.known) {
    e.country = m.known->country;
    e.lat = m.known->lat;
    e.lng = m.known->lng;
  }
  entities_.push_back(std::move(e));
  Index(entities_.size() - 1, alternatives);
  IndexSurname(entities_.size() - 1);
  if (m.known && key != m.key) by_key_.emplace(m.type + ":" + m.key, entities_.size() - 1);
  if (m.known) gazetteer_names_.insert(entities_.size() - 1);
  if (created) *created = true;
  return found(entities_.size() - 1);
}

const EntityRecord* EntityRegistry::Find(const std::string& type, const std::string& key) const {
  auto i = Lookup(type, key);
  return i ? &entities_[*i] : nullptr;
}

const EntityRecord* EntityRegistry::EstablishedPerson(const std::string& key,
                                                     int64_t min_mentions,
                                                     bool named_in_full) const {
  auto i = Lookup("PER", key);
  if (!i || (named_in_full && !entities_[*i].named_in_full) || resolved_[*i] < min_mentions) {
    return nullptr;
  }
  return &entities_[*i];
}

std::optional<Mention> EntityRegistry::KnownPersonIn(const Mention& m) const {
  const bool one_word_mention = m.text.find(' ') == std::string::npos;
  // The cheap tests first: most persons are named in full, with no words before the name.
  // A one-word mention is looked up by surname only: one edit away, "Dressel" would find a
  // person "Ressel" by key.
  if (m.type != "PER" || (m.name_starts.empty() && !one_word_mention) ||
      (!one_word_mention && Find("PER", m.key) != nullptr)) {
    return std::nullopt;
  }
  std::vector<uint32_t> starts = m.name_starts;
  if (one_word_mention) starts.insert(starts.begin(), m.begin);
  for (uint32_t start : starts) {
    if (start < m.begin || start - m.begin >= m.text.size()) continue;
    std::string rest = m.text.substr(start - m.begin);
    std::string key = NameKey(rest);
    const bool one_word = rest.find(' ') == std::string::npos;
    if (one_word && !IsSurnameShaped(rest)) continue;
    const EntityRecord* person = one_word ? PersonBySurname(key, rest) : Find("PER", key);
    if (person == nullptr ||
        (one_word && !IsSurnameShaped(person->canonical.substr(0, person->canonical.find(' '))))) {
      continue;
    }
    Mention narrowed = m;
    narrowed.begin = start;
    narrowed.text = std::move(rest);
    narrowed.key = one_word ? person->key : key;
    narrowed.full_name = !one_word && m.full_name;
    narrowed.name_starts.clear();
    return narrowed;
  }
  return std::nullopt;
}

void EntityRegistry::Add(const EntityRecord& e, int64_t mentions,
                         std::optional<bool> named_in_full) {
  if (by_key_.count(e.type + ":" + e.key)) return;
  entities_.push_back(e);
  const size_t i = entities_.size() - 1;
  Index(i, {NameKeyWithoutArticles(e.canonical)});
  resolved_.resize(entities_.size(), 0);
  resolved_[i] = mentions;
  if (e.type != "PER") return;
  spellings_.resize(entities_.size());
  spellings_[i][e.canonical] = mentions;
  IndexSurname(i);
  if (named_in_full) {
    entities_[i].named_in_full = *named_in_full;
    return;
  }
  const size_t first_space = e.canonical.find(' '), last_space = e.canonical.rfind(' ');
  if (first_space == std::string::npos) return;
  const std::string_view first = std::string_view(e.canonical).substr(0, first_space);
  const std::string_view last = std::string_view(e.canonical).substr(last_space + 1);
  if (!IsInCapitals(first) && !IsInCapitals(last) && IsSurnameShaped(first) &&
      IsSurnameShaped(last)) {
    entities_[i].named_in_full = true;
  }
}

}  // namespace storytrace
