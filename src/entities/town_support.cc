// Support in the text for a town's name (TownSupported).
#include "entities/town_support.h"

#include "entities/name_words.h"

namespace storytrace {

bool AfterSettlementWord(const NameTokens& nt, size_t b) {
  const std::vector<AnalyzedToken>& toks = nt.tokens();
  return b > 0 && (IsSettlementWord(toks[b - 1].folded) ||
                   (b > 1 && (toks[b - 1].folded == "of" || toks[b - 1].folded == "de") &&
                    IsSettlementWord(toks[b - 2].folded)));
}

bool TownSupported(const NameTokens& nt, std::string_view text, size_t b, size_t j,
                   const GazetteerEntry& town, std::optional<uint32_t> place_before_end,
                   bool genitive, bool named_before) {
  const std::vector<AnalyzedToken>& toks = nt.tokens();
  const size_t n = toks.size();
  if ((b > 0 && IsPlacePreposition(toks[b - 1].folded)) || IsAcronym(nt.surface(b)) || genitive ||
      named_before || (j - b == 1 && nt.major_city(b, town))) {
    return true;
  }
  if (AfterSettlementWord(nt, b)) return true;
  if (place_before_end && *place_before_end < toks[b].span.begin) {
    // "Passau und Linz".
    if (b > 1 && IsConjunctionWord(toks[b - 1].folded) && *place_before_end + 12 >= toks[b].span.begin) {
      return true;
    }
    // In a list that goes on: after the place and a comma, before a comma or a conjunction.
    if (j < n) {
      const std::string_view before =
          text.substr(*place_before_end, toks[b].span.begin - *place_before_end);
      const std::string_view after =
          text.substr(toks[j - 1].span.end, toks[j].span.begin - toks[j - 1].span.end);
      if (before.find_first_not_of(", ") == std::string_view::npos &&
          before.find(',') != std::string_view::npos &&
          (after.find(',') != std::string_view::npos || IsConjunctionWord(toks[j].folded))) {
        return true;
      }
    }
  }
  // A second mention of the same words.
  size_t same = 0;
  for (size_t k = 0; k + (j - b) <= n; ++k) {
    size_t w = 0;
    while (w < j - b && toks[k + w].folded == toks[b + w].folded) ++w;
    same += w == j - b;
  }
  return same >= 2;
}

}  // namespace storytrace
