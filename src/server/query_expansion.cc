// Query expansion through the bilingual lexicons and the store's name spellings.
#include "server/query_expansion.h"

#include <algorithm>
#include <iterator>

#include "text/normalizer.h"
#include "text/stemmer.h"

namespace storytrace {
namespace {

// The longest run of words taken as one name.
constexpr size_t kMaxNameWords = 4;

// A word of the query: a run of letters and digits (bytes of multi-byte characters count as
// letters), as the user typed it, and where it ends in the query.
struct Word {
  std::string text;
  size_t begin = 0, end = 0;
};

std::vector<Word> Words(const std::string& query) {
  std::vector<Word> out;
  for (size_t i = 0; i < query.size();) {
    auto in_word = [&](size_t at) {
      unsigned char u = static_cast<unsigned char>(query[at]);
      return u >= 0x80 || std::isalnum(u);
    };
    if (!in_word(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < query.size() && in_word(j)) ++j;
    out.push_back({query.substr(i, j - i), i, j});
    i = j;
  }
  return out;
}

// `s` as an FTS5 string: in double quotes, a double quote doubled. A string of several words
// is a phrase.
std::string Quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + '"';
}

// The folded words of `s`, as the full-text index reads them ("Abu-Kamal": abu, kamal).
std::vector<std::string> FoldedWords(const std::string& s) {
  std::vector<std::string> out;
  for (const Word& w : Words(s)) out.push_back(FoldForMatching(w.text));
  return out;
}

// Whether every word of `part` is among `whole`'s, and `whole` has more.
bool ShorterForm(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  if (part.size() >= whole.size()) return false;
  return std::all_of(part.begin(), part.end(), [&](const std::string& w) {
    return std::find(whole.begin(), whole.end(), w) != whole.end();
  });
}

// The spellings that find more than `name` does: one per sequence of folded words ("Abu-Kamal"
// is "Abu Kamal" to the index), none that the name as typed is, and none made of words of a
// longer one ("Osaka" beside "Naomi Osaka" would find the city; "Biles" adds nothing to
// "Simone Biles" that a search for Biles lacks).
std::vector<std::string> OtherSpellings(const std::string& name,
                                        const std::vector<std::string>& spellings) {
  std::vector<std::vector<std::string>> forms = {FoldedWords(name)};
  std::vector<std::string> kept;
  for (const std::string& s : spellings) {
    std::vector<std::string> words = FoldedWords(s);
    if (words.empty() || std::find(forms.begin(), forms.end(), words) != forms.end()) continue;
    forms.push_back(std::move(words));
    kept.push_back(s);
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < kept.size(); ++i) {
    const std::vector<std::string>& words = forms[i + 1];
    const bool shorter = std::any_of(forms.begin(), forms.end(), [&](const auto& other) {
      return ShorterForm(words, other);
    });
    if (!shorter) out.push_back(kept[i]);
  }
  return out;
}

}  // namespace

NameLookup StoreNameLookup(Store& store) {
  return [&store](std::string_view name) {
    auto entities = store.EntitiesNamed(name);
    // A failed lookup widens nothing; the search still runs.
    return entities.ok() ? std::move(entities).value() : std::vector<Store::NamedEntity>{};
  };
}

std::vector<std::string> QueryExpander::Translations(const std::string& folded) const {
  std::vector<std::string> added;
  if (lexicons_ == nullptr || folded.size() < 3) return added;
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
  return added;
}

QueryExpansion QueryExpander::Expand(const std::string& query, const NameLookup& names) const {
  QueryExpansion out;
  const std::vector<Word> words = Words(query);
  auto append = [&](const std::string& clause, bool alternatives) {
    if (!out.fts.empty()) out.fts += " AND ";
    out.fts += alternatives ? "(" + clause + ")" : clause;
  };
  for (size_t i = 0; i < words.size();) {
    // The longest run of words from i that names an entity.
    size_t taken = 0;
    std::vector<Store::NamedEntity> entities;
    for (size_t n = std::min(kMaxNameWords, words.size() - i); names && n > 0 && taken == 0; --n) {
      if (n == 1) {
        const std::string folded = FoldForMatching(words[i].text);
        if (folded.size() < 3 || (stopwords_ != nullptr && stopwords_->ContainsInAny(folded))) break;
      }
      const size_t begin = words[i].begin, end = words[i + n - 1].end;
      entities = names(std::string_view(query).substr(begin, end - begin));
      if (!entities.empty()) taken = n;
    }
    if (taken > 0) {
      const size_t begin = words[i].begin, end = words[i + taken - 1].end;
      const std::string name = query.substr(begin, end - begin);
      std::vector<std::string> spellings;
      for (Store::NamedEntity& e : entities) {
        spellings.push_back(e.canonical);
        spellings.insert(spellings.end(), std::make_move_iterator(e.spellings.begin()),
                         std::make_move_iterator(e.spellings.end()));
        e.spellings.clear();
      }
      out.names.push_back({name, std::move(entities)});
      std::string clause = Quoted(name);
      const std::vector<std::string> others = OtherSpellings(name, spellings);
      for (const std::string& s : others) {
        clause += " OR " + Quoted(s);
        if (std::find(out.spellings.begin(), out.spellings.end(), s) == out.spellings.end()) {
          out.spellings.push_back(s);  // a name typed twice is reported once
        }
      }
      append(clause, !others.empty());
      i += taken;
      continue;
    }
    std::vector<std::string> added = Translations(FoldForMatching(words[i].text));
    std::string clause = Quoted(words[i].text);
    for (const std::string& stem : added) clause += " OR " + Quoted(stem) + "*";
    append(clause, !added.empty());
    out.translations.insert(out.translations.end(), added.begin(), added.end());
    ++i;
  }
  return out;
}

}  // namespace storytrace
