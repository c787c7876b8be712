// Curated names of several words (curated_phrase.h).
#include "entities/curated_phrase.h"

#include <array>
#include <string>

namespace storytrace {
namespace {

// The byte lengths of the German genitive endings token `k` may have (GenitiveEndings); zeros in
// other languages.
std::array<size_t, 2> GenitiveEnds(const NameTokens& nt, size_t k) {
  return nt.lang() == "de" ? GenitiveEndings(nt.tokens()[k].folded) : std::array<size_t, 2>{0, 0};
}

// Whether token `k` is a word of a curated name of several words, itself or in the genitive.
bool PhraseWord(const NameTokens& nt, const Gazetteer& gazetteer, size_t k) {
  const std::string& folded = nt.tokens()[k].folded;
  if (gazetteer.InAddedPhrase(folded)) return true;
  for (size_t c : GenitiveEnds(nt, k)) {
    if (c > 0 && gazetteer.InAddedPhrase(folded.substr(0, folded.size() - c))) return true;
  }
  return false;
}

}  // namespace

size_t CuratedPhraseEnd(const NameTokens& nt, const Gazetteer& gazetteer, std::string_view text,
                        size_t k) {
  const std::vector<AnalyzedToken>& toks = nt.tokens();
  const size_t n = toks.size();
  if (!toks[k].capitalized || !gazetteer.InAddedPhrase(toks[k].folded)) return 0;
  size_t to = k + 1;
  while (to < n && to - k < 5 && nt.joined(to - 1) && PhraseWord(nt, gazetteer, to) &&
         (toks[to].capitalized ||
          ((toks[to].stopword || nt.kind(to) == NameTokens::kParticle) && to + 1 < n &&
           toks[to + 1].capitalized))) {
    ++to;
  }
  // The run folded from its tokens' folded words, as IsAddedSpelling would fold it; `ends[w]` is
  // where the fold of the run up to token k + w ends.
  std::string all = toks[k].folded;
  std::array<size_t, 5> ends{all.size()};
  for (size_t w = k + 1; w < to; ++w) {
    all += text.substr(toks[w - 1].span.end, toks[w].span.begin - toks[w - 1].span.end);
    all += toks[w].folded;
    ends[w - k] = all.size();
  }
  for (; to >= k + 2; --to) {
    const std::string_view folded = std::string_view(all).substr(0, ends[to - k - 1]);
    // Whether the run without its last `cut` bytes (a genitive's) is a curated spelling.
    auto curated_without = [&](size_t cut) {
      if (!gazetteer.IsAddedFoldedSpelling(std::string(folded.substr(0, folded.size() - cut)))) {
        return false;
      }
      const std::string_view phrase =
          text.substr(toks[k].span.begin, toks[to - 1].span.end - toks[k].span.begin);
      return Curated(&gazetteer, phrase.substr(0, phrase.size() - cut));
    };
    if (curated_without(0)) return to;
    for (size_t cut : GenitiveEnds(nt, to - 1)) {
      if (cut > 0 && curated_without(cut)) return to;
    }
  }
  return 0;
}

}  // namespace storytrace
