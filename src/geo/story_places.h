// A story's places: its articles' places brought together, one sense of a name per story.
#ifndef STORYTRACE_GEO_STORY_PLACES_H_
#define STORYTRACE_GEO_STORY_PLACES_H_

#include <string>
#include <vector>

#include "core/article.h"

namespace storytrace {

struct StoryPlace {
  std::string place_id, name, kind, country;
  double lat = 0, lng = 0;
  int articles = 0;        // articles naming it
  int mentions = 0;        // times they name it
  int focus_articles = 0;  // articles whose focus it is
  bool focus = false;      // the focus of the most articles (one place at most)
};

// Aggregates article places. Within each story, a name an article resolved without evidence
// (ArticlePlace::settled false) takes the place another article of the story settled for the
// same name (Kourou in French Guiana, from the article whose dateline says so). Places are
// then counted across all rows; the display name is the one most articles use (on a tie
// the first). Order: the
// focus, then by articles, mentions and name.
std::vector<StoryPlace> AggregatePlaces(std::vector<StoryPlaceRow> rows);

}  // namespace storytrace

#endif  // STORYTRACE_GEO_STORY_PLACES_H_
