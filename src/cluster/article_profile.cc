// Article profiles for story clustering.
#include "cluster/article_profile.h"

#include <absl/container/flat_hash_map.h>
#include <xxhash.h>

#include <algorithm>
#include <cmath>

#include "text/normalizer.h"

namespace storytrace {
namespace {

constexpr uint32_t kTermSeed = 0x7465726d;
constexpr uint32_t kGramSeed = 0x6772616d;
constexpr uint32_t kKeySeed = 0x6b657973;
constexpr uint32_t kEntitySeed = 0x656e7469;

// Document-frequency spaces (stem hashes already differ per language).
constexpr uint32_t kTermSpace = 1;
constexpr uint32_t kConceptSpace = 2;
constexpr uint32_t kGramSpace = 3;
constexpr uint32_t kKeySpace = 4;

uint32_t Hash32(std::string_view s, uint32_t seed) { return XXH32(s.data(), s.size(), seed); }

// Transliterated form of a folded word; Latin words are already ASCII after folding, so only
// other scripts pay for ICU (memoised per thread).
const std::string& Latin(const std::string& folded) {
  bool ascii = std::all_of(folded.begin(), folded.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return folded;
  thread_local std::unordered_map<std::string, std::string> memo;
  if (memo.size() > 200000) memo.clear();
  auto it = memo.find(folded);
  if (it == memo.end()) it = memo.emplace(folded, TransliterateToAscii(folded)).first;
  return it->second;
}

using Counts = absl::flat_hash_map<uint32_t, float>;

std::vector<std::pair<uint32_t, float>> Sorted(const Counts& counts) {
  std::vector<std::pair<uint32_t, float>> v(counts.begin(), counts.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return v;
}

void SortUnique(std::vector<uint32_t>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// log(df + 0.5), from a table for the common small counts.
double LogHalf(uint32_t df) {
  static const std::vector<double> table = [] {
    std::vector<double> t(4096);
    for (size_t i = 0; i < t.size(); ++i) t[i] = std::log(static_cast<double>(i) + 0.5);
    return t;
  }();
  return df < table.size() ? table[df] : std::log(df + 0.5);
}

}  // namespace

ProfileBuilder::ProfileBuilder(ProfileOptions options, const ConceptMapper* concepts,
                               const Gazetteer* gazetteer)
    : options_(options), concepts_(concepts), df_(options.df_table_bits) {
  if (gazetteer != nullptr && options.country_weight > 0) {
    if (const CaselessNames* caseless = gazetteer->caseless()) countries_ = &caseless->countries();
  }
}

double ProfileBuilder::Idf(uint32_t df, double log_docs) { return log_docs - LogHalf(df); }

ArticleCounts ProfileBuilder::Count(const Article& article, const AnalyzedText& at) const {
  ArticleCounts p;
  p.lang = at.lang;
  p.time = article.published;
  p.dated = article.published.has_value();
  if (!p.time && article.fetched > 0) p.time = article.fetched;
  p.full_text = article.text.size() >= options_.full_text_chars;
  // Field boundaries: the title is everything before the body; the lead is the body's first
  // two sentences.
  const size_t title_end = article.title.empty() ? 0 : article.title.size();
  size_t lead_end = title_end;
  int lead_sentences = 0;
  for (const auto& s : at.sentences) {
    if (s.begin < title_end) continue;
    lead_end = s.end;
    if (++lead_sentences == 2) break;
  }
  // Body offsets of entity mentions: their words are keyed by the canonical entity (see Weigh)
  // instead of by spelling.
  const size_t body = article.text.empty() ? 0 : article.title.size() + 2;
  std::vector<std::pair<size_t, size_t>> covered;
  if (options_.entity_weight > 0) {
    for (const EntityMention& m : article.entities) {
      covered.emplace_back(body + m.begin, body + m.end);
    }
    std::sort(covered.begin(), covered.end());
  }
  const uint32_t lang_seed = Hash32(at.lang, kTermSeed);
  Counts tf, concept_tf, gram_tf;
  std::vector<uint32_t> keys, country_keys;
  std::vector<uint64_t> concepts;
  size_t next_cover = 0;
  for (size_t i = 0; i < at.tokens.size(); ++i) {
    const AnalyzedToken& t = at.tokens[i];
    while (next_cover < covered.size() && covered[next_cover].second <= t.span.begin) ++next_cover;
    const bool in_entity = next_cover < covered.size() && covered[next_cover].first <= t.span.begin;
    const bool number = t.span.kind == TokenKind::kNumber;
    if (countries_ != nullptr && !number && !in_entity &&
        (!p.full_text || t.span.begin < lead_end)) {
      std::string_view country = countries_->At(at, i);
      if (!country.empty()) {
        country_keys.push_back(Hash32("country:" + std::string(country), kKeySeed));
      }
    }
    if (t.stopword || (!number && t.stem.size() < 2)) continue;
    const float w = static_cast<float>(t.span.begin < title_end  ? options_.title_weight
                                       : t.span.begin < lead_end ? options_.lead_weight
                                                                 : 1.0);
    tf[Hash32(t.stem, lang_seed)] += w;
    if (number) {
      // "50,000", "50.000" and "50 000" are one number; "6,1" and "6.1" too.
      std::string digits;
      for (char c : t.folded) {
        if (c >= '0' && c <= '9') digits += c;
      }
      if (digits.size() >= 2) keys.push_back(Hash32(digits, kKeySeed));
      continue;
    }
    const std::string& latin = Latin(t.folded);
    if (t.capitalized && latin.size() >= 4 && !in_entity) {
      // Six letters tolerate inflection: Tokio/Tokios, Biles/Bilesová.
      keys.push_back(Hash32(std::string_view(latin).substr(0, 6), kKeySeed));
    }
    // Character grams serve headlines and names: in a full article the body's words are
    // many, so only the title and lead give grams (capitalised words of the body too).
    const bool gram_source = !p.full_text || t.span.begin < lead_end || t.capitalized;
    std::string word = gram_source ? "^" + latin + "$" : std::string();
    if (word.empty()) {
    } else if (word.size() <= 5) {
      gram_tf[Hash32(word, kGramSeed)] += w;
    } else {
      for (size_t g = 0; g + 4 <= word.size(); ++g) {
        gram_tf[Hash32(std::string_view(word).substr(g, 4), kGramSeed)] += w;
      }
    }
    if (concepts_ != nullptr) {
      concepts.clear();
      size_t n = concepts_->Concepts(at.lang, t.stem, &concepts);
      if (n == 0 && options_.split_compounds) {
        n = concepts_->CompoundConcepts(at.lang, t.folded, &concepts);
      }
      if (n > 0) {
        for (uint64_t c : concepts) concept_tf[static_cast<uint32_t>(c)] += w / n;
      }
    }
  }
  p.terms = Sorted(tf);
  p.concepts = Sorted(concept_tf);
  p.grams = Sorted(gram_tf);
  SortUnique(&keys);
  SortUnique(&country_keys);
  p.keys = std::move(keys);
  p.country_keys = std::move(country_keys);
  return p;
}

SparseVector ProfileBuilder::WeighSpace(const std::vector<std::pair<uint32_t, float>>& counts,
                                        uint32_t space, int docs) {
  // The table is larger than the cache: counters are fetched a few entries ahead.
  constexpr size_t kAhead = 8;
  for (size_t i = 0; i < std::min(kAhead, counts.size()); ++i) df_.Prefetch(space, counts[i].first);
  const double log_docs = std::log(docs + options_.prior_docs);
  SparseVector v;
  v.entries.reserve(counts.size());
  for (size_t i = 0; i < counts.size(); ++i) {
    if (i + kAhead < counts.size()) df_.Prefetch(space, counts[i + kAhead].first);
    const auto& [k, f] = counts[i];
    // Sub-linear tf times idf over the documents seen so far, this one included.
    double idf = Idf(df_.Add(space, k), log_docs);
    if (idf <= 0) continue;
    double tfw = f < 1 ? f : 1 + std::log(f);
    v.entries.push_back({k, static_cast<float>(tfw * idf)});
  }
  v.UpdateNorm();
  return v;
}

ArticleProfile ProfileBuilder::Weigh(const ArticleCounts& counts, const Article& article) {
  ArticleProfile p;
  p.lang = counts.lang;
  p.time = counts.time;
  p.dated = counts.dated;
  p.full_text = counts.full_text;
  std::vector<uint32_t> entity_keys;
  if (options_.entity_weight > 0) {
    for (const EntityMention& m : article.entities) {
      if (!m.entity_id.empty()) entity_keys.push_back(Hash32(m.entity_id, kEntitySeed));
    }
  }
  SortUnique(&entity_keys);
  ++docs_;
  const int lang_docs = ++docs_per_lang_[counts.lang];
  p.terms = WeighSpace(counts.terms, kTermSpace, lang_docs);
  p.concepts = WeighSpace(counts.concepts, kConceptSpace, docs_);
  p.grams = WeighSpace(counts.grams, kGramSpace, docs_);
  const double log_docs = std::log(docs_ + options_.prior_docs);
  auto key_idf = [&](uint32_t k) { return std::max(0.0, Idf(df_.Add(kKeySpace, k), log_docs)); };
  std::vector<std::pair<uint32_t, float>> weighted;
  for (uint32_t k : counts.keys) weighted.emplace_back(k, key_idf(k));
  for (uint32_t k : counts.country_keys) {
    weighted.emplace_back(k, options_.country_weight * key_idf(k));
  }
  for (uint32_t k : entity_keys) weighted.emplace_back(k, options_.entity_weight * key_idf(k));
  p.countries = counts.country_keys;
  std::sort(weighted.begin(), weighted.end());
  for (const auto& [k, idf] : weighted) {
    if (!p.keys.empty() && p.keys.back() == k) continue;
    p.keys.push_back(k);
    p.key_idf.push_back(idf);
  }
  return p;
}

}  // namespace storytrace
