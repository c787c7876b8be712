// Places of several words at a run's start (KnownPlacePrefixEnd, PlaceBeginsBeforeRun).
#include "entities/place_runs.h"

#include <algorithm>
#include <string>

namespace storytrace {
namespace {

std::string_view Span(const NameTokens& nt, std::string_view text, size_t from, size_t to) {
  const auto& toks = nt.tokens();
  return text.substr(toks[from].span.begin, toks[to - 1].span.end - toks[from].span.begin);
}

}  // namespace

size_t KnownPlacePrefixEnd(const NameTokens& nt, const Gazetteer& gazetteer,
                           std::string_view text, size_t i, size_t j) {
  for (size_t e = std::min(j - 1, i + kMaxPlaceWords); e >= i + 2; --e) {
    if (KnownPlaceNotTown(&gazetteer, Span(nt, text, i, e))) return e;
  }
  return 0;
}

bool PlaceBeginsBeforeRun(const NameTokens& nt, const Gazetteer& gazetteer,
                          std::string_view text, size_t i, size_t j, size_t consumed) {
  if (i <= consumed) return false;
  const AnalyzedToken& before = nt.tokens()[i - 1];
  if (nt.kind(i - 1) != NameTokens::kNone || !nt.joined(i - 1) || !before.capitalized ||
      before.all_caps || !nt.sentence_start(i - 1)) {
    return false;
  }
  for (size_t e = std::min(j, i - 1 + kMaxPlaceWords); e > i; --e) {
    if (KnownPlaceNotTown(&gazetteer, Span(nt, text, i - 1, e))) return true;
  }
  return false;
}

}  // namespace storytrace
