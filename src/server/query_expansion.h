// Cross-lingual search: a query's words widened with their dictionary translations, and the
// names in it with the other spellings the store has seen of them.
#ifndef STORYTRACE_SERVER_QUERY_EXPANSION_H_
#define STORYTRACE_SERVER_QUERY_EXPANSION_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dedup/lexicon.h"
#include "store/store.h"
#include "text/stopwords.h"

namespace storytrace {

// The entities a written name denotes, each with the spellings of its mentions, as the store
// knows them (Store::EntitiesNamed); empty when the name denotes none.
using NameLookup = std::function<std::vector<Store::NamedEntity>(std::string_view name)>;

// NameLookup from `store` (which must outlive it): up to three entities, most mentioned
// first.
NameLookup StoreNameLookup(Store& store);

struct QueryExpansion {
  std::string fts;                        // SQLite FTS5 expression; empty: the query has no words
  std::vector<std::string> translations;  // stems added from the lexicons
  std::vector<std::string> spellings;     // other spellings of the query's names
  // A name of the query (as typed) and the entities it was taken to denote (their spellings
  // left out): several when it is ambiguous ("Dortmund": the club and the city), so that a
  // reader can see what was searched for and type a fuller name to narrow it.
  struct Name {
    std::string text;
    std::vector<Store::NamedEntity> entities;
  };
  std::vector<Name> names;
};

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

  // The FTS5 expression for `query`: its words ANDed, each ORed with its translations. With
  // `names`, a run of up to four words that names an entity ("Abu Kamal", "abu kamal",
  // "Tokyo"; a single word only when it is no stopword and has three letters or more) is
  // taken as one phrase ORed with the entity's other spellings ("al-Bukamal", "Albu Kamal";
  // "Tokio", "Токио"), not translated; the longest such run from the left wins.
  QueryExpansion Expand(const std::string& query, const NameLookup& names = {}) const;

 private:
  // The stems of `word`'s translations (none of them `folded`, short or a stopword).
  std::vector<std::string> Translations(const std::string& folded) const;

  const LexiconSet* lexicons_;
  const Stopwords* stopwords_;
  size_t max_translations_;
};

}  // namespace storytrace

#endif  // STORYTRACE_SERVER_QUERY_EXPANSION_H_
