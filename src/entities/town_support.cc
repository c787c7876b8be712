// Support in the text for a town's name (TownSupported, ReadTown).
#include "entities/town_support.h"

#include <algorithm>

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

TownReading ReadTown(const NameTokens& nt, std::string_view text, std::string_view lang, size_t b,
                     size_t j, const GazetteerEntry& town, const std::string& surface,
                     const std::vector<Mention>& earlier, bool genitive) {
  const std::vector<AnalyzedToken>& toks = nt.tokens();
  TownReading out;
  // Two words name a town of one word that the key joins them to only with support ("Martin
  // Hagen" is no Martinhagen), as does a given name and a word that is no given name.
  const bool joined_by_key = j - b == 2 && town.canonical.find_first_of(" -") == std::string::npos;
  const bool ambiguous_town =
      town.lat && !town.is_country &&
      (j - b == 1 ||
       (j - b == 2 && (joined_by_key || (nt.given_name(b) && !nt.given_name(b + 1))) &&
        !town.seat && !town.major));
  if (!ambiguous_town) return out;
  // A month or weekday of the article's language alone is a date, whatever precedes it
  // ("in March", "bis Juli"; March, Cambridgeshire and Yuli, Nigeria are towns too); an
  // event's word alone names the event ("in Olympic hotel", "bei Olympia"; Olympic is a part
  // of Hong Kong), but "in Olympia" the town of the ancient Games; a kind of organisation
  // alone names a body ("the Council"; Council, Idaho).
  if (j - b == 1 &&
      (IsCalendarName(lang, toks[b].folded) || IsOrganisationWord(toks[b].folded) ||
       (IsEventWord(lang, toks[b].folded) &&
        !(toks[b].folded == "olympia" && b > 0 && toks[b - 1].folded == "in")))) {
    out.town = false;
    return out;
  }
  // The mention before, when it is a place: "Passau und Linz", "nach Wien, Zürich".
  const std::optional<uint32_t> place_before =
      !earlier.empty() && earlier.back().type == "LOC" ? std::optional<uint32_t>(earlier.back().end)
                                                       : std::nullopt;
  // The same town named before in another form: "al-Mayadin … Mayadin" (a repeat of the same
  // words is support of its own: TownSupported).
  const bool named_before = std::any_of(earlier.begin(), earlier.end(), [&](const Mention& o) {
    return o.known != nullptr && o.text != surface && o.known->canonical == town.canonical &&
           o.known->country == town.country;
  });
  if (TownSupported(nt, text, b, j, town, place_before, genitive, named_before)) return out;
  out.town = false;
  // Two words the key joined into a town, which the spelling dictionary reads as names (the
  // second as a name only), are a person's name, though a lexicon lists the words ("Martin
  // Hagen": FreeDict has the town Hagen).
  out.person = joined_by_key && lang != "de" && nt.reading(b + 1) == NameTokens::Reading::kName &&
               (nt.reading(b) == NameTokens::Reading::kName ||
                nt.reading(b) == NameTokens::Reading::kCommonWordAndName);
  return out;
}

}  // namespace storytrace
