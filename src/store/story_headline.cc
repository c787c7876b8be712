// Headline scoring over the full-text index's document frequencies.
#include "store/story_headline.h"

#include <algorithm>
#include <cmath>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "extract/outlet_suffix.h"
#include "store/store.h"

namespace storytrace {

std::vector<std::pair<std::string, std::string>> IndexWords(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  icu::UnicodeString folded;
  int32_t start = -1, chars = 0;
  bool digits_only = true;
  auto flush = [&](int32_t end) {
    if (start >= 0 && chars >= 3 && !digits_only) {
      std::string key;
      folded.toUTF8String(key);
      out.emplace_back(std::move(key), std::string(text.substr(start, end - start)));
    }
    folded.remove();
    start = -1, chars = 0, digits_only = true;
  };
  for (int32_t i = 0; i < n;) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !(u_isalnum(c) || u_charType(c) == U_PRIVATE_USE_CHAR)) {
      flush(at);
      continue;
    }
    if (start < 0) start = at;
    ++chars;
    if (!u_isdigit(c)) digits_only = false;
    // Lower case, then the base letter without its accents.
    icu::UnicodeString decomposed;
    if (U_SUCCESS(status)) decomposed = nfd->normalize(icu::UnicodeString(u_tolower(c)), status);
    for (int32_t k = 0; k < decomposed.length();) {
      UChar32 d = decomposed.char32At(k);
      if (k == 0 || u_charType(d) != U_NON_SPACING_MARK) folded.append(d);
      k += U16_LENGTH(d);
    }
  }
  flush(n);
  return out;
}

double HeadlineScores::Idf(const std::string& word) const {
  auto it = document_counts.find(word);
  if (it == document_counts.end() || it->second <= 0) return 0.0;
  return std::log((store_articles + 1.0) / it->second);
}

bool HeadlineScores::MoreCentral(size_t i, const std::optional<size_t>& best) const {
  return !heads[i].empty() && (!best || centrality[i] > centrality[*best]);
}

Result<HeadlineScores> ScoreHeadlines(Store& store, const std::vector<StoryHeadline>& headlines,
                                      int64_t store_articles,
                                      std::unordered_map<std::string, int64_t>* known_counts) {
  HeadlineScores s;
  const size_t n = headlines.size();
  s.store_articles = store_articles;
  s.heads.resize(n);
  s.words.resize(n);
  s.sequences.resize(n);
  for (size_t i = 0; i < n; ++i) {
    s.heads[i] = WithoutOutlet(headlines[i].title, headlines[i].source);
    s.sequences[i] = IndexWords(s.heads[i]);
    for (const auto& [folded, surface] : s.sequences[i]) {
      if (s.words[i].insert(folded).second) ++s.in_heads[folded];
      ++s.surfaces[folded][surface];
    }
  }
  std::vector<std::string> terms;
  for (const auto& [w, count] : s.in_heads) terms.push_back(w);
  std::sort(terms.begin(), terms.end());
  auto df = store.TermDocumentCounts(terms, known_counts);
  if (!df.ok()) return df.status();
  s.document_counts = std::move(df).value();
  s.centrality.assign(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    for (const std::string& w : s.words[i]) s.centrality[i] += (s.in_heads[w] - 1) * s.Idf(w);
    s.centrality[i] /= static_cast<double>(std::max(kHeadlineWordsFloor, s.words[i].size()));
    if (headlines[i].reprint) s.centrality[i] -= 1e6;
  }
  return s;
}

}  // namespace storytrace
