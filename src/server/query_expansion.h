// Cross-lingual search: a query's words widened with their dictionary translations.
#ifndef STORYTRACE_SERVER_QUERY_EXPANSION_H_
#define STORYTRACE_SERVER_QUERY_EXPANSION_H_

#include <string>
#include <vector>

#include "dedup/lexicon.h"
#include "text/stopwords.h"

namespace storytrace {

// Builds full-text queries that find articles in every language the lexicons connect:
// "Erdbeben Kirgistan" also finds "earthquake Kyrgyzstan" reports, since each word is ORed
// with the stems of its translations (as prefix terms, so that "earthquak*" matches
// "earthquake" and "earthquakes"). The query's language is not known: a word is looked up
// as a word of every language it is not a stopword of. Thread-safe; `lexicons` and
// `stopwords` must outlive it.
class QueryExpander {
 public:
  QueryExpander(const LexiconSet* lexicons, const Stopwords* stopwords,
                size_t max_translations_per_word = 8)
      : lexicons_(lexicons), stopwords_(stopwords), max_translations_(max_translations_per_word) {}

  // The SQLite FTS5 expression for `query`: its words ANDed, each ORed with its translations.
  // `translations` (when given) receives the added stems. Empty when the query has no words.
  std::string ToFts(const std::string& query, std::vector<std::string>* translations = nullptr) const;

 private:
  const LexiconSet* lexicons_;
  const Stopwords* stopwords_;
  size_t max_translations_;
};

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_QUERY_EXPANSION_H_
