// Token readings for the mention finder: dictionaries, sentence starts, title case, kinds.
#include "entities/name_tokens.h"

#include <algorithm>

#include "entities/name_key.h"
#include "entities/name_words.h"
#include "text/normalizer.h"
#include "text/stemmer.h"

namespace storytrace {
namespace {

// Whether a full stop follows `last` (a sentence's last token), after any closing quotes and
// brackets, or `last` is an abbreviation that ends in one ("U.S.").
bool EndsInFullStop(std::string_view text, const AnalyzedToken& last) {
  if (last.span.kind == TokenKind::kAbbrev) return true;
  std::string_view rest = text.substr(last.span.end);
  for (bool skipped = true; skipped && !rest.empty();) {
    skipped = false;
    for (std::string_view closer : {" ", "\"", "'", ")", "\u00BB", "\u201D", "\u2019"}) {
      if (rest.starts_with(closer)) {
        rest.remove_prefix(closer.size());
        skipped = true;
      }
    }
  }
  return rest.starts_with('.');
}

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Whether `word` is spelled as a name given to the gazetteer's curated entries, also with a
// genitive or possessive s ("Deutschlands", "US's"). The name key reads "Win" like "Wien".
bool SpelledAsAdded(const Gazetteer& gazetteer, std::string_view word) {
  if (gazetteer.IsAddedSpelling(word)) return true;
  for (std::string_view s : {"’s", "'s", "s"}) {
    if (word.size() > s.size() + 1 && word.ends_with(s) &&
        gazetteer.IsAddedSpelling(word.substr(0, word.size() - s.size()))) {
      return true;
    }
  }
  return false;
}

// A German noun for a place that may stand before the place's name: a settlement or place word,
// or a compound ending in "resort" or "metropole" ("Schwarzmeerresort Sotschi").
bool IsPlaceNoun(std::string_view folded) {
  return IsSettlementWord(folded) || IsPlaceWord(folded) || folded.ends_with("resort") ||
         folded.ends_with("metropole");
}

}  // namespace

bool IsParticleName(std::string_view surface) {
  size_t dash = surface.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= surface.size()) return false;
  std::string lower(surface.substr(0, dash));
  // "as-Sadr": Arabic "as" is a particle joined to its name only (alone it is English "as").
  return (IsNameParticle(lower) || lower == "as") &&
         IsUpper(static_cast<unsigned char>(surface[dash + 1]));
}

bool IsAcronym(std::string_view s) { return s.size() <= 6 && IsInCapitals(s); }

std::string_view WithoutPossessive(std::string_view word) {
  for (std::string_view s : {"’s", "'s"}) {
    if (word.size() > s.size() && word.ends_with(s)) return word.substr(0, word.size() - s.size());
  }
  return word;
}

std::string_view RolePart(std::string_view folded) {
  if (folded.size() > 1 && folded.back() == '.') folded.remove_suffix(1);
  size_t dash = folded.rfind('-');
  return dash == std::string_view::npos ? folded : folded.substr(dash + 1);
}

bool IsGermanOrgCompound(std::string_view folded) {
  return folded.size() > 14 && folded.ends_with("ministerium");
}

bool IsGermanAssociationCompound(std::string_view folded) {
  return folded.size() > 9 && (folded.ends_with("verein") || folded.ends_with("verband"));
}

const GazetteerEntry* EntryFor(const Gazetteer* gazetteer, const std::string& key,
                               std::string_view word, bool common_word, bool* by_key_only) {
  if (by_key_only != nullptr) *by_key_only = false;
  const GazetteerEntry* g = gazetteer ? gazetteer->Best(key, {}) : nullptr;
  if (g == nullptr || !common_word || SpelledAsAdded(*gazetteer, word)) return g;
  // A common word names a curated entry or a country only as spelled (the key reads "Schade"
  // like Chad), or a country whose name it begins (its adjective: "German", "Philippine"), and
  // a town of the list as the list spells it ("Kino" is no Cino) or, spelled otherwise, a
  // regional centre (German dictionaries list "Sotschi").
  const std::string folded = FoldForMatching(word);
  if (g->is_country) {
    return folded.size() >= 5 && FoldForMatching(g->canonical).starts_with(folded) ? g : nullptr;
  }
  if (!g->lat) return nullptr;
  if (FoldForMatching(g->canonical) == folded) return g;
  if (g->seat || g->major) {
    if (by_key_only != nullptr) *by_key_only = true;
    return g;
  }
  for (const GazetteerEntry& e : *gazetteer->Find(key)) {
    if (e.lat && !e.is_country && FoldForMatching(e.canonical) == folded) return &e;
  }
  return nullptr;
}

bool Curated(const Gazetteer* gazetteer, std::string_view word) {
  const GazetteerEntry* g = EntryFor(gazetteer, NameKey(word), word, /*common_word=*/true);
  return g != nullptr && g->curated_or_country();
}

bool KnownPlaceNotTown(const Gazetteer* gazetteer, std::string_view words) {
  const GazetteerEntry* g = EntryFor(gazetteer, NameKey(words), words, /*common_word=*/true);
  return g != nullptr && g->type == "LOC" && (g->curated_or_country() || g->region);
}

std::array<size_t, 2> GenitiveEndings(std::string_view word) {
  if (word.size() < 5 || word.back() != 's') return {0, 0};
  return word.ends_with("es") ? std::array<size_t, 2>{2, 1} : std::array<size_t, 2>{1, 0};
}

const GazetteerEntry* GenitiveEntry(const Gazetteer* gazetteer, std::string_view word,
                                    size_t* base_size) {
  if (gazetteer == nullptr) return nullptr;
  for (size_t cut : GenitiveEndings(word)) {
    if (cut == 0) continue;
    const std::string_view base = word.substr(0, word.size() - cut);
    const GazetteerEntry* g = gazetteer->Best(NameKey(base), {});
    if (g != nullptr && (!g->lat || g->is_country || g->seat || g->major)) {
      if (base_size != nullptr) *base_size = base.size();
      return g;
    }
  }
  return nullptr;
}

NameTokens::NameTokens(std::string_view text, const AnalyzedText& at, const Gazetteer* gazetteer,
                       const LexiconSet* lexicons, const SpellingDictionaries* spelling)
    : text_(text),
      toks_(at.tokens),
      gazetteer_(gazetteer),
      lang_(at.lang),
      spelling_(spelling),
      ask_spelling_(spelling != nullptr && at.lang != "de" && spelling->Has(at.lang)) {
  const size_t n = toks_.size();
  // A dictionary of common words for this language: any lexicon from it knows them.
  if (lexicons != nullptr) {
    for (const Lexicon* l : lexicons->From(at.lang)) {
      if (common_ == nullptr || l->entries() > common_->entries()) common_ = l;
    }
  }
  readings_.assign(n, Reading::kUnknown);
  read_.assign(n, false);
  sentence_start_.assign(n, false);
  for (size_t i = 0, s = 0; i < n; ++i) {
    while (s < at.sentences.size() && at.sentences[s].end <= toks_[i].span.begin) ++s;
    sentence_start_[i] =
        i == 0 || (s < at.sentences.size() && toks_[i - 1].span.begin < at.sentences[s].begin);
  }
  titled_.assign(n, false);
  const size_t body_from = text_.find("\n\n");
  for (size_t first = 0; first < n;) {
    size_t end = first + 1;
    while (end < n && !sentence_start_[end]) ++end;
    size_t words = 0, lower = 0, all_words = 0, caps = 0;
    for (size_t k = first; k < end; ++k) {
      const AnalyzedToken& t = toks_[k];
      if (t.span.kind != TokenKind::kWord || t.folded.size() < 2) continue;
      ++all_words;
      caps += t.all_caps;
      if (k == first || t.stopword) continue;
      ++words;
      lower += !t.capitalized;
    }
    // A sentence of the body (after the title's blank line) that ends in a full stop is running
    // text, however many names it holds ("Ayer la Policía Nacional y el Tribunal Supremo lo
    // confirmaron."); a headline may end in one ("…Cost USD 15.4 Billion.").
    const bool body = body_from != std::string_view::npos && toks_[first].span.begin > body_from;
    const bool full_stop = EndsInFullStop(text_, toks_[end - 1]);
    // A heading in capitals is titled however short ("WILL THEY BASH THE BILLIONAIRES?").
    if ((words >= 3 && 5 * lower <= words && !(body && full_stop)) ||
        (all_words >= 3 && caps == all_words)) {
      std::fill(titled_.begin() + first, titled_.begin() + end, true);
    }
    first = end;
  }
  Classify();
}

std::string_view NameTokens::surface(size_t k) const {
  return text_.substr(toks_[k].span.begin, toks_[k].span.end - toks_[k].span.begin);
}

bool NameTokens::clause_start(size_t k) const {
  if (sentence_start_[k]) return true;
  const uint32_t end = toks_[k - 1].span.end;
  return text_.substr(end, toks_[k].span.begin - end).find(':') != std::string_view::npos;
}

bool NameTokens::joined(size_t k) const {
  const uint32_t end = toks_[k].span.end;
  std::string_view gap = text_.substr(end, toks_[k + 1].span.begin - end);
  return gap == "-" || gap.find_first_not_of(' ') == std::string_view::npos;
}

NameTokens::Reading NameTokens::reading(size_t k) const {
  if (!ask_spelling_) return Reading::kUnknown;
  if (!read_[k]) readings_[k] = spelling_->Read(lang_, surface(k)), read_[k] = true;
  return readings_[k];
}

NameTokens::Reading NameTokens::name_reading(size_t k) const {
  if (lang_ != "de") return reading(k);
  if (spelling_ == nullptr || !spelling_->Has("en")) return Reading::kUnknown;
  return spelling_->Read("en", surface(k));
}

bool NameTokens::lexicon_word(size_t k) const {
  return common_ != nullptr && !common_->Lookup(LexiconKey(toks_[k].stem)).empty();
}

bool NameTokens::lexicon_knows(const std::string& folded) const {
  return common_ != nullptr && !common_->Lookup(LexiconKey(Stem(folded, lang_))).empty();
}

bool NameTokens::common_word(size_t k) const {
  if (!ask_spelling_ || lang_ == "en") return lexicon_word(k);
  return common_only(k) || (reading(k) == Reading::kCommonWordAndName && lexicon_word(k));
}

bool NameTokens::unknown_acronym(size_t k) const {
  const std::string_view word = WithoutPossessive(surface(k));
  return word.size() >= 3 && word.size() <= 5 && IsAcronym(word) &&
         (k == 0 || !toks_[k - 1].all_caps) && (k + 1 == toks_.size() || !toks_[k + 1].all_caps) &&
         !IsCommonAcronym(toks_[k].folded) && !toks_[k].stopword && !common_word(k) &&
         reading(k) != Reading::kCommonWord && reading(k) != Reading::kCommonWordAndName &&
         (gazetteer_ == nullptr || gazetteer_->Find(NameKey(word)) == nullptr);
}

bool NameTokens::major_city(size_t k, const GazetteerEntry& g) const {
  if (!g.major) return false;
  Reading r = name_reading(k);
  return r == Reading::kName ||
         (r == Reading::kCommonWordAndName && !sentence_start_[k] && !titled_[k] &&
          !toks_[k - 1].capitalized);  // not a surname: "Silvana Lima"
}

bool NameTokens::given_name(size_t k) const {
  if (lang_ == "de") return given_[k];
  return ask_spelling_ && lang_ != "en" && reading(k) == Reading::kCommonWordAndName;
}

bool NameTokens::GermanGivenName(size_t k) const {
  const AnalyzedToken& t = toks_[k];
  if (gazetteer_ == nullptr || !t.capitalized || t.all_caps || t.span.kind != TokenKind::kWord ||
      IsCalendarName(lang_, t.folded)) {
    return false;
  }
  if (gazetteer_->IsGivenName(lang_, t.folded)) return true;
  // "Ann-Kathrin", "Hans-Peter": every part a given name.
  if (t.folded.find('-') == std::string::npos) return false;
  for (size_t from = 0; from <= t.folded.size();) {
    const size_t dash = std::min(t.folded.find('-', from), t.folded.size());
    if (!gazetteer_->IsGivenName(lang_, t.folded.substr(from, dash - from))) return false;
    from = dash + 1;
  }
  return true;
}

void NameTokens::Classify() {
  const Gazetteer* gazetteer = gazetteer_;
  const size_t n = toks_.size();
  kind_.assign(n, kNone);
  common_token_.assign(n, false);
  given_.assign(n, false);
  if (lang_ == "de") {
    for (size_t i = 0; i < n; ++i) given_[i] = GermanGivenName(i);
  }
  std::vector<bool> place(n, false);  // a name of a place in the gazetteer
  // Whether token `i` follows a place in a list: after a comma or a conjunction ("Wien, Zürich
  // und Düsseldorf").
  auto listed_after_place = [&](size_t i) {
    if (i < 2) return false;
    const uint32_t end = toks_[i - 1].span.end;
    std::string_view gap = text_.substr(end, toks_[i].span.begin - end);
    if (place[i - 1] && gap.find(',') != std::string_view::npos &&
        gap.find_first_not_of(", ") == std::string_view::npos) {
      return true;
    }
    return IsConjunctionWord(toks_[i - 1].folded) && place[i - 2] && joined(i - 2);
  };
  for (size_t i = 0; i < n; ++i) {
    const AnalyzedToken& t = toks_[i];
    std::string_view s = surface(i);
    if (t.span.kind == TokenKind::kNumber || s.empty()) continue;
    // A particle in lower case, or capitalised inside a running sentence before another
    // capitalised word: "Marine Le Pen", "selon Le Pen", "Kevin De Bruyne", "in La Paz".
    if (IsNameParticle(t.folded) &&
        (!t.capitalized || (!sentence_start_[i] && !titled_[i] && i + 1 < n &&
                            toks_[i + 1].capitalized && !t.all_caps))) {
      kind_[i] = kParticle;
      continue;
    }
    // In title case or capitals a stopword or a word the dictionary reads as common only is no
    // name, unless a curated list or the country names know it ("US").
    if (titled_[i] && t.capitalized && (t.stopword || common_only(i)) && !Curated(gazetteer, s)) {
      continue;
    }
    // In capitals, a word that is also a common word says nothing of a name ("HOW WILL OBAMA
    // PLAY?": will, Will).
    if (titled_[i] && t.all_caps && reading(i) == Reading::kCommonWordAndName &&
        !Curated(gazetteer, s)) {
      continue;
    }
    if (IsParticleName(s)) {
      kind_[i] = kName;
      continue;
    }
    if (IsAcronym(s)) {
      bool known = gazetteer && gazetteer->Find(NameKey(s));
      // A club's letters before its name: "FC Augsburg", "SC Freiburg".
      bool club = IsClubWord(t.folded) && i + 1 < n && joined(i) && toks_[i + 1].capitalized;
      if (known || s.size() >= 3 || club) kind_[i] = kName;
      continue;
    }
    if (!t.capitalized || t.stopword || t.folded.size() < 2) continue;
    // A word of the stopword list is common though no lexicon has it (German nouns the lists
    // hold, "Menschen", "Jahr": the lexicons leave the lists' words out).
    bool is_common = t.listed || common_word(i);
    if (!is_common && common_ != nullptr && lang_ == "de" && t.folded.size() >= 9) {
      // German compounds the dictionary lacks end in a word it has: Schwarzmeerresort.
      for (size_t cut = 6; cut + 4 <= t.folded.size() && !is_common; ++cut) {
        is_common = lexicon_knows(t.folded.substr(cut));
      }
    }
    common_token_[i] = is_common;
    // A common word is a name only when a curated list or the country names know it (the
    // city list has a town called almost every word: Meter, Wald, Ufer).
    // A dictionary word that is also a town (Sotschi is in the German dictionary) is taken as
    // the town after a preposition or another capitalised word ("in Sotschi", "Schwarzmeerresort
    // Sotschi"), not after an article, adjective or number ("am Ufer", "zehn Meter").
    std::string_view base = WithoutPossessive(s);  // "Kyrgyzstan’s" is looked up as "Kyrgyzstan"
    bool key_only = false;  // a town the list spells otherwise ("Weiß": Weiz)
    const GazetteerEntry* g = EntryFor(gazetteer, NameKey(base), base, is_common, &key_only);
    if (g == nullptr && lang_ == "de") g = GenitiveEntry(gazetteer, base);
    // Not after a capitalised article ("Die Rolle Russlands": Rolle is a Swiss town) nor
    // across punctuation ("von Feld, Wald und Wiese"). A common word the town's list spells
    // otherwise is the town after a capitalised word only when that is a word for a place
    // ("Schwarzmeerresort Sotschi", not "in den Farben Weiß").
    bool place_context =
        i > 0 && (IsPlacePreposition(toks_[i - 1].folded) || listed_after_place(i) ||
                  (toks_[i - 1].capitalized && !toks_[i - 1].stopword && !sentence_start_[i] &&
                   joined(i - 1) &&
                   (!key_only || IsPlaceNoun(toks_[i - 1].folded))));
    // A major city is one wherever it stands (FreeDict lists Madrid as a word).
    bool in_gazetteer = g != nullptr && (!is_common || !g->lat || g->is_country ||
                                         (place_context && g->type == "LOC") || major_city(i, *g));
    if (!is_common || in_gazetteer || (lang_ == "de" && IsGermanOrgCompound(t.folded))) {
      kind_[i] = kName;
      place[i] = in_gazetteer && g->type == "LOC";
    } else if (lang_ != "de" && !sentence_start_[i]) {
      kind_[i] = kName;  // a capitalised common word inside a sentence: part of a name
    } else if (lang_ == "de" && IsClubWord(t.folded) && i + 1 < n && joined(i) &&
               toks_[i + 1].capitalized) {
      kind_[i] = kName;  // a club's word before its town: "Bayern München", "Borussia Dortmund"
    }
  }
  if (lang_ == "de") ClassifyGermanNames();
}

void NameTokens::ClassifyGermanNames() {
  const size_t n = toks_.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    // After "Frau", "Herr", "Dr.", or a particle after a given name ("Lucy van Kuhl", "Florian
    // von Brunn"), a capitalised word is a surname however the dictionary reads it ("Frau
    // Wagenknecht", "Frau Schwarzer": knecht, schwarz).
    const std::string_view title = RolePart(toks_[i].folded);
    const bool courtesy = toks_[i].capitalized && joined(i) &&
                          (title == "frau" || title == "herr" || title == "dr" || title == "prof");
    const bool particle = kind_[i] == kParticle && i > 0 && given_[i - 1] && joined(i) &&
                          joined(i - 1);
    if ((courtesy || particle) && toks_[i + 1].capitalized && !toks_[i + 1].all_caps &&
        !toks_[i + 1].stopword && toks_[i + 1].span.kind == TokenKind::kWord &&
        kind_[i + 1] == kNone && IsSurnameShaped(surface(i + 1))) {
      kind_[i + 1] = kName;
      continue;
    }
    // Many surnames are words ("Schulze", "Söder"; FreeDict lists first names too:
    // "Katharina"), some of them roles elsewhere ("Marcus König"): a given name and the
    // capitalised word after it make a name.
    if (kind_[i] == kParticle || !given_[i] || !joined(i)) continue;
    const AnalyzedToken& s = toks_[i + 1];
    const std::string_view w = surface(i + 1);
    if (!s.capitalized || s.all_caps || s.stopword || s.span.kind != TokenKind::kWord ||
        kind_[i + 1] == kParticle || w.find_first_of("0123456789") != std::string_view::npos ||
        w.back() == '-' || IsOrganisationWord(s.folded) ||
        IsCalendarName(lang_, s.folded) || IsPlaceWord(s.folded) || IsSettlementWord(s.folded)) {
      continue;
    }
    kind_[i] = kName;
    kind_[i + 1] = kName;
  }
}

}  // namespace storytrace
