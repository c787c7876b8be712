// Linking language clusters into multilingual stories.
#include "cluster/story_linker.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_set>

#include "cluster/cluster_index.h"

namespace storytrace {

uint32_t StoryLinker::AddCluster(const std::string& story_id, const std::string& lang) {
  const uint32_t n = static_cast<uint32_t>(clusters_.size());
  Cluster c;
  c.summary.lang = lang;
  c.summary.hides_names = ScriptHidesNames(lang);
  auto it = by_id_.find(story_id);
  if (it != by_id_.end()) {
    // Joins the story that holds the named story's first cluster, tied to that cluster.
    const uint32_t anchor = stories_[it->second].first_cluster;
    c.story = clusters_[anchor].story;
    c.edges.push_back({anchor, true});
    clusters_[anchor].edges.push_back({n, true});
  } else {
    c.story = static_cast<uint32_t>(stories_.size());
    c.started = static_cast<int64_t>(stories_.size());
    stories_.push_back({story_id, 0, n, {}, {}});
    by_id_[story_id] = c.story;
  }
  stories_[c.story].clusters.push_back(n);
  stories_[c.story].live.push_back(n);
  clusters_.push_back(std::move(c));
  live_.push_back(n);
  return n;
}

const std::string& StoryLinker::StoryOf(uint32_t n) const {
  return stories_[clusters_[n].story].id;
}

std::string StoryLinker::Resolve(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? id : StoryOf(stories_[it->second].first_cluster);
}

std::vector<StoryMerge> StoryLinker::TakeMerges() {
  std::vector<StoryMerge> out;
  out.swap(merges_);
  return out;
}

std::vector<StoryLinker::Split> StoryLinker::TakeSplits() {
  std::vector<Split> out;
  out.swap(splits_);
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
  Story& s = stories_[clusters_[n].story];
  const ClusterSummary& c = clusters_[n].summary;
  if (c.first_time != 0 && (s.first_time == 0 || c.first_time < s.first_time)) {
    s.first_time = c.first_time;
  }
  Link(n);
  return StoryOf(n);
}

LinkFeatures StoryLinker::ModelFeatures(const ClusterSummary& a, const ClusterSummary& b) const {
  LinkFeatures x = LinkPairFeatures(a, b);
  if ((a.hides_names || b.hides_names) && a.lang != b.lang &&
      options_.For(IsFullText(a) && IsFullText(b)).impute_unmatched_scripts) {
    ImputeNameEvidence(&x);
  }
  return x;
}

StoryLinker::PairScore StoryLinker::Score(const ClusterSummary& a, const ClusterSummary& b,
                                          const LinkFeatures& x) const {
  const bool full = IsFullText(a) && IsFullText(b);
  const bool same = a.lang == b.lang;
  const LinkModel& model =
      full ? (same ? options_.full_text_same_lang_model : options_.full_text_cross_lang_model)
           : (same ? options_.same_lang_model : options_.cross_lang_model);
  return {model.Probability(x), &options_.For(full)};
}

StoryLinker::PairScore StoryLinker::Score(const ClusterSummary& a,
                                          const ClusterSummary& b) const {
  return Score(a, b, ModelFeatures(a, b));
}

void StoryLinker::Link(uint32_t n) {
  const ClusterSummary& c = clusters_[n].summary;
  // A grown cluster seldom finds new neighbours with one more article: re-link while it is
  // young, then whenever it has grown by a quarter.
  if (c.size > 8 && c.size < clusters_[n].linked_size + std::max(1, clusters_[n].linked_size / 4)) {
    return;
  }
  clusters_[n].linked_size = c.size;
  Recheck(n);
  const uint32_t mine = clusters_[n].story;
  auto collect = [&](uint64_t posting) {
    auto it = index_.find(posting);
    if (it == index_.end()) return;
    for (uint32_t m : it->second) {
      if (clusters_[m].alive && clusters_[m].story != mine) hits_.Add(m);
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
  // Links above their threshold, farthest first (the first of equals, for determinism); the
  // first whose cluster agrees with the other story as a whole, and the other way round,
  // merges.
  struct Option {
    double margin;
    uint32_t m;
  };
  std::vector<Option> options;
  std::unordered_map<uint32_t, double> known;  // n's link probability with each candidate
  std::vector<uint32_t> holding;  // candidates whose link with n would hold (see Recheck)
  for (uint32_t m : found) {
    const ClusterSummary& d = clusters_[m].summary;
    const LinkFeatures x = ModelFeatures(c, d);
    if (observer_) observer_(n, m, x);
    const PairScore score = Score(c, d, x);
    known[m] = score.probability;
    const LinkThresholds& t = *score.rules;
    // Neither a new link nor one that would hold: the country rule need not be looked at.
    if (score.probability < std::min(t.link, t.unlink)) continue;
    // Clusters that both name countries but hardly the same ones do not link (new links only:
    // re-scored links are not held to it, as a growing cluster's countries change).
    if (t.min_country_overlap >= 0) {
      const double overlap = CountryOverlap(c, d);
      if (overlap >= 0 && overlap < t.min_country_overlap) continue;
    }
    if (score.probability >= t.link) options.push_back({score.probability - t.link, m});
    if (score.probability >= t.unlink) holding.push_back(m);
  }
  std::stable_sort(options.begin(), options.end(),
                   [](const Option& a, const Option& b) { return a.margin > b.margin; });
  std::unordered_map<uint32_t, bool> agrees;  // whether n agrees with a story, by story
  for (const Option& o : options) {
    auto [it, fresh] = agrees.try_emplace(clusters_[o.m].story, false);
    if (fresh) it->second = AgreesWithStory(n, it->first, known);
    if (it->second && AgreesWithStory(o.m, clusters_[n].story, {})) {
      Merge(n, o.m);
      return;
    }
  }
  const LinkThresholds& rules = options_.For(IsFullText(c));
  if (rules.story_link < 0) return;
  // No single link: compare the stories as wholes. The story with the highest mean link
  // probability (the first of equals, by number) merges when that reaches the threshold,
  // linked through its cluster most likely linked to n (a link that holds).
  std::vector<std::pair<uint32_t, uint32_t>> stories;  // (story, its best cluster for n)
  for (uint32_t m : holding) {
    const uint32_t t = clusters_[m].story;
    auto it = std::find_if(stories.begin(), stories.end(),
                           [&](const auto& s) { return s.first == t; });
    if (it == stories.end()) {
      stories.emplace_back(t, m);
    } else if (known[m] > known[it->second]) {
      it->second = m;
    }
  }
  std::sort(stories.begin(), stories.end());
  double best = rules.story_link;
  std::optional<uint32_t> target;
  for (const auto& [t, m] : stories) {
    const double mean = StoryLinkage(mine, t, n, known);
    if (mean > best || (mean == best && !target)) {
      best = mean;
      target = m;
    }
  }
  if (target) Merge(n, *target);
}

double StoryLinker::StoryLinkage(uint32_t s, uint32_t t, uint32_t n,
                                 const std::unordered_map<uint32_t, double>& known) const {
  double sum = 0, weight = 0;
  for (uint32_t a : stories_[s].live) {
    const ClusterSummary& x = clusters_[a].summary;
    for (uint32_t b : stories_[t].live) {
      const ClusterSummary& y = clusters_[b].summary;
      auto it = a == n ? known.find(b) : known.end();
      const double p = it != known.end() ? it->second : Score(x, y).probability;
      const double w = static_cast<double>(x.size) * y.size;
      sum += w * p;
      weight += w;
    }
  }
  return weight > 0 ? sum / weight : 0;
}

double StoryLinker::MeanProbability(uint32_t n, uint32_t story,
                                    const std::unordered_map<uint32_t, double>& known) const {
  const ClusterSummary& c = clusters_[n].summary;
  double sum = 0, weight = 0;
  for (uint32_t k : stories_[story].live) {
    if (k == n) continue;
    const ClusterSummary& d = clusters_[k].summary;
    auto it = known.find(k);
    sum += d.size * (it != known.end() ? it->second : Score(c, d).probability);
    weight += d.size;
  }
  return weight > 0 ? sum / weight : -1;
}

bool StoryLinker::AgreesWithStory(uint32_t n, uint32_t story,
                                  const std::unordered_map<uint32_t, double>& known) const {
  if (options_.story_probability < 0) return true;
  const double mean = MeanProbability(n, story, known);
  return mean < 0 || mean >= options_.story_probability;
}

void StoryLinker::DropEdge(uint32_t n, size_t i) {
  std::vector<Edge>& edges = clusters_[n].edges;
  const uint32_t m = edges[i].other;
  edges.erase(edges.begin() + static_cast<std::ptrdiff_t>(i));
  std::vector<Edge>& back = clusters_[m].edges;
  back.erase(std::find_if(back.begin(), back.end(), [&](const Edge& e) { return e.other == n; }));
}

void StoryLinker::Merge(uint32_t n, uint32_t m) {
  const uint32_t mine = clusters_[n].story, other = clusters_[m].story;
  // The older story keeps its id.
  auto first = [&](uint32_t s) {
    return stories_[s].first_time == 0 ? INT64_MAX : stories_[s].first_time;
  };
  uint32_t into = mine, from = other;
  if (first(other) < first(mine) || (first(other) == first(mine) && other < mine)) {
    std::swap(into, from);
  }
  merges_.push_back({stories_[from].id, stories_[into].id});
  for (uint32_t k : stories_[from].clusters) clusters_[k].story = into;
  std::vector<uint32_t>& to = stories_[into].clusters;
  to.insert(to.end(), stories_[from].clusters.begin(), stories_[from].clusters.end());
  stories_[from].clusters.clear();
  stories_[from].clusters.shrink_to_fit();
  std::vector<uint32_t>& live = stories_[into].live;
  live.insert(live.end(), stories_[from].live.begin(), stories_[from].live.end());
  stories_[from].live.clear();
  stories_[from].live.shrink_to_fit();
  clusters_[n].edges.push_back({m, false});
  clusters_[m].edges.push_back({n, false});
  if (stories_[from].first_time != 0 &&
      (stories_[into].first_time == 0 || stories_[from].first_time < stories_[into].first_time)) {
    stories_[into].first_time = stories_[from].first_time;
  }
}

void StoryLinker::Recheck(uint32_t n) {
  const ClusterSummary& c = clusters_[n].summary;
  std::vector<uint32_t> dropped;
  std::unordered_map<uint32_t, double> known;  // n's link probability with its linked clusters
  std::vector<Edge>& edges = clusters_[n].edges;
  for (size_t i = 0; i < edges.size();) {
    const uint32_t m = edges[i].other;
    if (edges[i].permanent || !clusters_[m].alive) {
      ++i;
      continue;
    }
    const PairScore score = Score(c, clusters_[m].summary);
    if (score.probability >= score.rules->unlink) {
      known[m] = score.probability;
      ++i;
      continue;
    }
    DropEdge(n, i);
    dropped.push_back(m);
  }
  const double keep = options_.For(IsFullText(c)).story_keep;
  if (keep >= 0 && dropped.empty() && !edges.empty()) {
    // Does n still agree with the rest of its story as a whole? If not, it lets go of its
    // links (those it was tied with for good stay).
    const double mean = MeanProbability(n, clusters_[n].story, known);
    if (mean >= 0 && mean < keep) {
      for (size_t i = 0; i < edges.size();) {
        if (edges[i].permanent) {
          ++i;
          continue;
        }
        dropped.push_back(edges[i].other);
        DropEdge(n, i);
      }
    }
  }
  for (uint32_t m : dropped) SplitIfApart(n, m);
}

void StoryLinker::SplitIfApart(uint32_t a, uint32_t b) {
  if (clusters_[a].story != clusters_[b].story) return;  // an earlier split parted them
  const uint32_t s = clusters_[a].story;
  // The clusters reachable from `from` through links; empty when that reaches `other`.
  auto side = [&](uint32_t from, uint32_t other) {
    std::vector<uint32_t> part{from};
    std::unordered_set<uint32_t> seen{from};
    for (size_t i = 0; i < part.size(); ++i) {
      for (const Edge& e : clusters_[part[i]].edges) {
        if (e.other == other) return std::vector<uint32_t>{};
        if (seen.insert(e.other).second) part.push_back(e.other);
      }
    }
    return part;
  };
  std::vector<uint32_t> part = side(b, a);
  if (part.empty()) return;  // still one story
  // The side with the story's first cluster keeps the id; the other leaves.
  if (std::find(part.begin(), part.end(), stories_[s].first_cluster) != part.end()) {
    part = side(a, b);
  }
  std::sort(part.begin(), part.end());
  // The leaving part takes back the earliest story that started in it (every cluster is tied
  // to one: by a link, or for good to the story it was added to); the others that started
  // in it now mean that one.
  std::vector<uint32_t> started;
  for (uint32_t k : part) {
    if (clusters_[k].started >= 0) started.push_back(static_cast<uint32_t>(clusters_[k].started));
  }
  if (started.empty()) return;
  std::sort(started.begin(), started.end());
  const uint32_t into = started.front();
  Split split;
  split.from = stories_[s].id;
  split.into = stories_[into].id;
  for (size_t i = 1; i < started.size(); ++i) split.retargeted.push_back(stories_[started[i]].id);
  auto in_part = [&](uint32_t k) { return std::binary_search(part.begin(), part.end(), k); };
  std::vector<uint32_t>& rest = stories_[s].clusters;
  rest.erase(std::remove_if(rest.begin(), rest.end(), in_part), rest.end());
  std::vector<uint32_t>& rest_live = stories_[s].live;
  rest_live.erase(std::remove_if(rest_live.begin(), rest_live.end(), in_part), rest_live.end());
  stories_[into].live.clear();
  for (uint32_t k : part) {
    clusters_[k].story = into;
    if (clusters_[k].alive) stories_[into].live.push_back(k);
  }
  stories_[into].clusters = part;
  split.clusters = std::move(part);
  splits_.push_back(std::move(split));
}

std::vector<uint32_t> StoryLinker::Expire(const Expiry& expiry) {
  std::vector<uint32_t> expired;
  auto forget = [&](uint32_t n) {
    Cluster& c = clusters_[n];
    c.alive = false;
    c.summary = ClusterSummary{};
    expired.push_back(n);
    std::vector<uint32_t>& live = stories_[c.story].live;
    if (auto it = std::find(live.begin(), live.end(), n); it != live.end()) live.erase(it);
  };
  // Idle: its dated articles (if any) before dated_before, its undated ones (if any) ingested
  // before undated_before at a known time.
  auto idle = [&](const ClusterSummary& s) {
    return (s.undated == s.size || s.last_dated < expiry.dated_before) &&
           (s.undated == 0 || (s.last_undated != 0 && s.last_undated < expiry.undated_before));
  };
  size_t kept = 0, undated = 0;
  for (uint32_t n : live_) {
    const ClusterSummary& s = clusters_[n].summary;
    if (idle(s)) {
      forget(n);
    } else {
      undated += static_cast<size_t>(s.undated);
      live_[kept++] = n;
    }
  }
  live_.resize(kept);
  if (undated > expiry.max_undated) {
    std::vector<std::pair<uint64_t, uint32_t>> by_arrival;  // clusters with undated articles
    for (uint32_t n : live_) {
      if (clusters_[n].summary.undated > 0) by_arrival.emplace_back(clusters_[n].summary.last_arrival, n);
    }
    std::sort(by_arrival.begin(), by_arrival.end());
    const size_t target = expiry.max_undated - expiry.max_undated / 10;
    for (const auto& [arrival, n] : by_arrival) {
      if (undated <= target) break;
      undated -= static_cast<size_t>(clusters_[n].summary.undated);
      forget(n);
    }
    live_.erase(std::remove_if(live_.begin(), live_.end(), [&](uint32_t n) { return !clusters_[n].alive; }),
                live_.end());
  }
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
