// Which headline names a story: each headline's words weighed by how much they recur in the
// story's other headlines and how rare they are in the store. The stored story title and the
// served summary (server/story_summary.h) both choose with it.
#ifndef STORYTRACE_STORE_STORY_HEADLINE_H_
#define STORYTRACE_STORE_STORY_HEADLINE_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/status.h"

namespace storytrace {

class Store;

// The words of `text` as the full-text index tokenises them (SQLite FTS5 "unicode61
// remove_diacritics 2": runs of letters, digits and private-use characters, lower-cased, without
// diacritics; ß stays ß), each with its surface form. Words under 3 characters and numbers are
// left out.
std::vector<std::pair<std::string, std::string>> IndexWords(std::string_view text);

// One article of a story as headline scoring needs it.
struct StoryHeadline {
  std::string_view title, source;
  bool reprint = false;  // a reprint of another article (its original's headline is the story's)
};

// The headlines of one story, scored.
struct HeadlineScores {
  // Each title without the outlet it ends with when that outlet is its source ("… | The China
  // Post, Taiwan"; extract/outlet_suffix.h): the outlet says who reported, not what.
  std::vector<std::string> heads;
  std::vector<std::set<std::string>> words;         // distinct index words of each head
  // Each head's index words in order, as IndexWords gives them (folded word, surface form).
  std::vector<std::vector<std::pair<std::string, std::string>>> sequences;
  std::unordered_map<std::string, int> in_heads;    // how many heads have each word
  std::unordered_map<std::string, std::map<std::string, int>> surfaces;  // word → form → count
  // How central each headline is: how much its words recur, on average, in the story's other
  // headlines, each weighted by its idf; a headline of fewer than kHeadlineWordsFloor words
  // counts as that long, so that two or three common words do not make a title. An average,
  // not a sum, so that a long headline (a list of sub-events) does not win by length, nor one
  // angle by its many reprints. Reprints are pushed last.
  std::vector<double> centrality;

  // log((articles in the store + 1) / articles with `word`); 0 for a word the index lacks.
  double Idf(const std::string& word) const;
  // True when headline `i` has a title and is more central than headline `*best` (or there is
  // none yet): ties keep the earlier. Fold over a group's headlines to find its most central.
  bool MoreCentral(size_t i, const std::optional<size_t>& best) const;

  std::unordered_map<std::string, int64_t> document_counts;
  int64_t store_articles = 0;
};

// On OG2021 dev through ingest (eval/stories/titles.py) floors of 1 to 6 pick a headline of the
// story's main gold story equally often (92-93 % of stories of five or more articles), 8 falls
// to 90 %; without a floor, "Los Juegos de la pandemia" heads the opening ceremony.
inline constexpr size_t kHeadlineWordsFloor = 6;

// Scores `headlines` with word rarity from `store`'s full-text index, whose article count is
// `store_articles`; `known_counts` as for Store::TermDocumentCounts (may be null). Fails only
// when the store fails.
Result<HeadlineScores> ScoreHeadlines(
    Store& store, const std::vector<StoryHeadline>& headlines, int64_t store_articles,
    std::unordered_map<std::string, int64_t>* known_counts = nullptr);

}  // namespace storytrace

#endif  // STORYTRACE_STORE_STORY_HEADLINE_H_
