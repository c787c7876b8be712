// Geotagging: the places an article names, as points on the map, and where it is (its focus).
#ifndef STORYTRACE_GEO_GEOTAGGER_H_
#define STORYTRACE_GEO_GEOTAGGER_H_

#include <string_view>
#include <vector>

#include "core/article.h"
#include "entities/gazetteer.h"

namespace storytrace {

// Resolves an article's place mentions to gazetteer places. A name several places share is
// read in the article's context: the countries it names (a country name, a place only one
// country has, the dateline's country) and the regions it names (Texas, Bavaria), so that
// "Freiburg" in an article about a Swiss canton is Fribourg and "Paris" in one about Texas is
// Paris, Texas. Thread-safe: it only reads the gazetteer.
class Geotagger {
 public:
  // `gazetteer` must outlive the tagger.
  explicit Geotagger(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}

  // The gazetteer it reads (may be null).
  const Gazetteer* gazetteer() const { return gazetteer_; }

  // The places of an article with body `text`, `dateline` and entity `mentions` (its LOC
  // mentions, by their `key`, are the names; the dateline's places count as one mention each).
  // Left out: names with no place on the map (rivers, seas, unknown words) and towns of the
  // city list the rest of the article does not support (nothing else it names is in their
  // country: no country name, dateline country, region, or other place resolved on evidence),
  // which are mostly words that are also a town's name somewhere. Curated places, countries,
  // dateline places, regional seats and major cities (time zones' cities, capitals) are always
  // kept.
  // A dateline place in a script without capitals is read as CaselessNames reads it, or not at
  // all (its name key may meet another town's).
  // The focus is the first dateline place found, else the most named place (on a tie a city
  // before a region before a country, then the first named). Order: focus first, then by
  // mentions, then by first mention.
  // A German article's towns in Germany, Austria or Switzerland need no support (`lang`, ISO
  // 639-1; its local news names its towns, rarely its country).
  std::vector<ArticlePlace> Tag(std::string_view text, std::string_view dateline,
                                const std::vector<EntityMention>& mentions,
                                std::string_view lang = "") const;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace storytrace

#endif  // STORYTRACE_GEO_GEOTAGGER_H_
