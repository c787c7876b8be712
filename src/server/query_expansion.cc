// Query expansion through the bilingual lexicons.
#include "server/query_expansion.h"

#include <algorithm>

#include "text/normalizer.h"
#include "text/stemmer.h"

namespace storytrace {
namespace {

// The query's words: runs of letters and digits (bytes of multi-byte characters count as
// letters), as the user typed them.
std::vector<std::string> Words(const std::string& query) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : query) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) {
      cur += c;
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::string Quoted(const std::string& s) { return '"' + s + '"'; }

}  // namespace

std::string QueryExpander::ToFts(const std::string& query,
                                 std::vector<std::string>* translations) const {
  std::string out;
  for (const std::string& word : Words(query)) {
    std::string folded = FoldForMatching(word);
    std::vector<std::string> added;
    if (lexicons_ != nullptr && folded.size() >= 3) {
      for (const std::string& lang : lexicons_->SourceLanguages()) {
        if (stopwords_ != nullptr && stopwords_->Contains(lang, folded)) continue;
        uint64_t key = LexiconKey(Stem(folded, lang));
        for (const Lexicon* lex : lexicons_->From(lang)) {
          for (uint64_t t : lex->Lookup(key)) {
            std::string stem(lex->TargetString(t));
            // Short stems and function words ("des", "the") would match everything.
            if (stem.size() < 4 || stem == folded || added.size() >= max_translations_ ||
                (stopwords_ != nullptr && stopwords_->Contains(lex->target_lang(), stem))) {
              continue;
            }
            if (std::find(added.begin(), added.end(), stem) == added.end()) added.push_back(stem);
          }
        }
      }
    }
    std::string clause = Quoted(word);
    for (const std::string& stem : added) clause += " OR " + Quoted(stem) + "*";
    if (!out.empty()) out += " AND ";
    out += added.empty() ? clause : "(" + clause + ")";
    if (translations != nullptr) translations->insert(translations->end(), added.begin(), added.end());
  }
  return out;
}

}  // namespace storytrace
