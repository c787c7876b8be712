// Linking language clusters into multilingual stories.
#include "cluster/story_linker.h"

#include <algorithm>
#include <cmath>

#include "cluster/cluster_index.h"

namespace storytrace {
namespace {

constexpr double kMinKeyMass = 6.0;

// Share of `a`'s key mass (idf, damped by how few of its articles have the key) that `b` has.
double KeyShare(const ClusterSummary& a, const ClusterSummary& b) {
  double share = 0, total = 0;
  auto j = b.keys.begin();
  for (const ClusterKey& k : a.keys) {
    double w = k.idf * std::sqrt(static_cast<double>(k.count) / std::max(1, a.size));
    total += w;
    while (j != b.keys.end() && j->key < k.key) ++j;
    if (j != b.keys.end() && j->key == k.key) share += w;
  }
  return total > 0 ? share / std::max(total, kMinKeyMass) : 0;
}

}  // namespace

uint32_t StoryLinker::Find(uint32_t s) const {
  while (parent_[s] != s) {
    parent_[s] = parent_[parent_[s]];
    s = parent_[s];
  }
  return s;
}

uint32_t StoryLinker::AddCluster(const std::string& story_id, const std::string& lang) {
  Cluster c;
  c.summary.lang = lang;
  auto it = by_id_.find(story_id);
  if (it != by_id_.end()) {
    c.story = Find(it->second);
  } else {
    c.story = static_cast<uint32_t>(stories_.size());
    stories_.push_back({story_id, 0});
    parent_.push_back(c.story);
    by_id_[story_id] = c.story;
  }
  clusters_.push_back(std::move(c));
  live_.push_back(static_cast<uint32_t>(clusters_.size() - 1));
  return static_cast<uint32_t>(clusters_.size() - 1);
}

const std::string& StoryLinker::StoryOf(uint32_t n) const {
  return stories_[Find(clusters_[n].story)].id;
}

std::string StoryLinker::Resolve(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? id : stories_[Find(it->second)].id;
}

std::vector<StoryMerge> StoryLinker::TakeMerges() {
  std::vector<StoryMerge> out;
  out.swap(merges_);
  return out;
}

const std::string& StoryLinker::Changed(uint32_t n, const std::vector<uint32_t>& added_terms,
                                        const std::vector<uint32_t>& added_concepts,
                                        const std::vector<uint32_t>& added_grams,
                                        const std::vector<uint32_t>& added_keys) {
  auto post = [&](uint64_t channel, const std::vector<uint32_t>& keys) {
    for (uint32_t k : keys) index_[Posting(channel, k)].push_back(n);
  };
  post(kTermChannel, added_terms);
  post(kConceptChannel, added_concepts);
  post(kGramChannel, added_grams);
  post(kKeyChannel, added_keys);
  Story& s = stories_[Find(clusters_[n].story)];
  const ClusterSummary& c = clusters_[n].summary;
  if (c.first_time != 0 && (s.first_time == 0 || c.first_time < s.first_time)) {
    s.first_time = c.first_time;
  }
  Link(n);
  return StoryOf(n);
}

LinkFeatures StoryLinker::Features(const ClusterSummary& a, const ClusterSummary& b) {
  LinkFeatures x{};
  const bool same_lang = a.lang == b.lang;
  x[kLinkCosTerms] = same_lang ? Cosine(a.terms, b.terms) : 0;
  x[kLinkCosConcepts] = Cosine(a.concepts, b.concepts);
  x[kLinkCosGrams] = Cosine(a.grams, b.grams);
  double ab = KeyShare(a, b), ba = KeyShare(b, a);
  x[kLinkKeyMin] = std::min(ab, ba);
  x[kLinkKeyMax] = std::max(ab, ba);
  x[kLinkSameLang] = same_lang ? 1 : 0;
  x[kLinkLogMinSize] = std::log1p(std::min(a.size, b.size));
  x[kLinkLogMaxSize] = std::log1p(std::max(a.size, b.size));
  if (a.last_time != 0 && b.last_time != 0) {
    int64_t gap = std::max<int64_t>({0, a.first_time - b.last_time, b.first_time - a.last_time});
    x[kLinkGapDays] = gap / 86400.0;
  }
  return x;
}

void StoryLinker::Link(uint32_t n) {
  const ClusterSummary& c = clusters_[n].summary;
  // A grown cluster seldom finds new neighbours with one more article: re-link while it is
  // young, then whenever it has grown by a quarter.
  if (c.size > 8 && c.size < clusters_[n].linked_size + std::max(1, clusters_[n].linked_size / 4)) {
    return;
  }
  clusters_[n].linked_size = c.size;
  const uint32_t mine = Find(clusters_[n].story);
  auto collect = [&](uint64_t posting) {
    auto it = index_.find(posting);
    if (it == index_.end()) return;
    for (uint32_t m : it->second) {
      if (clusters_[m].alive && Find(clusters_[m].story) != mine) hits_.Add(m);
    }
  };
  for (uint32_t k : TopKeys(c.terms, options_.candidate_terms)) collect(Posting(kTermChannel, k));
  for (uint32_t k : TopKeys(c.concepts, options_.candidate_terms)) {
    collect(Posting(kConceptChannel, k));
  }
  for (uint32_t k : TopKeys(c.grams, options_.candidate_terms)) collect(Posting(kGramChannel, k));
  // The cluster's most widespread keys (a big cluster gathers many rare ones).
  std::vector<const ClusterKey*> keys;
  for (const ClusterKey& k : c.keys) keys.push_back(&k);
  if (keys.size() > options_.candidate_terms) {
    std::nth_element(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(options_.candidate_terms),
                     keys.end(), [](const ClusterKey* a, const ClusterKey* b) {
                       return a->count > b->count || (a->count == b->count && a->key < b->key);
                     });
    keys.resize(options_.candidate_terms);
  }
  for (const ClusterKey* k : keys) collect(Posting(kKeyChannel, k->key));
  std::vector<uint32_t> found = hits_.Top(options_.max_candidates);
  // The link farthest above its threshold (the first of equals, for determinism).
  auto full_text = [](const ClusterSummary& s) { return 2 * s.full_text > s.size; };
  double best = 0;
  int64_t best_m = -1;
  for (uint32_t m : found) {
    const ClusterSummary& d = clusters_[m].summary;
    LinkFeatures x = Features(c, d);
    if (observer_) observer_(n, m, x);
    const bool full = full_text(c) && full_text(d);
    const bool same = c.lang == d.lang;
    const LinkModel& model = full ? (same ? options_.full_text_same_lang_model
                                          : options_.full_text_cross_lang_model)
                                  : (same ? options_.same_lang_model : options_.cross_lang_model);
    double need = full ? options_.link_probability_full_text : options_.link_probability;
    double margin = model.Probability(x) - need;
    if (margin >= 0 && (best_m < 0 || margin > best)) {
      best = margin;
      best_m = m;
    }
  }
  if (best_m < 0) return;
  uint32_t other = Find(clusters_[best_m].story);
  // The older story keeps its id.
  auto first = [&](uint32_t s) {
    return stories_[s].first_time == 0 ? INT64_MAX : stories_[s].first_time;
  };
  uint32_t into = mine, from = other;
  if (first(other) < first(mine) || (first(other) == first(mine) && other < mine)) {
    std::swap(into, from);
  }
  merges_.push_back({stories_[from].id, stories_[into].id});
  parent_[from] = into;
  if (stories_[from].first_time != 0 &&
      (stories_[into].first_time == 0 || stories_[from].first_time < stories_[into].first_time)) {
    stories_[into].first_time = stories_[from].first_time;
  }
}

std::vector<uint32_t> StoryLinker::Expire(int64_t before) {
  std::vector<uint32_t> expired;
  size_t kept = 0;
  for (uint32_t n : live_) {
    Cluster& c = clusters_[n];
    if (c.summary.last_time != 0 && c.summary.last_time < before) {
      c.alive = false;
      c.summary = ClusterSummary{};
      expired.push_back(n);
    } else {
      live_[kept++] = n;
    }
  }
  live_.resize(kept);
  // Lookups skip dead clusters anyway: clean the index only once the dead postings may
  // outnumber the live ones, so that expiry costs stay proportional to what expired.
  dead_since_cleaning_ += expired.size();
  if (dead_since_cleaning_ > live_.size()) {
    dead_since_cleaning_ = 0;
    for (auto it = index_.begin(); it != index_.end();) {
      auto& list = it->second;
      list.erase(std::remove_if(list.begin(), list.end(),
                                [&](uint32_t m) { return !clusters_[m].alive; }),
                 list.end());
      it = list.empty() ? index_.erase(it) : std::next(it);
    }
  }
  return expired;
}

}  // namespace storytrace
