// Organisations named by their kind and what they are of (organisation_names.h).
#include "entities/organisation_names.h"

#include <algorithm>
#include <array>
#include <string>

#include "entities/name_key.h"
#include "entities/name_tokens.h"
#include "entities/name_words.h"
#include "text/normalizer.h"

namespace storytrace {
namespace {

bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (w == x) return true;
  }
  return false;
}

// A connector between an organisation's kind and what it is of, folded, in `lang`.
bool IsConnector(std::string_view lang, std::string_view w) {
  if (lang == "en") return OneOf(w, {"of", "for"});
  // Not "der" / "des": as often a dative or genitive object ("teilte das Ministerium der
  // Nachrichtenagentur mit") as part of the name.
  if (lang == "de") return w == "fur";
  if (lang == "fr") return OneOf(w, {"de", "du", "des", "d"});
  if (lang == "es") return OneOf(w, {"de", "del"});
  if (lang == "pt") return OneOf(w, {"de", "do", "da", "dos", "das"});
  if (lang == "it") return OneOf(w, {"di", "del", "della", "dei", "degli", "delle", "dell"});
  return false;
}

// An article that may stand between the connector and the name, folded.
bool IsArticleAfterConnector(std::string_view lang, std::string_view w) {
  if (lang == "en") return w == "the";
  if (lang == "fr") return OneOf(w, {"la", "l"});
  if (lang == "es") return OneOf(w, {"la", "los", "las"});
  return false;
}

// Whether `w` (folded) has the ending of an adjective of `lang` (fr, es, pt, it): "federal",
// "centrale", "europeenne", "constitutionnel", "cantonal", "nacional", "americain". Not past
// participles (-é, -ado), which are as often verbs after a subject.
bool HasAdjectiveEnding(std::string_view lang, std::string_view w) {
  static const std::array<std::string_view, 20> fr = {
      "al",   "ale",   "aux",   "ales", "el",   "elle", "elles", "ien", "ienne", "ique",
      "aire", "if",    "ive",   "ais",  "aise", "ain",  "aine",  "ois", "oise",  "enne"};
  static const std::array<std::string_view, 16> es_pt_it = {
      "al",   "ale",  "ales", "ano", "ana", "ico", "ica",  "ivo",
      "iva",  "ario", "aria", "ense", "ese", "eiro", "eira", "ari"};
  if (w.size() < 5) return false;
  auto ends = [&](const auto& list) {
    for (std::string_view e : list) {
      if (w.ends_with(e)) return true;
    }
    return false;
  };
  if (lang == "fr") return ends(fr);
  if (lang == "es" || lang == "pt" || lang == "it") return ends(es_pt_it);
  return false;
}

}  // namespace

size_t OrganisationNameEnd(std::string_view text, const AnalyzedText& at, size_t begin,
                           size_t end) {
  const auto& toks = at.tokens;
  const size_t n = toks.size();
  if (end <= begin || end > n) return end;
  const std::string& last = toks[end - 1].folded;
  if (!IsOrganisationWord(last) && !(at.lang == "de" && IsGermanOrgCompound(last))) return end;
  // Whether tokens k and k + 1 are separated by spaces only (or, for an elided article or
  // connector, by its apostrophe).
  auto spaced = [&](size_t k) {
    std::string_view gap = text.substr(toks[k].span.end, toks[k + 1].span.begin - toks[k].span.end);
    return !gap.empty() && gap.size() <= 2 && gap.find_first_not_of(' ') == std::string_view::npos;
  };
  auto elided = [&](size_t k) {
    std::string_view gap = text.substr(toks[k].span.end, toks[k + 1].span.begin - toks[k].span.end);
    return gap == "'" || gap == "\u2019";
  };
  auto word = [&](size_t k) { return toks[k].span.kind == TokenKind::kWord; };
  size_t j = end;
  for (int adjectives = 0; adjectives < 2 && j < n && spaced(j - 1) && word(j) &&
                           !toks[j].capitalized && !toks[j].stopword &&
                           HasAdjectiveEnding(at.lang, toks[j].folded);
       ++adjectives) {
    ++j;
  }
  // French "d'" in any language: English texts quote French names ("the Conseil d'État").
  if (j + 1 >= n || !spaced(j - 1) || toks[j].capitalized ||
      !(IsConnector(at.lang, toks[j].folded) || (toks[j].folded == "d" && elided(j)))) {
    return j;
  }
  size_t k = j + 1;
  // The connector's gap: an apostrophe after an elided one ("d'État"), else a space.
  if (toks[j].folded == "d" || toks[j].folded == "dell" ? !elided(j) : !spaced(j)) return j;
  if (IsArticleAfterConnector(at.lang, toks[k].folded) && !toks[k].capitalized && k + 1 < n &&
      (toks[k].folded == "l" ? elided(k) : spaced(k))) {
    ++k;
  }
  size_t name = k;
  while (name < n && name - k < 4 && word(name) && toks[name].capitalized &&
         (name == k || spaced(name - 1) || text.substr(toks[name - 1].span.end, 1) == "-")) {
    ++name;
  }
  return name > k ? name : j;
}

void ResolveOrganisationKinds(std::vector<Mention>& mentions, std::string_view lang) {
  auto words = [](std::string_view text) {
    std::vector<std::string> out;
    size_t from = 0;
    while (from <= text.size()) {
      size_t to = std::min(text.find_first_of(" -'", from), text.size());
      if (to > from) out.push_back(FoldForMatching(text.substr(from, to - from)));
      from = to + 1;
    }
    return out;
  };
  std::vector<bool> drop(mentions.size(), false);
  for (size_t k = 0; k < mentions.size(); ++k) {
    Mention& m = mentions[k];
    if (m.type != "ORG" || m.known != nullptr || m.text.find(' ') != std::string::npos) continue;
    const std::string kind = FoldForMatching(m.text);
    // Newspapers' words, and words that alone name a league or a club ("La Liga", "Nacional").
    if (!IsOrganisationWord(kind) || OneOf(kind, {"news", "times", "post", "tribune", "zeitung",
                                                  "liga", "nacional", "national"})) {
      continue;
    }
    drop[k] = true;
    for (size_t e = k; e-- > 0;) {
      const Mention& full = mentions[e];
      if (full.type != "ORG" || drop[e] || full.key == m.key) continue;
      bool of_kind = false;
      for (const std::string& w : words(full.text)) {
        of_kind |= w == kind || (lang == "de" && w.size() > kind.size() + 2 && w.ends_with(kind));
      }
      if (of_kind) {
        m.key = full.key;
        m.known = full.known;
        drop[k] = false;
        break;
      }
    }
  }
  size_t kept = 0;
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (drop[k]) continue;
    if (kept != k) mentions[kept] = std::move(mentions[k]);
    ++kept;
  }
  mentions.resize(kept);
}

void LinkCompanyNames(std::vector<Mention>& mentions) {
  std::vector<std::pair<std::string, std::string>> shorts;  // (key of a short form, full key)
  for (Mention& m : mentions) {
    if (m.type == "ORG" && m.known == nullptr && m.text.find(' ') != std::string::npos) {
      // The legal form is no part of the key ("Ceres Robotics Inc" is "Ceres Robotics", "Sierra
      // Nevada Corp" "Sierra Nevada Corporation").
      std::string_view name = m.text;
      std::string_view form = name.substr(name.rfind(' ') + 1);
      if (form.ends_with('.')) form.remove_suffix(1);
      const bool legal = IsLegalForm(FoldForMatching(form));
      if (legal) {
        name = name.substr(0, name.rfind(' '));
        if (name.ends_with(',')) name.remove_suffix(1);
        m.key = NameKey(name);
      }
      const size_t last = name.rfind(' ');
      if (legal || (last != std::string_view::npos &&
                    IsCompanyWord(FoldForMatching(name.substr(last + 1))))) {
        shorts.emplace_back(legal ? m.key : NameKey(name.substr(0, last)), m.key);
        const size_t first = name.find(' ');
        const std::string_view head = name.substr(0, first);
        if (first != std::string_view::npos && head.size() >= 3 &&
            !IsOrganisationWord(FoldForMatching(head))) {
          shorts.emplace_back(NameKey(head), m.key);
        }
      }
      continue;
    }
    if (shorts.empty()) continue;
    const bool weak_place = m.known != nullptr && m.known->lat && !m.known->is_country;
    const bool one_word = m.text.find(' ') == std::string::npos;
    if (!m.type.empty() && !(m.type == "PER" && one_word) && !weak_place) continue;
    const std::string key = NameKey(m.text);
    for (auto it = shorts.rbegin(); it != shorts.rend(); ++it) {
      if (it->first == key) {
        m.type = "ORG";
        m.key = it->second;
        m.known = nullptr;
        break;
      }
    }
  }
}

}  // namespace storytrace
