// Online TF-IDF + key clustering with an inverted index over live stories.
#include "cluster/story_clusterer.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "text/normalizer.h"

namespace storytrace {
namespace {

constexpr uint64_t kKeySeed = 0x6b6579;  // keys hash apart from terms
// A lone weak key must not look like full agreement: normalise by at least this much idf.
constexpr double kMinKeyMass = 6.0;

// Terms are per language: "de:trupp" and "en:troop" are different dimensions.
uint64_t TermHash(const std::string& lang, const std::string& stem) {
  return XXH64(stem.data(), stem.size(), XXH64(lang.data(), lang.size(), 0));
}

// Name and number keys have the top bit clear; canonical entity keys have it set.
constexpr uint64_t kEntityBit = 1ULL << 63;
uint64_t KeyHash(const std::string& key) {
  return XXH64(key.data(), key.size(), kKeySeed) & ~kEntityBit;
}
uint64_t EntityKeyHash(const std::string& entity_id) {
  return XXH64(entity_id.data(), entity_id.size(), kKeySeed + 1) | kEntityBit;
}

double Norm(const std::unordered_map<uint64_t, float>& v) {
  double n = 0;
  for (const auto& [k, w] : v) n += static_cast<double>(w) * w;
  return std::sqrt(n);
}

}  // namespace

StoryClusterer::Vec StoryClusterer::Vectorize(const Article& article, const AnalyzedText& at,
                                              std::vector<uint64_t>* keys) {
  // Field boundaries: the title is the first sentence span(s) before the first paragraph break
  // when the article has a title; the lead is the next two sentences.
  size_t title_end = article.title.empty() ? 0 : article.title.size();
  size_t lead_end = title_end;
  int lead_sentences = 0;
  for (const auto& s : at.sentences) {
    if (s.begin < title_end) continue;
    lead_end = s.end;
    if (++lead_sentences == 2) break;
  }
  std::unordered_map<uint64_t, float> tf;
  std::unordered_set<uint64_t> key_set;
  // Spans (in analysed-text offsets) of the body's resolved entity mentions: their words are
  // keyed by the canonical entity instead of by spelling.
  const size_t body = article.text.empty() ? 0 : article.title.size() + 2;
  std::vector<std::pair<size_t, size_t>> covered;
  if (options_.entity_weight > 0) {
    for (const EntityMention& m : article.entities) {
      if (!m.entity_id.empty()) covered.emplace_back(body + m.begin, body + m.end);
    }
  }
  std::sort(covered.begin(), covered.end());
  size_t next_cover = 0;
  for (size_t i = 0; i < at.tokens.size(); ++i) {
    const AnalyzedToken& t = at.tokens[i];
    while (next_cover < covered.size() && covered[next_cover].second <= t.span.begin) ++next_cover;
    bool in_entity = next_cover < covered.size() && covered[next_cover].first <= t.span.begin;
    bool number = t.span.kind == TokenKind::kNumber;
    if (t.stopword || (!number && t.stem.size() < 2)) continue;
    double w = t.span.begin < title_end ? options_.title_weight
               : t.span.begin < lead_end ? options_.lead_weight
                                         : 1.0;
    tf[TermHash(at.lang, t.stem)] += static_cast<float>(w);
    // Keys: names and numbers that read alike in every language.
    if (number && t.folded.size() >= 2) {
      // "50,000", "50.000" and "50 000" are one number; "6,1" and "6.1" too.
      std::string digits;
      for (char c : t.folded) {
        if (c >= '0' && c <= '9') digits += c;
      }
      key_set.insert(KeyHash(digits));
    } else if (t.capitalized && t.folded.size() >= 4 && !in_entity) {
      std::string k = TransliterateToAscii(t.folded);
      if (k.size() > 6) k.resize(6);  // tolerate inflection: Tokio/Tokios, Biles/Bilesová
      key_set.insert(KeyHash(k));
    }
  }
  // Sub-linear tf, idf from the documents seen so far (this one included).
  int n = ++docs_per_lang_[at.lang];
  Vec v;
  v.reserve(tf.size());
  for (const auto& [term, f] : tf) {
    int df = ++df_[term];
    double idf = std::log((n + options_.prior_docs) / (df + 0.5));
    if (idf <= 0) continue;
    v[term] = static_cast<float>((1 + std::log(f)) * idf);
  }
  // Canonical entities (when the entity stage ran) join spellings no key rule relates
  // (Moskau/Moscow, IS/Islamic State) and across scripts.
  if (options_.entity_weight > 0) {
    for (const EntityMention& m : article.entities) {
      if (!m.entity_id.empty()) key_set.insert(EntityKeyHash(m.entity_id));
    }
  }
  keys->assign(key_set.begin(), key_set.end());
  std::sort(keys->begin(), keys->end());
  ++docs_;
  for (uint64_t k : *keys) ++key_df_[k];
  return v;
}

double StoryClusterer::Similarity(const Vec& v, double v_norm, const std::vector<uint64_t>& keys,
                                  const std::vector<double>& key_idf, const LiveStory& s,
                                  std::optional<int64_t> now, const std::string& lang) const {
  double dot = 0;
  for (const auto& [term, w] : v) {
    auto it = s.centroid.find(term);
    if (it != s.centroid.end()) dot += static_cast<double>(w) * it->second;
  }
  double cos = v_norm > 0 && s.norm > 0 ? dot / (v_norm * s.norm) : 0;
  // Share of the article's key weight (idf over all languages) that the story also has:
  // rare names count, "Olympics" or "2021" hardly.
  double key_share = 0, key_total = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    key_total += key_idf[i];
    if (s.keys.count(keys[i])) key_share += key_idf[i];
  }
  if (key_total > 0) key_share /= std::max(key_total, kMinKeyMass);
  // Across languages the stems cannot match: names and numbers carry the decision alone.
  bool same_lang = std::find(s.langs.begin(), s.langs.end(), lang) != s.langs.end();
  double sim = same_lang ? (cos + options_.key_weight * key_share) / (1 + options_.key_weight)
                         : options_.cross_key_weight * key_share;
  if (!now || s.last_time == 0) return sim;  // undated article or story: no decay
  double age_days = std::max<int64_t>(0, *now - s.last_time) / 86400.0;
  return sim * std::pow(0.5, age_days / options_.decay_days);
}

void StoryClusterer::Prune(LiveStory& s) const {
  if (s.centroid.size() <= options_.centroid_terms * 2) return;
  std::vector<std::pair<float, uint64_t>> terms;
  terms.reserve(s.centroid.size());
  for (const auto& [t, w] : s.centroid) terms.push_back({w, t});
  std::nth_element(terms.begin(), terms.begin() + options_.centroid_terms, terms.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
  terms.resize(options_.centroid_terms);
  s.centroid.clear();
  for (const auto& [w, t] : terms) s.centroid[t] = w;
}

void StoryClusterer::Expire(int64_t now) {
  if (now - last_expire_ < 3600) return;
  last_expire_ = now;
  size_t expired = 0;
  for (auto& s : stories_) {
    if (s.alive && s.last_time != 0 && now - s.last_time > options_.window_seconds) {
      s.alive = false;
      s.centroid = {};
      s.keys = {};
      s.langs = {};
      --live_count_;
      ++expired;
    }
  }
  if (expired == 0) return;  // the index only needs cleaning when a story left
  for (auto it = index_.begin(); it != index_.end();) {
    auto& list = it->second;
    list.erase(std::remove_if(list.begin(), list.end(), [&](uint32_t i) { return !stories_[i].alive; }),
               list.end());
    it = list.empty() ? index_.erase(it) : std::next(it);
  }
}

std::optional<int64_t> StoryClusterer::TimeOf(const Article& article) {
  if (article.published) stream_time_ = std::max(stream_time_, *article.published);
  return article.published;
}

std::string StoryClusterer::Assign(const Article& article, const AnalyzedText& analyzed) {
  std::optional<int64_t> now = TimeOf(article);
  Expire(stream_time_);
  std::vector<uint64_t> keys;
  Vec v = Vectorize(article, analyzed, &keys);
  double v_norm = Norm(v);
  std::vector<double> key_idf;
  for (uint64_t k : keys) {
    double idf = std::max(0.0, std::log((docs_ + options_.prior_docs) / (key_df_[k] + 0.5)));
    key_idf.push_back(k & kEntityBit ? idf * options_.entity_weight : idf);
  }

  // Candidates: live stories sharing one of the article's strongest terms or any key.
  std::vector<std::pair<float, uint64_t>> top;
  for (const auto& [t, w] : v) top.push_back({w, t});
  std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  });
  if (top.size() > options_.candidate_terms) top.resize(options_.candidate_terms);
  std::vector<uint32_t> candidates;
  auto collect = [&](uint64_t h) {
    auto it = index_.find(h);
    if (it == index_.end()) return;
    for (uint32_t i : it->second) {
      if (stories_[i].alive) candidates.push_back(i);
    }
  };
  for (const auto& [w, t] : top) collect(t);
  for (uint64_t k : keys) collect(k);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  double best = 0;
  int64_t best_i = -1;
  for (uint32_t i : candidates) {
    double sim = Similarity(v, v_norm, keys, key_idf, stories_[i], now, analyzed.lang);
    if (sim > best) {
      best = sim;
      best_i = i;
    }
  }
  if (best_i < 0 || best < options_.threshold) best_i = static_cast<int64_t>(NewStory("st-" + article.id));
  AddToStory(static_cast<size_t>(best_i), v, v_norm, keys, now, analyzed.lang);
  return stories_[best_i].id;
}

size_t StoryClusterer::NewStory(const std::string& id) {
  auto it = by_id_.find(id);
  if (it != by_id_.end() && stories_[it->second].alive) return it->second;
  stories_.push_back(LiveStory{id});
  ++live_count_;
  by_id_[id] = stories_.size() - 1;
  return stories_.size() - 1;
}

void StoryClusterer::AddToStory(size_t i, const Vec& v, double v_norm,
                                const std::vector<uint64_t>& keys, std::optional<int64_t> now,
                                const std::string& lang) {
  LiveStory& s = stories_[i];
  if (std::find(s.langs.begin(), s.langs.end(), lang) == s.langs.end()) s.langs.push_back(lang);
  // Add the normalised article vector so long articles do not dominate the centroid.
  for (const auto& [t, w] : v) {
    bool is_new = s.centroid.find(t) == s.centroid.end();
    s.centroid[t] += v_norm > 0 ? static_cast<float>(w / v_norm) : 0.f;
    if (is_new) index_[t].push_back(static_cast<uint32_t>(i));
  }
  for (uint64_t k : keys) {
    if (s.keys[k]++ == 0) index_[k].push_back(static_cast<uint32_t>(i));
  }
  Prune(s);
  s.norm = Norm(s.centroid);
  if (now) s.last_time = std::max(s.last_time, *now);
  ++s.size;
}

void StoryClusterer::Observe(const Article& article, const AnalyzedText& analyzed,
                             const std::string& story_id) {
  std::optional<int64_t> now = TimeOf(article);
  Expire(stream_time_);
  std::vector<uint64_t> keys;
  Vec v = Vectorize(article, analyzed, &keys);
  AddToStory(NewStory(story_id), v, Norm(v), keys, now, analyzed.lang);
}

}  // namespace storytrace
