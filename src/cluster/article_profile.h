// What the story clusterer keeps of an article: TF-IDF vectors in three spaces (the article's
// own language, pivot-language concepts, transliterated character 4-grams) and name/number keys.
#ifndef STORYTRACE_CLUSTER_ARTICLE_PROFILE_H_
#define STORYTRACE_CLUSTER_ARTICLE_PROFILE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "cluster/concept_mapper.h"
#include "entities/caseless_names.h"
#include "cluster/document_frequencies.h"
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

// What an article contributes before document frequencies weigh it: raw term frequencies in the
// three spaces and its keys (see ArticleProfile), all sorted by key with no key twice.
struct ArticleCounts {
  std::string lang;
  std::optional<int64_t> time;
  bool dated = false;
  bool full_text = false;
  std::vector<std::pair<uint32_t, float>> terms, concepts, grams;  // (key, field-weighted tf)
  std::vector<uint32_t> keys;           // names and numbers
  std::vector<uint32_t> country_keys;   // countries named in the title or lead
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
  // Document frequencies are kept in 2^df_table_bits counters (4 bytes each; see
  // DocumentFrequencies): 22 = 16 MiB, whatever the stream's length. On OG2021 dev, 22 bits
  // cost 0.001 BCubed F1 against exact counts (23 and 24 bits: 0.0003).
  int df_table_bits = 22;
};

// Builds profiles in two steps: Count (what the article holds; no state, so any thread may
// run it, in any order) and Weigh (TF-IDF with the document frequencies of the stream so far:
// per language for stems, over all languages for concepts, grams and keys; call it once per
// article in stream order). Deterministic; Weigh is not thread-safe.
class ProfileBuilder {
 public:
  // `concepts` may be null (no concept space); it must outlive the builder. With `gazetteer`
  // (may be null; read only here), a word of the title or lead that names a country in the
  // article's language (see CountryFinder) is keyed by the country ("country:CN") as well as
  // by its spelling, so that China, Kitajska and الصين share a key.
  explicit ProfileBuilder(ProfileOptions options = {}, const ConceptMapper* concepts = nullptr,
                          const Gazetteer* gazetteer = nullptr);

  // The counts of `article` (`analyzed` computed from title + "\n\n" + text). Entity mentions
  // of the article (resolved or not) are left out of its name keys when entity_weight > 0.
  // Thread-safe.
  ArticleCounts Count(const Article& article, const AnalyzedText& analyzed) const;

  // Profiles an article from its counts and counts it into the document frequencies, so that
  // later articles see its words as less rare. `article` gives the resolved entities (keys of
  // their ids when entity_weight > 0); nothing else of it is read.
  ArticleProfile Weigh(const ArticleCounts& counts, const Article& article);

  // Count then Weigh.
  ArticleProfile Build(const Article& article, const AnalyzedText& analyzed) {
    return Weigh(Count(article, analyzed), article);
  }

  int64_t documents() const { return docs_; }

 private:
  // idf with `df` documents of `docs` (log_docs = log(docs + prior_docs)).
  static double Idf(uint32_t df, double log_docs);
  // TF-IDF of `counts` in document-frequency space `space`, counting them in.
  SparseVector WeighSpace(const std::vector<std::pair<uint32_t, float>>& counts, uint32_t space,
                          int docs);

  ProfileOptions options_;
  const ConceptMapper* concepts_;
  const CountryFinder* countries_ = nullptr;  // the gazetteer's; null: no country keys
  DocumentFrequencies df_;
  std::unordered_map<std::string, int> docs_per_lang_;
  int docs_ = 0;
};

}  // namespace storytrace

#endif  // STORYTRACE_CLUSTER_ARTICLE_PROFILE_H_
