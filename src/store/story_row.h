// Reading a story row (inside the store only).
#ifndef STORYTRACE_STORE_STORY_ROW_H_
#define STORYTRACE_STORE_STORY_ROW_H_

#include "core/article.h"
#include "store/statement.h"

namespace storytrace {

// The stories table's columns ReadStoryRow reads, in its order.
#define ST_STORY_COLUMNS "id, title, article_count, languages, first_published, last_published"

// The story in the current row of `s`, whose first six columns are ST_STORY_COLUMNS (languages
// comma-separated).
Story ReadStoryRow(const Statement& s);

}  // namespace storytrace

#endif  // STORYTRACE_STORE_STORY_ROW_H_
