// Finding person, organisation and place mentions in an analysed article.
#ifndef STORYTRACE_ENTITIES_MENTION_FINDER_H_
#define STORYTRACE_ENTITIES_MENTION_FINDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dedup/lexicon.h"
#include "entities/gazetteer.h"
#include "text/analyzed_text.h"

namespace storytrace {

struct Mention {
  uint32_t begin = 0, end = 0;  // byte span in the analysed text
  std::string text;             // surface form (roles such as "President" stripped)
  std::string type;             // "PER", "ORG" or "LOC"
  std::string key;              // NameKey of the entity this mention names (for a surname-only
                                // mention: of the full name given earlier in the article)
  const GazetteerEntry* known = nullptr;  // gazetteer entry, when the name is in one
};

// Finds mentions from capitalisation (names are capitalised words the language's dictionary does
// not know as common words, so German nouns are not names), name particles (al-, bin, von, de),
// roles and titles before names (Präsidentin, General, Defense Minister), organisation words
// (Ministerium, Party) and the gazetteers. Surname-only mentions are linked to the full name
// earlier in the article. Thread-safe.
class MentionFinder {
 public:
  // `gazetteer` and `lexicons` must outlive the finder; either may be empty.
  MentionFinder(const Gazetteer* gazetteer, const LexiconSet* lexicons)
      : gazetteer_(gazetteer), lexicons_(lexicons) {}

  // Mentions in `text` (the text `analyzed` was computed from), in text order.
  std::vector<Mention> Find(std::string_view text, const AnalyzedText& analyzed) const;

 private:
  const Gazetteer* gazetteer_;
  const LexiconSet* lexicons_;
};

// True when `folded_word` is a role or title that introduces a person's name in any of the
// supported languages ("präsident", "sprecherin", "general", "minister", "mayor").
bool IsPersonRole(std::string_view folded_word);

}  // namespace storytrace

#endif  // STORYTRACE_ENTITIES_MENTION_FINDER_H_
