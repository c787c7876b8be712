// Online story clustering: language clusters with a learned join decision, linked into stories.
#include "cluster/story_clusterer.h"

#include <algorithm>
#include <cmath>

#include "cluster/cluster_index.h"
#include "cluster/cluster_summary.h"

namespace storytrace {
namespace {

// Counts `key` into the sorted `keys`; true when it is new there.
bool CountKey(std::vector<ClusterKey>* keys, uint32_t key, float idf) {
  auto it = std::lower_bound(keys->begin(), keys->end(), key,
                             [](const ClusterKey& a, uint32_t b) { return a.key < b; });
  if (it != keys->end() && it->key == key) {
    ++it->count;
    return false;
  }
  keys->insert(it, {key, 1, idf});
  return true;
}

// How much cluster `c`'s articles disagree with an article naming `countries` (sorted country
// keys): the share of its country-naming articles that name none of them, estimated from the
// commonest shared country. 0 when either side names no country.
double CountryConflict(const std::vector<uint32_t>& countries, const ClusterSummary& c) {
  if (countries.empty() || c.with_countries == 0) return 0;
  int best = 0;
  auto j = c.countries.begin();
  for (uint32_t k : countries) {
    while (j != c.countries.end() && j->key < k) ++j;
    if (j != c.countries.end() && j->key == k) best = std::max(best, j->count);
  }
  return 1.0 - std::min(1.0, static_cast<double>(best) / c.with_countries);
}

}  // namespace

StoryClusterer::StoryClusterer(ClustererOptions options, const ConceptMapper* concepts,
                               const Gazetteer* gazetteer)
    : options_(options), profiles_(options.profile, concepts, gazetteer), linker_(options.linker) {}

ArticleProfile StoryClusterer::Profile(const Article& article, const AnalyzedText& analyzed) {
  return profiles_.Build(article, analyzed);
}

JoinFeatures StoryClusterer::Features(const ArticleProfile& p, const ProfileLookups& v,
                                      const LiveCluster& cl, const ClusterSummary& c) const {
  JoinFeatures x{};
  x[kSameLang] = 1;
  x[kCosTerms] = v.terms.Cosine(c.terms);
  x[kCosConcepts] = v.concepts.Cosine(c.concepts);
  x[kCosGrams] = v.grams.Cosine(c.grams);
  double share = 0, total = 0;
  auto k = c.keys.begin();
  for (size_t i = 0; i < p.keys.size(); ++i) {
    total += p.key_idf[i];
    while (k != c.keys.end() && k->key < p.keys[i]) ++k;
    if (k != c.keys.end() && k->key == p.keys[i]) share += p.key_idf[i];
  }
  x[kKeyShare] = total > 0 ? share / std::max(total, kMinKeyMass) : 0;
  x[kLogSize] = std::log1p(c.size);
  // Distance from the article's time to the cluster's time span (an undated article's ingest
  // time may lie before it).
  x[kAgeDays] = p.time && c.last_time != 0
                    ? static_cast<double>(std::max<int64_t>(
                          {0, *p.time - c.last_time, c.first_time - *p.time})) / 86400.0
                    : 0;
  double best = 0;
  for (const Member& m : cl.recent) best = std::max(best, v.terms.Cosine(m.terms));
  x[kBestMember] = best;
  x[kCountryConflict] = CountryConflict(p.countries, c);
  return x;
}

std::vector<StoryClusterer::Candidate> StoryClusterer::Candidates(const ArticleProfile& p) {
  // Clusters of the article's language that share its strongest entries, ranked by how many
  // they share: only the best `max_candidates` are scored (a cluster sharing one common word
  // seldom wins, and scoring is the expensive part).
  auto collect = [&](uint64_t channel, uint32_t key) {
    const std::vector<uint32_t>* list = linker_.Postings(channel, key);
    if (list == nullptr) return;
    for (uint32_t n : *list) {
      if (linker_.alive(n) && linker_.summary(n).lang == p.lang) hits_.Add(n);
    }
  };
  for (uint32_t k : TopKeys(p.terms, options_.candidate_terms)) collect(kTermChannel, k);
  for (uint32_t k : TopKeys(p.grams, options_.candidate_terms)) collect(kGramChannel, k);
  // The rarest keys (a German article capitalises every noun: not every key is a name).
  std::vector<std::pair<float, uint32_t>> keys;
  for (size_t i = 0; i < p.keys.size(); ++i) keys.emplace_back(-p.key_idf[i], p.keys[i]);
  if (keys.size() > options_.candidate_terms) {
    std::nth_element(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(options_.candidate_terms),
                     keys.end());
    keys.resize(options_.candidate_terms);
  }
  for (const auto& [idf, k] : keys) collect(kKeyChannel, k);
  std::vector<uint32_t> found = hits_.Top(options_.max_candidates);
  const ProfileLookups lookups{SparseLookup(p.terms), SparseLookup(p.concepts),
                               SparseLookup(p.grams)};
  std::vector<Candidate> out;
  out.reserve(found.size());
  for (uint32_t n : found) {
    Candidate c;
    c.cluster_id = clusters_[n].id;
    c.features = Features(p, lookups, clusters_[n], linker_.summary(n));
    c.probability = (p.full_text ? options_.full_text_model : options_.model)
                        .Probability(c.features);
    out.push_back(std::move(c));
  }
  return out;
}

void StoryClusterer::Tick(const std::optional<int64_t>& time, int64_t fetched) {
  if (time) {
    stream_time_ = std::max(stream_time_, *time);
  } else if (fetched > 0) {
    undated_clock_ = std::max(undated_clock_, fetched);
  }
  Expire();
}

void StoryClusterer::Expire() {
  if (stream_time_ - last_expire_ < 3600 && undated_clock_ - last_expire_undated_ < 3600 &&
      undated_since_expire_ < std::max<size_t>(1, options_.max_undated_articles / 10)) {
    return;
  }
  last_expire_ = stream_time_;
  last_expire_undated_ = undated_clock_;
  undated_since_expire_ = 0;
  StoryLinker::Expiry expiry;
  expiry.dated_before = stream_time_ - options_.window_seconds;
  expiry.undated_before = undated_clock_ - options_.window_seconds;
  expiry.max_undated = options_.max_undated_articles;
  std::vector<uint32_t> expired = linker_.Expire(expiry);
  for (uint32_t n : expired) {
    clusters_[n].recent = {};
    by_id_.erase(clusters_[n].id);
  }
  // (story, language) → cluster entries of expired clusters are skipped when read; drop them
  // once they may outnumber the live ones.
  stale_story_lang_ += expired.size();
  if (stale_story_lang_ > linker_.live_clusters()) {
    stale_story_lang_ = 0;
    for (auto it = story_lang_cluster_.begin(); it != story_lang_cluster_.end();) {
      it = linker_.alive(static_cast<uint32_t>(it->second)) ? std::next(it)
                                                             : story_lang_cluster_.erase(it);
    }
  }
}

size_t StoryClusterer::live_clusters() const { return linker_.live_clusters(); }

size_t StoryClusterer::live_articles() const {
  size_t n = 0;
  for (size_t i = 0; i < clusters_.size(); ++i) {
    if (linker_.alive(static_cast<uint32_t>(i))) n += linker_.summary(static_cast<uint32_t>(i)).size;
  }
  return n;
}

std::string StoryClusterer::Assign(const Article& article, const AnalyzedText& analyzed) {
  return AssignCounted(article, Count(article, analyzed));
}

namespace {
struct PreparedCounts : PreparedArticle {
  explicit PreparedCounts(ArticleCounts c) : counts(std::move(c)) {}
  ArticleCounts counts;
};
}  // namespace

std::unique_ptr<PreparedArticle> StoryClusterer::Prepare(const Article& article,
                                                         const AnalyzedText& analyzed) const {
  return std::make_unique<PreparedCounts>(Count(article, analyzed));
}

std::string StoryClusterer::AssignPrepared(const Article& article, const AnalyzedText& analyzed,
                                           const PreparedArticle* prepared) {
  const auto* counted = dynamic_cast<const PreparedCounts*>(prepared);
  return counted != nullptr ? AssignCounted(article, counted->counts) : Assign(article, analyzed);
}

std::string StoryClusterer::AssignCounted(const Article& article, const ArticleCounts& counts) {
  Tick(article.published, article.fetched);
  return AssignProfile(profiles_.Weigh(counts, article), article.id);
}

std::string StoryClusterer::AssignProfile(const ArticleProfile& p, const std::string& article_id,
                                          std::vector<Candidate>* candidates_out) {
  const Candidate* best = nullptr;
  std::vector<Candidate> candidates = Candidates(p);
  for (const Candidate& c : candidates) {
    if (best == nullptr || c.probability > best->probability) best = &c;
  }
  std::string story;
  const double need =
      p.full_text ? options_.join_probability_full_text : options_.join_probability;
  if (best != nullptr && best->probability >= need) {
    story = Add(p, best->cluster_id, {});
  } else {
    story = Add(p, "cl-" + article_id, "st-" + article_id);
  }
  if (candidates_out != nullptr) *candidates_out = std::move(candidates);
  return story;
}

void StoryClusterer::Observe(const Article& article, const AnalyzedText& analyzed,
                             const std::string& story_id) {
  Tick(article.published, article.fetched);
  ArticleProfile p = Profile(article, analyzed);
  std::string story = linker_.Resolve(story_id);
  auto it = story_lang_cluster_.find(story + '\n' + p.lang);
  if (!article.cluster_id.empty()) {
    Add(p, article.cluster_id, story);
  } else if (it != story_lang_cluster_.end() && linker_.alive(static_cast<uint32_t>(it->second)) &&
             linker_.StoryOf(static_cast<uint32_t>(it->second)) == story) {
    Add(p, clusters_[it->second].id, story);
  } else {
    Add(p, "cl-" + article.id, story);
  }
}

size_t StoryClusterer::ClusterIndex(const std::string& id, const std::string& story_id,
                                    const std::string& lang) {
  auto it = by_id_.find(id);
  if (it != by_id_.end()) return it->second;
  uint32_t n = linker_.AddCluster(story_id, lang);
  clusters_.push_back({id, {}});
  by_id_[id] = n;
  return n;
}

std::string StoryClusterer::Add(const ArticleProfile& p, const std::string& cluster_id,
                                const std::string& story_id) {
  size_t n = ClusterIndex(cluster_id, story_id.empty() ? "st-" + cluster_id : story_id, p.lang);
  last_cluster_ = n;
  std::string story = AddToCluster(n, p);
  story_lang_cluster_[story + '\n' + p.lang] = n;
  return story;
}

std::string StoryClusterer::AddToCluster(size_t n, const ArticleProfile& p) {
  const uint32_t number = static_cast<uint32_t>(n);
  ClusterSummary& c = linker_.summary(number);
  std::vector<uint32_t> added_terms, added_concepts, added_grams, added_keys;
  auto add = [&](SparseVector* centroid, const SparseVector& v, std::vector<uint32_t>* added) {
    if (v.norm <= 0) return;
    AddAndPrune(centroid, v, static_cast<float>(1.0 / v.norm), options_.centroid_terms, added);
  };
  add(&c.terms, p.terms, &added_terms);
  add(&c.concepts, p.concepts, &added_concepts);
  add(&c.grams, p.grams, &added_grams);
  for (size_t k = 0; k < p.keys.size(); ++k) {
    if (CountKey(&c.keys, p.keys[k], p.key_idf[k])) added_keys.push_back(p.keys[k]);
  }
  for (uint32_t k : p.countries) CountKey(&c.countries, k, 0);
  if (!p.countries.empty()) ++c.with_countries;
  if (options_.recent_members > 0) {
    auto& recent = clusters_[n].recent;
    recent.push_back({p.lang, Truncated(p.terms, options_.member_terms), {}});
    if (recent.size() > options_.recent_members) recent.pop_front();
  }
  if (p.time) {
    c.last_time = std::max(c.last_time, *p.time);
    if (c.first_time == 0 || *p.time < c.first_time) c.first_time = *p.time;
  }
  if (p.dated) {
    c.last_dated = std::max(c.last_dated, *p.time);
  } else {
    ++c.undated;
    ++undated_since_expire_;
    if (p.time) c.last_undated = std::max(c.last_undated, *p.time);
  }
  c.last_arrival = ++arrivals_;
  ++c.size;
  if (p.full_text) ++c.full_text;
  return linker_.Changed(number, added_terms, added_concepts, added_grams, added_keys);
}

std::vector<StorySplit> StoryClusterer::TakeSplits() {
  std::vector<StorySplit> out;
  for (StoryLinker::Split& s : linker_.TakeSplits()) {
    StorySplit split{std::move(s.from), std::move(s.into), {}, std::move(s.retargeted)};
    for (uint32_t n : s.clusters) split.clusters.push_back(clusters_[n].id);
    out.push_back(std::move(split));
  }
  return out;
}

}  // namespace storytrace
