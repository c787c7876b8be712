// Translation scoring: dictionary, name and number matches that keep their relative position.
#include "dedup/translation_detector.h"

#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "text/normalizer.h"
#include "text/word_forms.h"

namespace storytrace {
namespace {

constexpr size_t kMaxEntries = 500000;  // undated streams: bound the window by count too
constexpr size_t kMinMatchable = 20;    // fewer matchable words than this weakens the score
// A body this long (TextLength) is full text, not a headline: only full texts are looked up by
// their roots and get the wider position band (both made wrong links between headlines).
constexpr size_t kMinFullText = 150;
// A word the other language leaves out or says in two ("No one shall" / "Niemand darf") moves
// the positions after it by 1 / (words) each: in a text of 16 content words a two-word shift is
// 0.13, most of the band. The band widens by this many words' worth of position, when both
// bodies are of full text (kMinFullText or more): between headlines of one day's events the
// wider band made wrong links (stories through ingest 0.714 -> 0.708, eval/translations).
constexpr double kPositionSlackWords = 2;
// With a small dictionary (es-fr, en-es) few words are matchable, and those that are (names,
// numbers) agree in any two reports of one event: the alignment is normalised by at least this
// share of all content words. de-en reaches 0.9 on its own.
constexpr double kMinMatchableShare = 0.85;

uint64_t NameKey(const AnalyzedToken& t) {
  if (t.span.kind == TokenKind::kNumber) {
    std::string digits;
    for (char c : t.folded) {
      if (c >= '0' && c <= '9') digits += c;
    }
    return digits.size() >= 2 ? LexiconKey("#" + digits) : 0;
  }
  if (!t.capitalized || t.folded.size() < 4) return 0;
  std::string k = TransliterateToAscii(t.folded);
  if (k.size() > 6) k.resize(6);  // Moskau/Moscow stay apart, Kamal/Kamals do not
  return LexiconKey("@" + k);
}

// Positions of stems and keys in one profile.
struct PositionIndex {
  std::unordered_map<uint64_t, std::vector<float>> at;
  explicit PositionIndex(const TranslationProfile& p) {
    at.reserve(p.items.size() * 2);
    for (const auto& it : p.items) {
      at[it.stem].push_back(it.pos);
      if (it.key != 0) at[it.key].push_back(it.pos);
    }
  }
  // 0: absent, 1: present elsewhere, 2: present within `band` of `pos`.
  int Find(uint64_t k, float pos, double band) const {
    auto f = at.find(k);
    if (f == at.end()) return 0;
    for (float q : f->second) {
      if (std::fabs(q - pos) <= band) return 2;
    }
    return 1;
  }
};

// Share of a's matchable items found near their position in b, and how many were matchable.
double DirectedCoverage(const TranslationProfile& a, const PositionIndex& b, const Lexicon* lex,
                        double band, size_t* matchable) {
  size_t can = 0, hit = 0;
  for (const auto& it : a.items) {
    int best = b.Find(it.stem, it.pos, band);
    bool has_entry = best > 0;
    if (it.key != 0) {
      int k = b.Find(it.key, it.pos, band);
      has_entry |= k > 0;
      best = std::max(best, k);
    }
    if (lex != nullptr) {
      auto targets = lex->Lookup(it.stem);
      has_entry |= !targets.empty();
      for (uint64_t t : targets) {
        if (best == 2) break;
        best = std::max(best, b.Find(t, it.pos, band));
      }
    }
    if (!has_entry) continue;  // neither the dictionary nor the other text knows this word
    ++can;
    hit += best == 2;
  }
  *matchable += can;
  return can == 0 ? 0 : static_cast<double>(hit) / can;
}

// Hits of a's sentences in b's sentences near the diagonal: hits(i, j) = matchable items of
// a's sentence i found in b's sentence j; hits2(i, j) = found in j or j + 1. Band cells only.
struct SentenceHits {
  size_t na = 0, nb = 0;
  std::vector<int> lo;                  // per i: first j of its band
  std::vector<uint16_t> one, two;       // [i * kBand + (j - lo[i])]
  std::vector<uint16_t> matchable;      // per i
  static constexpr int kBand = 62;
  int Get(const std::vector<uint16_t>& v, size_t i, size_t j) const {
    int k = static_cast<int>(j) - lo[i];
    return k < 0 || k >= kBand ? 0 : v[i * kBand + k];
  }
};

SentenceHits ComputeHits(const TranslationProfile& a, const TranslationProfile& b,
                         const Lexicon* lex) {
  SentenceHits h;
  h.na = a.sentence_begin.size();
  h.nb = b.sentence_begin.size();
  h.lo.assign(h.na, 0);
  h.one.assign(h.na * SentenceHits::kBand, 0);
  h.two.assign(h.na * SentenceHits::kBand, 0);
  h.matchable.assign(h.na, 0);
  if (h.na == 0 || h.nb == 0) return h;
  std::unordered_map<uint64_t, std::vector<uint32_t>> in_b;  // key → sentences of b
  in_b.reserve(b.items.size() * 2);
  for (const auto& it : b.items) {
    for (uint64_t k : {it.stem, it.key}) {
      if (k == 0) continue;
      auto& v = in_b[k];
      if (v.empty() || v.back() != it.sentence) v.push_back(it.sentence);
    }
  }
  const int width = std::min(SentenceHits::kBand, std::max(7, static_cast<int>(0.4 * h.nb) + 1));
  for (size_t i = 0; i < h.na; ++i) {
    size_t first = a.sentence_begin[i];
    size_t last = i + 1 < h.na ? a.sentence_begin[i + 1] : a.items.size();
    int center = static_cast<int>((i + 0.5) * h.nb / h.na);
    int lo = std::max(0, std::min(center - width / 2, static_cast<int>(h.nb) - width));
    int hi = std::min(static_cast<int>(h.nb) - 1, lo + width - 1);
    h.lo[i] = lo;
    for (size_t x = first; x < last; ++x) {
      const auto& it = a.items[x];
      uint64_t mask = 0;
      bool matchable = false;
      // Matchable: the dictionary knows the word, or it is a name or number the other text
      // also has. Identical stems (loanwords) count as hits but do not make a word matchable.
      auto mark = [&](uint64_t k) {
        auto f = in_b.find(k);
        if (f == in_b.end()) return false;
        for (uint32_t sj : f->second) {
          if (static_cast<int>(sj) >= lo && static_cast<int>(sj) <= hi) mask |= 1ULL << (sj - lo);
        }
        return true;
      };
      mark(it.stem);
      if (it.key != 0) matchable |= mark(it.key);
      if (lex != nullptr) {
        auto targets = lex->Lookup(it.stem);
        matchable |= !targets.empty();
        for (uint64_t t : targets) mark(t);
      }
      if (!matchable) continue;
      ++h.matchable[i];
      for (int k = 0; k <= hi - lo; ++k) {
        uint64_t bit = 1ULL << k;
        h.one[i * SentenceHits::kBand + k] += (mask & bit) != 0;
        h.two[i * SentenceHits::kBand + k] += (mask & (bit | bit << 1)) != 0;
      }
    }
  }
  return h;
}

// Monotone sentence alignment (1-1, 1-2, 2-1 and skips) maximising the matched items of both
// texts; returns matched items / all matchable items. Reordered or unmatched passages lower it.
double AlignSentences(const TranslationProfile& a, const TranslationProfile& b,
                      const Lexicon* a_to_b, const Lexicon* b_to_a) {
  SentenceHits ab = ComputeHits(a, b, a_to_b), ba = ComputeHits(b, a, b_to_a);
  size_t na = ab.na, nb = ab.nb;
  if (na == 0 || nb == 0) return 0;
  double total = 0;
  for (auto m : ab.matchable) total += m;
  for (auto m : ba.matchable) total += m;
  total = std::max(total, kMinMatchableShare * (a.items.size() + b.items.size()));
  if (total == 0) return 0;
  std::vector<double> S((na + 1) * (nb + 1), 0);
  auto at = [&](size_t i, size_t j) -> double& { return S[i * (nb + 1) + j]; };
  // A pair of sentences earns the words matched between them. (Weighting by how complete the
  // match is was tried and lowered the margin: real translations also drop and add words.)
  auto gain = [](double hits, double matchable) { return matchable > 0 ? hits : 0.0; };
  for (size_t i = 0; i <= na; ++i) {
    for (size_t j = 0; j <= nb; ++j) {
      if (i == 0 && j == 0) continue;
      double best = 0;
      if (i > 0) best = std::max(best, at(i - 1, j));
      if (j > 0) best = std::max(best, at(i, j - 1));
      if (i > 0 && j > 0) {  // 1-1
        double h = ab.Get(ab.one, i - 1, j - 1) + ba.Get(ba.one, j - 1, i - 1);
        best = std::max(best, at(i - 1, j - 1) +
                                  gain(h, ab.matchable[i - 1] + ba.matchable[j - 1]));
      }
      if (i > 0 && j > 1) {  // a's sentence i-1 ↔ b's j-2, j-1
        double h = ab.Get(ab.two, i - 1, j - 2) + ba.Get(ba.one, j - 2, i - 1) +
                   ba.Get(ba.one, j - 1, i - 1);
        best = std::max(best, at(i - 1, j - 2) + gain(h, ab.matchable[i - 1] +
                                                          ba.matchable[j - 2] + ba.matchable[j - 1]));
      }
      if (i > 1 && j > 0) {  // a's i-2, i-1 ↔ b's j-1
        double h = ba.Get(ba.two, j - 1, i - 2) + ab.Get(ab.one, i - 2, j - 1) +
                   ab.Get(ab.one, i - 1, j - 1);
        best = std::max(best, at(i - 2, j - 1) + gain(h, ba.matchable[j - 1] +
                                                          ab.matchable[i - 2] + ab.matchable[i - 1]));
      }
      at(i, j) = best;
    }
  }
  return at(na, nb) / total;
}

}  // namespace

size_t TextLength(std::string_view text) {
  // In half letters: what a character of each script carries, measured as the median over the
  // UDHR's 31 articles of the English text's characters (spaces and punctuation included) per
  // character of the translation: Chinese 4.1 per Han character; Japanese, with Han at four,
  // kana at 1.5 (median ratio 1.05); Korean 2.1 per character, Hangul syllables at 2.5 (with
  // its spaces); Arabic, which leaves its short vowels unwritten, 1.44. Other scripts one.
  size_t halves = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(s, i, size, c);
    if (c < 0x0600) {  // below the Arabic block
      halves += 2;
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
      case USCRIPT_HAN: halves += 8; break;
      case USCRIPT_HANGUL: halves += 5; break;
      case USCRIPT_ARABIC:
      case USCRIPT_HIRAGANA:
      case USCRIPT_KATAKANA: halves += 3; break;
      default: halves += 2;
    }
  }
  return halves / 2;
}

TranslationProfile MakeTranslationProfile(const Article& article, const AnalyzedText& at,
                                          const LemmaStems* lemmas) {
  TranslationProfile p;
  p.lang = at.lang;
  p.time = article.published;
  p.chars = TextLength(article.text);
  p.sentences = at.sentences.size();
  // Headlines keep their stems: roots make two short texts agree on more words, and between
  // headlines of one day's events ("… wins first medal") that made more wrong links than
  // right ones (eval/translations/README.md).
  const bool by_roots = lemmas != nullptr && p.chars >= kMinFullText;
  std::unordered_set<uint64_t> keys;
  size_t sentence = 0;
  int64_t current = -1;  // sentence index (in `at`) of the last item
  for (const AnalyzedToken& t : at.tokens) {
    bool number = t.span.kind == TokenKind::kNumber;
    if (t.stopword || (!number && t.stem.size() < 2)) continue;
    while (sentence + 1 < at.sentences.size() && t.span.begin >= at.sentences[sentence].end) {
      ++sentence;
    }
    if (static_cast<int64_t>(sentence) != current) {
      current = static_cast<int64_t>(sentence);
      p.sentence_begin.push_back(static_cast<uint32_t>(p.items.size()));
    }
    uint64_t key = NameKey(t);
    const uint64_t stem = by_roots
                              ? lemmas->KeyOf(at.lang, t, SurfaceOf(article.title, article.text, t))
                              : LexiconKey(t.stem);
    p.items.push_back({stem, key, 0,
                       static_cast<uint32_t>(p.sentence_begin.size() - 1)});
    if (key != 0) keys.insert(key);
  }
  for (size_t i = 0; i < p.items.size(); ++i) {
    p.items[i].pos = p.items.size() < 2 ? 0 : static_cast<float>(i) / (p.items.size() - 1);
  }
  p.keys.assign(keys.begin(), keys.end());
  std::sort(p.keys.begin(), p.keys.end());
  return p;
}

TranslationEvidence ScoreTranslation(const TranslationProfile& a, const TranslationProfile& b,
                                     const Lexicon* a_to_b, const Lexicon* b_to_a,
                                     const TranslationOptions& o) {
  TranslationEvidence e;
  if (a.items.empty() || b.items.empty()) return e;
  for (size_t i = 0, j = 0; i < a.keys.size() && j < b.keys.size();) {
    if (a.keys[i] == b.keys[j]) {
      ++e.shared_keys, ++i, ++j;
    } else {
      a.keys[i] < b.keys[j] ? ++i : ++j;
    }
  }
  size_t fewer = std::min(a.keys.size(), b.keys.size());
  e.key_share = fewer ? static_cast<double>(e.shared_keys) / fewer : 0;
  PositionIndex ia(a), ib(b);
  double band = o.position_band;
  if (std::min(a.chars, b.chars) >= kMinFullText) {
    band += kPositionSlackWords / static_cast<double>(std::min(a.items.size(), b.items.size()));
  }
  double c1 = DirectedCoverage(a, ib, a_to_b, band, &e.matchable);
  double c2 = DirectedCoverage(b, ia, b_to_a, band, &e.matchable);
  e.coverage = (c1 + c2) / 2;
  auto ratio = [](size_t x, size_t y) {
    return x == 0 || y == 0 ? 0.0 : static_cast<double>(std::min(x, y)) / std::max(x, y);
  };
  e.length_ratio = ratio(a.chars, b.chars);
  e.sentence_ratio = ratio(a.sentences, b.sentences);
  // Translations keep length and sentence structure; a text twice as long is not one, and a
  // translator seldom merges or splits more than one sentence in ten (UDHR gold pairs: tenth
  // percentile 1.0; WMT news 16 of 17 at 0.92 or more), while separate reports of one event
  // written from the same facts differ more (eval/translations/README.md, stop 39).
  double structure =
      std::min(1.0, e.length_ratio / 0.75) * std::min(1.0, e.sentence_ratio / 0.9);
  double evidence = std::min(1.0, static_cast<double>(e.matchable) / kMinMatchable);
  if (e.coverage < o.min_coverage) {
    e.score = e.coverage * structure * evidence;
    return e;
  }
  e.alignment = AlignSentences(a, b, a_to_b, b_to_a);
  e.score = e.alignment * structure * evidence;
  return e;
}

std::vector<TranslationMatch> TranslationDetector::Find(const TranslationProfile& p) const {
  std::unordered_map<size_t, int> shared;
  for (uint64_t k : p.keys) {
    auto it = by_key_.find(k);
    if (it == by_key_.end()) continue;
    for (size_t n : it->second) {
      if (n < first_) continue;
      const Entry& e = entries_[n - first_];
      if (e.profile.lang == p.lang) continue;
      if (p.time && e.profile.time &&
          std::llabs(*p.time - *e.profile.time) > options_.window_seconds) {
        continue;
      }
      ++shared[n];
    }
  }
  // Articles without shared names: their rarest words, reached through the dictionaries.
  std::unordered_map<size_t, int> rare;
  if (lexicons_ != nullptr) {
    std::vector<uint64_t> stems = RarestStems(DistinctStems(p), options_.rare_words);
    for (const Lexicon* lex : lexicons_->From(p.lang)) {
      for (uint64_t st : stems) {
        std::unordered_set<size_t> hit;  // one count per source word and entry
        for (uint64_t t : lex->Lookup(st)) {
          auto f = by_rare_.find(t);
          if (f == by_rare_.end()) continue;
          for (size_t n : f->second) {
            if (n >= first_ && entries_[n - first_].profile.lang == lex->target_lang()) hit.insert(n);
          }
        }
        for (size_t n : hit) ++rare[n];
      }
    }
  }
  std::vector<std::pair<int, size_t>> ranked;
  auto in_window = [&](const Entry& e) {
    return !(p.time && e.profile.time &&
             std::llabs(*p.time - *e.profile.time) > options_.window_seconds);
  };
  for (const auto& [n, c] : shared) {
    size_t fewer = std::min(p.keys.size(), entries_[n - first_].profile.keys.size());
    int r = rare.count(n) ? rare[n] : 0;
    if ((static_cast<size_t>(c) < options_.min_shared_keys ||
         c < options_.min_key_share * static_cast<double>(fewer)) &&
        static_cast<size_t>(r) < options_.min_shared_rare_words) {
      continue;  // too little in common to be a translation
    }
    ranked.emplace_back(c + r, n);
  }
  for (const auto& [n, r] : rare) {
    if (shared.count(n) || static_cast<size_t>(r) < options_.min_shared_rare_words) continue;
    if (!in_window(entries_[n - first_])) continue;
    ranked.emplace_back(r, n);
  }
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second > y.second; });
  if (ranked.size() > options_.max_candidates) ranked.resize(options_.max_candidates);
  std::unordered_map<std::string, TranslationMatch> best;  // per language
  for (const auto& [c, n] : ranked) {
    const Entry& e = entries_[n - first_];
    const Lexicon* ab = lexicons_ ? lexicons_->Get(p.lang, e.profile.lang) : nullptr;
    const Lexicon* ba = lexicons_ ? lexicons_->Get(e.profile.lang, p.lang) : nullptr;
    double s = ScoreTranslation(p, e.profile, ab, ba, options_).score;
    if (s < options_.threshold) continue;
    auto& b = best[e.profile.lang];
    if (s > b.score) b = {e.id, s};
  }
  std::vector<TranslationMatch> out;
  for (auto& [lang, m] : best) out.push_back(std::move(m));
  std::sort(out.begin(), out.end(), [](const TranslationMatch& x, const TranslationMatch& y) {
    return x.score != y.score ? x.score > y.score : x.id < y.id;
  });
  return out;
}

std::vector<uint64_t> TranslationDetector::DistinctStems(const TranslationProfile& p) const {
  // Only German (and Luxembourgish) capitalise common nouns; elsewhere a capitalised word is
  // a name, or a headline in title case (counting those made 547 translation links between
  // the OG2021 headlines instead of 199, most of them wrong).
  const bool nouns_capitalised = lexicons_ != nullptr && CapitalisesNouns(p.lang);
  std::vector<uint64_t> stems;
  for (const auto& it : p.items) {
    if (it.key == 0 || (nouns_capitalised && lexicons_->Knows(p.lang, it.stem))) {
      stems.push_back(it.stem);
    }
  }
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  return stems;
}

std::vector<uint64_t> TranslationDetector::RarestStems(const std::vector<uint64_t>& stems,
                                                       size_t k) const {
  std::vector<std::pair<uint32_t, uint64_t>> by_df;
  for (uint64_t st : stems) {
    auto f = stem_df_.find(st);
    by_df.emplace_back(f == stem_df_.end() ? 0 : f->second, st);
  }
  size_t keep = std::min(k, by_df.size());
  std::partial_sort(by_df.begin(), by_df.begin() + keep, by_df.end());
  std::vector<uint64_t> out;
  for (size_t i = 0; i < keep; ++i) out.push_back(by_df[i].second);
  return out;
}

void TranslationDetector::Add(const std::string& id, TranslationProfile profile) {
  if (profile.time) clock_ = std::max(clock_, *profile.time);
  size_t n = first_ + entries_.size();
  for (uint64_t k : profile.keys) by_key_[k].push_back(n);
  // Index the article's rarest words, then count its words into the document frequencies.
  const std::vector<uint64_t> stems = DistinctStems(profile);
  for (uint64_t st : RarestStems(stems, options_.rare_words)) by_rare_[st].push_back(n);
  for (uint64_t st : stems) ++stem_df_[st];
  entries_.push_back({id, std::move(profile)});
  ++live_;
  // Drop entries that left the window (dated ones by time, all of them by count).
  while (!entries_.empty()) {
    const Entry& f = entries_.front();
    bool old = f.profile.time && clock_ != INT64_MIN &&
               *f.profile.time < clock_ - options_.window_seconds;
    if (!old && entries_.size() <= kMaxEntries) break;
    entries_.pop_front();
    ++first_;
    --live_;
    ++dropped_;
  }
  // Compact the key lists once they hold mostly dropped entries.
  if (dropped_ > 4096 && dropped_ > entries_.size()) {
    dropped_ = 0;
    for (auto* index : {&by_key_, &by_rare_}) {
      for (auto it = index->begin(); it != index->end();) {
        auto& v = it->second;
        v.erase(std::remove_if(v.begin(), v.end(), [&](size_t x) { return x < first_; }), v.end());
        it = v.empty() ? index->erase(it) : std::next(it);
      }
    }
  }
}

}  // namespace storytrace
