#include "entities/pending_names.h"

#include <algorithm>

#include "entities/name_key.h"

namespace storytrace {
namespace {

void Erase(std::unordered_map<std::string, std::vector<uint64_t>>& index, const std::string& key,
           uint64_t serial) {
  auto it = index.find(key);
  if (it == index.end()) return;
  auto& serials = it->second;
  serials.erase(std::remove(serials.begin(), serials.end(), serial), serials.end());
  if (serials.empty()) index.erase(it);
}

}  // namespace

void PendingNames::Hold(const std::string& article_id, const Mention& m) {
  if (capacity_ == 0) return;
  std::vector<std::string> keys = {m.key};
  std::vector<uint32_t> starts = m.name_starts;
  starts.insert(starts.begin(), m.begin);
  for (uint32_t start : starts) {
    if (start < m.begin || start - m.begin >= m.text.size()) continue;
    const std::string rest = m.text.substr(start - m.begin);
    std::string key = NameKey(rest);
    if (rest.find(' ') == std::string::npos) {
      for (std::string& k : AlternativeNameKeys(rest, key)) keys.push_back(std::move(k));
    } else {
      // Its last word: the surname of the person the rest may name.
      std::string last = NameKey(rest.substr(rest.rfind(' ') + 1));
      for (std::string& k : AlternativeNameKeys(rest.substr(rest.rfind(' ') + 1), last)) {
        keys.push_back(std::move(k));
      }
      keys.push_back(std::move(last));
    }
    keys.push_back(std::move(key));
  }
  std::sort(keys.begin() + 1, keys.end());
  keys.erase(std::unique(keys.begin() + 1, keys.end()), keys.end());
  keys.erase(std::remove(keys.begin() + 1, keys.end(), keys[0]), keys.end());
  keys.erase(std::remove(keys.begin(), keys.end(), std::string()), keys.end());
  if (keys.empty()) return;
  // The oldest name held under the same name goes first.
  if (auto same = by_key_.find(keys[0]); same != by_key_.end() && same->second.size() >= per_name_) {
    Remove(same->second.front());
  }

  const uint64_t serial = first_ + held_.size();
  for (const std::string& k : keys) by_key_[k].push_back(serial);
  by_article_[article_id].push_back(serial);
  held_.push_back({{article_id, m}, std::move(keys), true});

  // The oldest names go first; taken ones left in the middle are bounded too.
  while (!held_.empty() && (size() > capacity_ || held_.size() > 2 * capacity_)) {
    if (held_.front().alive) Remove(first_);
    held_.pop_front();
    ++first_;
    --dead_;
  }
}

std::vector<HeldName> PendingNames::Take(const std::vector<std::string>& keys) {
  std::vector<uint64_t> serials;
  for (const std::string& k : keys) {
    auto it = by_key_.find(k);
    if (it != by_key_.end()) serials.insert(serials.end(), it->second.begin(), it->second.end());
  }
  std::sort(serials.begin(), serials.end());
  serials.erase(std::unique(serials.begin(), serials.end()), serials.end());
  std::vector<HeldName> out;
  out.reserve(serials.size());
  for (uint64_t serial : serials) {
    HeldName name = At(serial)->name;
    Remove(serial);
    out.push_back(std::move(name));
  }
  while (!held_.empty() && !held_.front().alive) {
    held_.pop_front();
    ++first_;
    --dead_;
  }
  return out;
}

void PendingNames::Forget(const std::string& article_id) {
  auto it = by_article_.find(article_id);
  if (it == by_article_.end()) return;
  const std::vector<uint64_t> serials = it->second;
  for (uint64_t serial : serials) Remove(serial);
}

PendingNames::Entry* PendingNames::At(uint64_t serial) { return &held_[serial - first_]; }

void PendingNames::Remove(uint64_t serial) {
  Entry* e = At(serial);
  if (!e->alive) return;
  for (const std::string& k : e->keys) Erase(by_key_, k, serial);
  Erase(by_article_, e->name.article_id, serial);
  e->alive = false;
  e->keys.clear();
  e->keys.shrink_to_fit();
  e->name = HeldName();
  ++dead_;
}

}  // namespace storytrace
