// Reprint families (union by earliest time) and translation lookup.
#include "dedup/link_finder.h"

namespace storytrace {
namespace {

// True when `t` is midnight UTC: most likely a date without a time of day.
bool DayPrecision(int64_t t) { return t % 86400 == 0; }

// True when an article at (ta, ia) came before one at (tb, ib): earlier publication, undated
// articles after dated ones, then earlier ingestion (lower entry index). A date without a time
// ("13 May") does not come before a time on the same day ("13 May, 17:52").
bool Before(std::optional<int64_t> ta, uint32_t ia, std::optional<int64_t> tb, uint32_t ib) {
  if (ta && tb && *ta != *tb) {
    bool same_day = *ta / 86400 == *tb / 86400;
    if (!(same_day && (DayPrecision(*ta) || DayPrecision(*tb)))) return *ta < *tb;
  }
  if (ta.has_value() != tb.has_value()) return ta.has_value();
  return ia < ib;
}

}  // namespace

uint32_t LinkFinder::Root(uint32_t e) const {
  while (parent_[e] != e) e = parent_[e];
  return e;
}

uint32_t LinkFinder::AddToReprintIndex(const std::string& id, const MinHashSignature& sig,
                                       std::optional<int64_t> published) {
  uint32_t e = reprints_.Add(id, sig);
  published_.push_back(published);
  parent_.push_back(e);
  entry_of_[id] = e;
  return e;
}

FoundLinks LinkFinder::FindAndAdd(const Article& article, const AnalyzedText& analyzed) {
  FoundLinks out;
  size_t body_begin = article.title.empty() ? 0 : article.title.size() + 2;
  out.signature = ComputeMinHash(analyzed, body_begin);
  // The earliest family root among the matches (a changed article may match its old self).
  std::optional<uint32_t> root;
  double score = 0;
  for (const ReprintMatch& m : reprints_.Find(out.signature)) {
    if (reprints_.id(m.index) == article.id) continue;
    uint32_t r = Root(m.index);
    if (reprints_.id(r) == article.id) continue;
    if (!root || Before(published_[r], r, published_[*root], *root)) {
      root = r;
      score = m.containment;
    }
  }
  uint32_t self = AddToReprintIndex(article.id, out.signature, article.published);
  if (root) {
    ReprintLink link{reprints_.id(*root), score, false};
    if (Before(article.published, self, published_[*root], *root)) {
      link.new_is_original = true;
      parent_[*root] = self;
    } else {
      parent_[self] = *root;
    }
    out.reprint = link;
  }
  // A reprint shares its original's translations; only family roots are compared across
  // languages (a wire story reprinted fifty times is one translation candidate, not fifty).
  if (out.reprint && !out.reprint->new_is_original) return out;
  TranslationProfile profile = MakeTranslationProfile(article, analyzed, lemmas_.get());
  out.translations = translations_.Find(profile);
  translations_.Add(article.id, std::move(profile));
  return out;
}

void LinkFinder::AddStoredSignature(const std::string& id, const MinHashSignature& sig,
                                    std::optional<int64_t> published,
                                    const std::string& duplicate_of) {
  uint32_t e = AddToReprintIndex(id, sig, published);
  if (auto it = entry_of_.find(duplicate_of); !duplicate_of.empty() && it != entry_of_.end()) {
    parent_[e] = Root(it->second);
  }
}

void LinkFinder::AddRecent(const Article& article, const AnalyzedText& analyzed) {
  translations_.Add(article.id, MakeTranslationProfile(article, analyzed, lemmas_.get()));
}

}  // namespace storytrace
