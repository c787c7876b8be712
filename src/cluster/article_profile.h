// What the story clusterer keeps of an article: TF-IDF vectors in three spaces (the article's
// own language, pivot-language concepts, transliterated character 4-grams) and name/number keys.
#ifndef STORYTRACE_CLUSTER_ARTICLE_PROFILE_H_
#define STORYTRACE_CLUSTER_ARTICLE_PROFILE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include <absl/container/flat_hash_map.h>
#include <vector>

#include "cluster/concept_mapper.h"
#include "cluster/country_finder.h"
#include "cluster/sparse_vector.h"
#include "core/article.h"
#include "text/analyzed_text.h"

namespace storytrace {

struct ArticleProfile {
  std::string lang;
  // Publication time; for an undated article its ingest time (`fetched`), the best guess of
  // when it was news; nullopt when neither is known.
  std::optional<int64_t> time;
  bool dated = false;           // `time` is a publication time
  bool full_text = false;       // has a body of at least ProfileOptions::full_text_chars
  SparseVector terms;     // stems of the article's language (hashes differ per language)
  SparseVector concepts;  // pivot-language translations of the stems (see ConceptMapper)
  SparseVector grams;     // character 4-grams of the transliterated words (cognates, names)
  // Language-independent keys (transliterated capitalised names cut to six letters, digit
  // strings, countries named in any language, canonical entities), sorted, with their idf at
  // the time the article arrived (times the weight of their kind).
  std::vector<uint32_t> keys;
  std::vector<float> key_idf;
  // The country keys among `keys` (sorted): the countries the title or lead names.
  std::vector<uint32_t> countries;
};

struct ProfileOptions {
  double title_weight = 3.0;  // term weight multiplier for title words
  double lead_weight = 2.0;   // ... for the first two sentences of the body
  double prior_docs = 50;     // idf prior: a young stream behaves as if it had seen this many
                              // documents without the term (keeps idf sane early on)
  double entity_weight = 0;   // a resolved entity counts as a key of this idf multiple; 0 = off
  size_t full_text_chars = 150;  // bodies shorter than this count as headline-only
  // Unknown compound words (German, Dutch, Scandinavian) take the concepts of their parts.
  bool split_compounds = true;
  // A word naming a country (any language of the gazetteer's lists) is also keyed by the
  // country, at this multiple of the key's idf; only when the builder is given a gazetteer.
  // 0 = off. Countries are weak evidence in sports news ("China wins gold"): on OG2021 dev
  // 0.25 did better than 0.5 and 1 (eval/stories/README.md).
  double country_weight = 0.25;
};

// Builds profiles and keeps the document frequencies they need (per language for stems, over
// all languages for concepts, grams and keys). Deterministic; not thread-safe.
class ProfileBuilder {
 public:
  // `concepts` may be null (no concept space); it must outlive the builder. With `gazetteer`
  // (may be null; read only here), a word of the title or lead that names a country in the
  // article's language (see CountryFinder) is keyed by the country ("country:CN") as well as
  // by its spelling, so that China, Kitajska and الصين share a key.
  explicit ProfileBuilder(ProfileOptions options = {}, const ConceptMapper* concepts = nullptr,
                          const Gazetteer* gazetteer = nullptr);

  // Profiles `article` (`analyzed` computed from title + "\n\n" + text) and counts it into the
  // document frequencies, so that later articles see its words as less rare.
  ArticleProfile Build(const Article& article, const AnalyzedText& analyzed);

  int64_t documents() const { return docs_; }

 private:
  double Idf(int df, int docs) const;

  ProfileOptions options_;
  const ConceptMapper* concepts_;
  std::unique_ptr<CountryFinder> countries_;  // null: no country keys
  absl::flat_hash_map<uint32_t, int> term_df_;
  std::unordered_map<std::string, int> docs_per_lang_;
  absl::flat_hash_map<uint32_t, int> concept_df_;
  absl::flat_hash_map<uint32_t, int> gram_df_;
  absl::flat_hash_map<uint32_t, int> key_df_;
  int docs_ = 0;
};

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_ARTICLE_PROFILE_H_
