// Which words of a run name the person (ShapePersonName).
#include "entities/person_name.h"

#include <algorithm>
#include <string>

#include "entities/name_key.h"
#include "entities/name_words.h"
#include "text/normalizer.h"

namespace storytrace {

void ShapePersonName(const NameTokens& nt, std::string_view text, size_t b, size_t j, Mention* m) {
  using Reading = NameTokens::Reading;
  constexpr auto kParticle = NameTokens::kParticle;
  const std::vector<AnalyzedToken>& toks = nt.tokens();
  // "Minister of Economy Rui Valente": dictionary words before the name are not part of it.
  size_t first = b;
  // Not up to a particle ("Olimpíadas de Tóquio" is not "de Tóquio", nor "Charles de
  // Gaulle" "de Gaulle"), nor two given names ("Alexander Leopold Schadt", "João Victor
  // Oliva"; "du Centre Sophie Chardonnens" is the party's).
  while (j - first > 2 && nt.common_word(first) &&
         !(nt.given_name(first) && nt.given_name(first + 1)) && nt.kind(first + 1) != kParticle) {
    ++first;
  }
  // Nor are common words only that start a sentence (or a headline's part after a colon:
  // "Olympics Latest: Judoka Takato claims…") or stand in title case: "Judoka Takato",
  // "Россиянка Мадина Таймазова" (inside a sentence their capital says they are part of the
  // name: "a skatista Letícia Bufoni"). Not before a last word the dictionary knows as a
  // name: "Kamala Harris", "Sky Brown" (first names that are also common words). German,
  // whose dictionary is not asked, reads the English one: its loanwords and professions
  // that FreeDict lacks are common words there ("Judoka Takato holt Gold").
  while (j - first >= 2 && (nt.clause_start(first) || nt.titled(first)) &&
         nt.name_reading(first) == Reading::kCommonWord && nt.kind(first + 1) != kParticle &&
         !(j - first == 2 && nt.name_reading(first + 1) != Reading::kUnknown &&
           nt.name_reading(first + 1) != Reading::kCommonWord)) {
    ++first;
  }
  // Nor, in German, are words no list knows before a given name and a surname: nouns
  // ("Partnerin Tanja Schweiger", "Erdbeobachtungssatellit Marisal").
  if (nt.lang() == "de") {
    for (size_t k = first + 1; k + 1 < j; ++k) {
      if (nt.kind(k) == kParticle || nt.given_name(k - 1)) break;
      if (nt.given_name(k) && nt.kind(k + 1) != kParticle) {
        first = k;
        break;
      }
    }
  }
  // Nor is an acronym before a name of two or more words: "la star de la NBA Rui
  // Hachimura", "IOC member…" (not in a headline in capitals, where every word is one).
  while (j - first >= 3 && nt.surface(first).size() >= 3 && IsAcronym(nt.surface(first)) &&
         !toks[first + 1].all_caps && nt.kind(first + 1) != kParticle) {
    ++first;
  }
  // A first word no dictionary knows, at the start of a clause (not in title case), before
  // a name of two words or a surname: a profession if the stream writes it in lower case.
  bool rest_named = first + 1 < j && (j - first >= 3 || IsSurnameShaped(nt.surface(first + 1)));
  for (size_t k = first + 1; rest_named && k < j; ++k) rest_named = !nt.common_word(k);
  if (rest_named && nt.clause_start(first) && !nt.titled(first) &&
      nt.name_reading(first) == Reading::kUnknown && !nt.common_token(first) &&
      !toks[first].all_caps && nt.kind(first + 1) != kParticle) {
    m->qualifier_word = toks[first].folded;
    m->unqualified_from = toks[first + 1].span.begin;
  }
  // Its first word no common word: by the spelling dictionary when asked (FreeDict lists
  // first names: Marc), else by FreeDict.
  // A last word in capitals is an acronym more often than a surname ("Seven COVID").
  // A surname a common word came before ("Judoka Ressel") names a person as surely.
  m->full_name = (j - first >= 2 && !toks[first].all_caps && !toks[j - 1].all_caps &&
                 (nt.ask_spelling() ? !nt.common_only(first)
                                    : !nt.lexicon_word(first) || nt.given_name(first))) ||
                (first != b && j - first == 1 && !toks[first].all_caps &&
                 IsSurnameShaped(nt.surface(first)));
  if (first != b) {
    m->begin = toks[first].span.begin;
    m->text = std::string(text.substr(m->begin, m->end - m->begin));
    m->key = NameKey(m->text);
  }
  // A word may qualify a name: a common word that is no name, an acronym, or a compound
  // of either ("NBA-Star", "NBA-Profi").
  auto qualifier = [&](size_t k) {
    std::string_view w = nt.surface(k);
    if (IsAcronym(w)) return true;
    // Not a word the spelling dictionary also knows as a name ("Marc" of "Marc Gasol").
    if (nt.common_token(k)) return !nt.ask_spelling() || nt.reading(k) == Reading::kCommonWord ||
                                nt.reading(k) == Reading::kUnknown;
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos) return false;
    if (IsAcronym(w.substr(0, dash))) return true;
    return nt.lexicon_knows(toks[k].folded.substr(toks[k].folded.rfind('-') + 1));
  };
  // A word no dictionary knows may qualify a name of two or more words after it
  // ("Дзюдоистка Мадина Таймазова", "Skatista Rayssa Leal"), or be a given name: the
  // registry takes such a rest only when it names a person it knows in full.
  auto unknown = [&](size_t k) {
    return !nt.common_token(k) && !nt.lexicon_word(k) && nt.reading(k) == Reading::kUnknown &&
           !toks[k].all_caps && j - (k + 1) >= 2;
  };
  for (size_t k = first; k + 1 < j && nt.kind(k) != kParticle && (qualifier(k) || unknown(k));
       ++k) {
    m->name_starts.push_back(toks[k + 1].span.begin);
  }
}


size_t DemonymBeforeName(const NameTokens& nt, const Gazetteer& gazetteer, std::string_view text,
                         size_t i, size_t j) {
  const std::vector<AnalyzedToken>& toks = nt.tokens();
  auto span_text = [&](size_t from, size_t to) {
    return text.substr(toks[from].span.begin, toks[to - 1].span.end - toks[from].span.begin);
  };
  // The demonym's length inside the run: two words ("Costa Rican", "New Zealander"; the first
  // may have been left out of the run as a common word at a sentence's start) or one. Looked
  // up by the tokens' folded words: runs are many.
  auto two = [&](size_t k) {
    return nt.joined(k) && gazetteer.BeginsDemonym(nt.lang(), toks[k].folded) &&
           !gazetteer.DemonymCountry(nt.lang(), toks[k].folded + ' ' + toks[k + 1].folded).empty();
  };
  size_t len = 0;
  if (j - i >= 3 && two(i)) {
    len = 2;
  } else if (i > 0 && toks[i - 1].capitalized && two(i - 1)) {
    len = 1;
  } else if (!gazetteer.DemonymCountry(nt.lang(), toks[i].folded).empty()) {
    len = 1;
  }
  // A country's word the gazetteer reads as the country ("German") stays a mention of its own.
  if (len == 1 && i + 1 < j && toks[i].capitalized && Curated(&gazetteer, nt.surface(i))) return 0;
  if (len == 0 || i + len >= j || nt.common_word(i + len) || nt.common_only(i + len) ||
      IsAcronym(nt.surface(i + len))) {
    return 0;
  }
  if (gazetteer.Find(NameKey(span_text(i, j))) != nullptr ||
      gazetteer.Find(NameKey(span_text(i + len, j))) != nullptr) {
    return 0;
  }
  for (size_t k = i + len; k < j; ++k) {
    if (IsOrganisationWord(toks[k].folded)) return 0;
  }
  return len;
}

bool DemonymLeftOutBefore(const NameTokens& nt, const Gazetteer& gazetteer, size_t i) {
  const std::vector<AnalyzedToken>& toks = nt.tokens();
  return i > 0 && nt.joined(i - 1) && nt.kind(i - 1) == NameTokens::kNone &&
         toks[i - 1].capitalized && !nt.common_word(i) && !nt.common_only(i) &&
         !IsAcronym(nt.surface(i)) && !gazetteer.DemonymCountry(nt.lang(), toks[i - 1].folded).empty();
}

bool GenitiveOfPersonNamed(const NameTokens& nt, size_t i,
                           const std::vector<std::string>& surname_keys) {
  const std::string& folded = nt.tokens()[i].folded;
  if (surname_keys.empty() || nt.lang() != "de" || folded.size() <= 4 || folded.back() != 's') {
    return false;
  }
  const std::string_view w = nt.surface(i);
  const std::string base = NameKey(w.substr(0, w.size() - 1));
  return std::find(surname_keys.begin(), surname_keys.end(), base) != surname_keys.end();
}

}  // namespace storytrace
