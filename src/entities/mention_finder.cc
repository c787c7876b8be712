// Capitalisation runs, particles, roles and gazetteer typing (token readings: name_tokens.h,
// word lists: name_words.h).
#include "entities/mention_finder.h"

#include <algorithm>
#include <optional>

#include "entities/caseless_names.h"
#include "entities/curated_phrase.h"
#include "entities/name_key.h"
#include "entities/name_tokens.h"
#include "entities/name_words.h"
#include "entities/name_parts.h"
#include "entities/organisation_names.h"
#include "entities/person_name.h"
#include "entities/place_runs.h"
#include "entities/town_support.h"

namespace storytrace {

std::vector<Mention> MentionFinder::Find(std::string_view text, const AnalyzedText& at,
                                         std::vector<Mention>* lone_names) const {
  const NameTokens nt(text, at, gazetteer_, lexicons_, spelling_);
  const auto& toks = at.tokens;
  const size_t n = toks.size();
  constexpr auto kName = NameTokens::kName;
  constexpr auto kParticle = NameTokens::kParticle;
  constexpr auto kNone = NameTokens::kNone;
  std::vector<Mention> out;
  std::vector<bool> lone;  // per mention of `out`: one word, no common word
  // Per mention of `out`: where a person the stream knows may begin, words before the run
  // included (see below), and whether the run has two or more words.
  std::vector<uint32_t> known_from;
  std::vector<bool> several;
  // German: the name key of the last word of each person of `out`, whose genitive may lead a
  // run ("Putins Rede").
  std::vector<std::string> surname_keys;
  // A word alone that the dictionaries read as a common word, capitalised where it stands.
  auto common_alone = [&](size_t k) {
    return toks[k].capitalized && (nt.common_token(k) || nt.common_only(k)) && !toks[k].stopword &&
           !toks[k].all_caps &&
           toks[k].span.kind == TokenKind::kWord &&
           WithoutPossessive(nt.surface(k)).size() == nt.surface(k).size() &&
           IsSurnameShaped(nt.surface(k));
  };
  // Tokens before `consumed` belong to a name already taken: a run may not reach back into them.
  size_t consumed = 0;
  // A kind of organisation the dictionary knows as a word, capitalised, begins a name when
  // what it is of follows ("das Ministerium für Notsituationen", "el Consejo de Estado").
  auto kind_begins_name = [&](size_t k) {
    return toks[k].capitalized && !toks[k].all_caps && OrganisationNameEnd(text, at, k, k + 1) > k + 1;
  };
  // A capitalised particle inside a sentence begins the name after it ("selon Le Pen").
  auto particle_begins_name = [&](size_t k) {
    return nt.kind(k) == kParticle && toks[k].capitalized && k + 1 < n && nt.kind(k + 1) == kName &&
           nt.joined(k);
  };
  // Such a particle that is an article ("Le Pen", "La Selección", "Der Kreml").
  auto capital_article = [&](size_t k) {
    return nt.kind(k) == kParticle && toks[k].capitalized && IsArticleWord(toks[k].folded);
  };
  // The text of tokens [from, to).
  auto run_text = [&](size_t from, size_t to) {
    return std::string(text.substr(toks[from].span.begin, toks[to - 1].span.end - toks[from].span.begin));
  };
  for (size_t i = 0; i < n;) {
    // A curated name of several words that a run would not hold whole ("Federal Republic of
    // Germany", "des Islamischen Staates").
    const size_t phrase_end = gazetteer_ != nullptr ? CuratedPhraseEnd(nt, *gazetteer_, text, i) : 0;
    if (nt.kind(i) != kName && !kind_begins_name(i) && !particle_begins_name(i) && phrase_end == 0) {
      // At a clause's start ("Macron at Covid-restricted…"), before no name.
      if (lone_names != nullptr && nt.clause_start(i) && common_alone(i) &&
          (i + 1 == n || nt.kind(i + 1) != kName || !nt.joined(i))) {
        Mention m;
        m.begin = toks[i].span.begin;
        m.end = toks[i].span.end;
        m.text = std::string(nt.surface(i));
        m.key = NameKey(m.text);
        m.lower_case_veto = toks[i].folded;
        lone.push_back(true);
        known_from.push_back(m.begin);
        several.push_back(false);
        out.push_back(std::move(m));
      }
      ++i;
      continue;
    }
    // A possessive ends a name: "Kyrgyzstan’s Institute", "Uzbekistan’s Andijan region".
    auto possessive = [&](size_t k) {
      return WithoutPossessive(nt.surface(k)).size() != nt.surface(k).size();
    };
    // Spanish and Italian "al" ("to the"), standing alone, is no Arabic article when more than
    // one word of a name follows it: "Mateo Larrañaga al Borussia Dortmund", "Sánchez al
    // Palacio de la Moncloa"; "Bashar al Asad", "al-Bukamal" stay names.
    auto contraction = [&](size_t k) {
      return nt.surface(k) == "al" && k + 2 < n && text[toks[k].span.end] == ' ' &&
             nt.joined(k + 1) && (nt.kind(k + 2) == kName || nt.kind(k + 2) == kParticle);
    };
    size_t j = i + 1;
    while (j < n && nt.joined(j - 1) && !possessive(j - 1) &&
           (nt.kind(j) == kName || (nt.kind(j) == kParticle && j + 1 < n && nt.kind(j + 1) == kName &&
                                    nt.joined(j) && !contraction(j)))) {
      ++j;
    }
    j = std::max(j, phrase_end);
    // A month or weekday after a name is the date, not part of it ("Pepsi Center September 2"),
    // unless a curated name ends in it ("Welt am Sonntag").
    while (j - i > 1 && j != phrase_end && IsCalendarName(at.lang, toks[j - 1].folded)) --j;
    // A word left out of the run as a common word at the sentence's start may begin a place
    // ("New Mexico is…", not Mexico).
    if (gazetteer_ != nullptr && PlaceBeginsBeforeRun(nt, *gazetteer_, text, i, j, consumed)) --i;
    // German puts a person's genitive before the noun it governs ("Putins Rede").
    if (j - i >= 2 && GenitiveOfPersonNamed(nt, i, surname_keys)) j = i + 1;
    // A first name the dictionary knows (Maria, Stefan) before an unknown surname: "sagte Maria
    // Sacharowa", "Marine Le Pen a dénoncé". Not after an article ("die Stadt Passau") and not
    // a role. In German, whose nouns are all capitalised, only a given name of its list
    // ("Künstler Christian", "Ehefrau Karin", "Tausende Menschen" are no names).
    if ((j == i + 1 || (j == i + 2 && particle_begins_name(i) && !nt.common_only(i - 1))) &&
        i > consumed && nt.kind(i - 1) == kNone && nt.joined(i - 1) &&
        (at.lang != "de" || nt.given_name(i - 1)) &&
        toks[i - 1].capitalized &&
        !possessive(i - 1) &&
        !toks[i - 1].stopword && toks[i - 1].span.kind == TokenKind::kWord &&
        !IsPersonRole(RolePart(toks[i - 1].folded)) &&
        (!(gazetteer_ && gazetteer_->Find(NameKey(run_text(i, j)))) || nt.given_name(i - 1)) &&
        !(i > 1 && IsArticleWord(toks[i - 2].folded)) && !IsOrganisationWord(toks[i - 1].folded) &&
        !IsPlaceWord(toks[i - 1].folded) && !IsSettlementWord(toks[i - 1].folded)) {
      --i;
    }
    // A German association named by its kind and what follows: "Bauernverband
    // Schleswig-Holstein", "Förderverein Fastnachtszug".
    bool association = false;
    if (at.lang == "de" && i > consumed && nt.kind(i - 1) == kNone && nt.joined(i - 1) &&
        toks[i - 1].capitalized && IsGermanAssociationCompound(toks[i - 1].folded)) {
      --i;
      association = true;
    }
    // A German name after a role may end in a word the dictionary knows ("Kreisbrandrat Stefan
    // Wimmer"): take one such word when the run is a single name so far.
    // Next to it or after a comma ("his wife, Kimberly"), not across a sentence ("President and
    // CEO.\n\nWe’ve asked him").
    bool role = i > 0 && IsPersonRole(RolePart(toks[i - 1].folded)) &&
                (nt.joined(i - 1) ||
                 text.substr(toks[i - 1].span.end, toks[i].span.begin - toks[i - 1].span.end) == ", ");
    // "Secretary of State Mike Pompeo", "Minister of Economy Rui Valente".
    role |= i > 1 && j - i >= 2 && (toks[i - 1].folded == "of" || toks[i - 1].folded == "for") &&
            IsPersonRole(RolePart(toks[i - 2].folded));
    // A word for a country's people before a name marks a person, and is no part of the name
    // ("American Steffens", "Japanese Nishiya").
    if (const size_t demonym = gazetteer_ ? DemonymBeforeName(nt, *gazetteer_, text, i, j) : 0) {
      i += demonym;
      role = true;
    }
    role |= gazetteer_ != nullptr && DemonymLeftOutBefore(nt, *gazetteer_, i);
    // Split the run before and after a word that is a place on its own when the whole run is
    // not one ("Baschar al-Assad Russland", "Deeskalationszone Idlib").
    // A curated name at the start of a longer run stands alone ("AFP Markus Eibl",
    // "Real Sociedad San Sebastián"), unless the run ends in a word for an organisation, whose
    // name it begins ("Nuremberg Carnival Parade Support Association"), or the lists know the
    // whole ("Porto Alegre", "Rio Grande do Sul").
    const bool org_named = j - i > 2 && IsOrganisationWord(toks[j - 1].folded);
    // A division's name and "State" ("Washington State", "New York State"): the division, whole.
    const bool division_state = j - i >= 2 && toks[j - 1].folded == "state" && gazetteer_ != nullptr &&
                                gazetteer_->RegionsByKey(NameKey(run_text(i, j - 1))) != nullptr;
    // (A run the lists know whole is no curated name's start: Curated asks the same key.)
    if (j - i > 1 && gazetteer_ != nullptr && !org_named && !division_state &&
        gazetteer_->Find(NameKey(run_text(i, j))) == nullptr) {
      for (size_t k = j - 1; k > i; --k) {
        if (Curated(gazetteer_, run_text(i, k))) {
          j = k;
          break;
        }
      }
    }
    // A curated name of which the run is a part, the rest being words runs leave out: an
    // adjective after it in lower case ("Union européenne", "Agence spatiale européenne") or a
    // capitalised word before it that the dictionary reads as a word ("Europäische Union").
    // Not a run that is a curated name itself. Every word must be one of such a name, and the
    // whole spelled as one: the cheap tests first, as runs are many.
    if (gazetteer_ != nullptr) {
      auto phrase_word = [&](size_t k) {
        return toks[k].span.kind == TokenKind::kWord && gazetteer_->InAddedPhrase(toks[k].folded);
      };
      auto named = [&](size_t from, size_t to) {
        std::string s = run_text(from, to);
        return gazetteer_->IsAddedSpelling(s) && Curated(gazetteer_, s);
      };
      bool in_phrase = true;
      for (size_t k = i; k < j && in_phrase; ++k) in_phrase = phrase_word(k);
      if (!in_phrase || Curated(gazetteer_, run_text(i, j))) {
        // nothing to extend: a run that names a curated entry stands ("Euphrates valley")
      } else if (i > consumed && nt.joined(i - 1) && toks[i - 1].capitalized && phrase_word(i - 1) &&
                 named(i - 1, j)) {
        --i;
      } else {
        for (size_t to = j + 1; to <= j + 2 && to <= n && nt.joined(to - 2) &&
                                !toks[to - 1].capitalized && phrase_word(to - 1);
             ++to) {
          if (named(i, to)) {
            j = to;
            break;
          }
        }
      }
    }
    // An organisation named by its kind and what it is of ("Ministry of Defence", "Conseil
    // d'État", "Banque de France", "Gobierno de España"): the whole, not split at its place.
    bool kind_of = false;
    if (const size_t to = OrganisationNameEnd(text, at, i, j); to > j) {
      j = to;
      kind_of = true;
    }
    for (size_t k = i; k + 1 < j && !kind_of; ++k) {
      kind_of = nt.kind(k + 1) == kParticle &&
                (IsOrganisationWord(toks[k].folded) ||
                 (at.lang == "de" && IsGermanOrgCompound(toks[k].folded)));
    }
    // A club named by its town and a word clubs take ("Real Madrid", "Manchester United",
    // "Bayern Munich", "Olympique de Marseille"): the whole, an organisation. Two words, with
    // particles between them; not a run that is a place as a whole ("Mexico City", "United
    // States").
    bool club = false;
    size_t words = 0;  // a club's name is its town and one word
    for (size_t k = i; k < j; ++k) words += nt.kind(k) != kParticle;
    if (words == 2 && gazetteer_ != nullptr && !kind_of &&
        std::any_of(toks.begin() + i, toks.begin() + j,
                    [](const AnalyzedToken& t) { return IsClubWord(t.folded); })) {
      bool town = false;
      for (size_t k = i; k < j && !town; ++k) {
        if (IsClubWord(toks[k].folded) || nt.kind(k) != kName) continue;
        const GazetteerEntry* g = gazetteer_->Best(NameKey(nt.surface(k)), {});
        town = g != nullptr && g->type == "LOC";
      }
      const GazetteerEntry* whole = town ? gazetteer_->Best(NameKey(run_text(i, j)), {}) : nullptr;
      club = town && (whole == nullptr || whole->type != "LOC");
      kind_of |= club;
    }
    if (j - i > 1 && gazetteer_ != nullptr && !kind_of && !org_named && !division_state) {
      std::string whole = run_text(i, j);
      // A place of several words at the run's start stands whole ("New Jersey Sen. Cory
      // Booker": not the island Jersey).
      const bool whole_known = gazetteer_->Find(NameKey(whole)) != nullptr;
      const size_t place_end = whole_known ? 0 : KnownPlacePrefixEnd(nt, *gazetteer_, text, i, j);
      if (place_end > 0) j = place_end;
      if (!whole_known && place_end == 0) {
        for (size_t k = i; k < j; ++k) {
          const GazetteerEntry* g = gazetteer_->Best(NameKey(nt.surface(k)), {});
          // A German genitive too ("die Macht Russlands": FreeDict lacks Macht).
          if (g == nullptr && at.lang == "de") g = GenitiveEntry(gazetteer_, nt.surface(k));
          // Countries and curated places only: the city list knows towns named Putin or Markus.
          if (g != nullptr && g->type == "LOC" && g->curated_or_country() && nt.kind(k) == kName) {
            j = k == i ? i + 1 : k;  // the place alone, or the run up to it
            break;
          }
        }
      }
    }
    while (j - i > 1 && nt.kind(j - 1) == kParticle) --j;  // a split may leave "Economía de"
    // Strip roles ("Russian President Vladimir Putin", "US-Präsident Donald Trump"); a role
    // before or inside the run marks a person.
    size_t b = i;
    for (size_t k = i; k + 1 < j; ++k) {
      if (IsPersonRole(RolePart(toks[k].folded))) {
        // A place before the role is the office's ("Texas Sen. Ted Cruz", "US President
        // Donald Trump"): a mention of its own; the role and the name are the next run's.
        if (k > b && gazetteer_ != nullptr && KnownPlaceNotTown(gazetteer_, run_text(b, k))) {
          j = k;
          break;
        }
        role = true;
        b = k + 1;
      }
    }
    // After a role, a one-word name may go on with a surname the dictionary knows
    // ("Kreisbrandrat Stefan Wimmer", "Flugdirektor Tobias Brandner").
    if (role && j == b + 1 && j < n && nt.joined(j - 1) && toks[j].capitalized &&
        !toks[j].stopword && nt.kind(j) == kNone && toks[j].span.kind == TokenKind::kWord) {
      ++j;
    }
    // A capitalised article before a curated name or a country that the whole is not ("Er
    // sagte: Der Kreml…") is the sentence's article, not part of the name.
    if (capital_article(b) && j - b >= 2 && gazetteer_ != nullptr &&
        !gazetteer_->Find(NameKey(run_text(b, j)))) {
      const std::string rest = run_text(b + 1, j);
      const GazetteerEntry* g = gazetteer_->Best(NameKey(rest), {});
      if (g != nullptr && (Curated(gazetteer_, rest) || !g->lat || g->is_country)) ++b;
    }
    Mention m;
    m.begin = toks[b].span.begin;
    m.end = toks[j - 1].span.end;
    m.text = std::string(text.substr(m.begin, m.end - m.begin));
    for (std::string_view poss : {"’s", "'s"}) {  // al-Hassan's troops
      if (m.text.size() > poss.size() + 2 && m.text.ends_with(poss)) {
        m.text.resize(m.text.size() - poss.size());
        m.end -= static_cast<uint32_t>(poss.size());
      }
    }
    m.key = NameKey(m.text);
    // An acronym no list holds ("NASA", "FBI") and a brand's camel case ("SpaceX", "WeWork")
    // name an organisation.
    bool org_word = club || association ||
                    (j - b == 1 && (nt.unknown_acronym(b) ||
                                    IsCamelCaseBrand(WithoutPossessive(nt.surface(b)))));
    bool place_word = false, all_common = true;
    for (size_t k = b; k < j; ++k) {
      org_word |= IsOrganisationWord(toks[k].folded) ||
                  (at.lang == "de" && IsGermanOrgCompound(toks[k].folded));
      place_word |= IsPlaceWord(toks[k].folded);
      // "Olímpicos" is a common word to the spelling dictionary, not to FreeDict.
      all_common &= nt.common_word(k);
    }
    // A given name and a surname, each also a word, after common words only are a name
    // ("Catarina Costa", "Judoca Catarina Costa"; not "Villa Olímpica", "Media Luna Roja").
    if (all_common && j - b >= 2 && nt.given_name(j - 2) && nt.given_name(j - 1) &&
        !toks[j - 2].all_caps && !toks[j - 1].all_caps) {
      bool qualified = true;
      for (size_t k = b; k + 2 < j; ++k) qualified &= nt.common_only(k);
      all_common = !qualified;
    }
    // A common word and an acronym name a thing, not a person ("Among NBA's best", "Seven
    // COVID cases", "Cost USD 15.4 Billion").
    const bool common_then_acronym = j - b == 2 && !toks[b].all_caps &&
                                     (nt.common_word(b) || toks[b].stopword) &&
                                     IsAcronym(WithoutPossessive(nt.surface(b + 1)));
    // A German given name and a word: a name, though both be words ("Katharina Schulze").
    if (all_common && at.lang == "de" && j - b >= 2 && nt.given_name(b)) all_common = false;
    // Inside a sentence, a word read as common only yet capitalised, before a surname that is
    // also a word, is a given name ("Medina e Ítalo Ferreira": *ítalo* is an adjective, which
    // these languages write in lower case).
    if (all_common && j - b == 2 && !nt.sentence_start(b) && !nt.titled(b) && at.lang != "en" &&
        nt.common_only(b) && nt.given_name(b + 1) && !toks[b].all_caps && !toks[b + 1].all_caps &&
        b > 0 && (!toks[b - 1].capitalized || !nt.joined(b - 1))) {
      all_common = false;
    }
    // Common words only before a particle name a thing of a place, not a person ("Olímpicos de
    // Tokio", "Desfile das Nações"; the dictionary reads "Pierre" of "Pierre de Coubertin" as a
    // name too).
    bool common_of = false;
    for (size_t k = b; k < j; ++k) {
      if (nt.kind(k) == kParticle) {
        common_of = k > b && !toks[k].capitalized;  // not "Marine Le Pen"
        break;
      }
      if (!nt.common_word(k)) break;
    }
    // A name led by a capitalised article ("La Selección", "Le Monde", "Le Pen") is no person
    // by itself: only as a part of a name given in full before ("Marine Le Pen").
    const bool article_led = capital_article(b);
    // Nor is a German name led by a town's adjective ("Weimarer Republik", "Nürnberger
    // Fastnachtszug", "Kölner Dom"): a thing of the town.
    const bool town_adjective_led =
        at.lang == "de" && j - b >= 2 && toks[b].folded.size() > 5 && toks[b].folded.ends_with("er") &&
        gazetteer_ != nullptr && [&] {
          const std::string_view w = nt.surface(b);
          const GazetteerEntry* g = gazetteer_->Best(NameKey(w.substr(0, w.size() - 2)), {});
          return g != nullptr && g->type == "LOC";
        }();
    // Nor is a name that ends in an event's word, or in one and a word after it ("Off-script
    // Olympics", "XXXII Олимпиады", "Olimpicos Tokyo", "First-Ever Olympics Gold"); words
    // before a person's name may ("Olympic Champion Tom Daley").
    const bool event_named = IsEventWord(at.lang, toks[j - 1].folded) ||
                             (j - b >= 2 && IsEventWord(at.lang, toks[j - 2].folded));
    m.known = EntryFor(gazetteer_, m.key, m.text, j - b == 1 && nt.common_token(b));
    // A club's word that is also a division's German name is the division in German only
    // ("in Bayern"; "Bayern beat Dortmund" is the club).
    if (m.known != nullptr && m.known->region && j - b == 1 && at.lang != "de" &&
        IsClubWord(toks[b].folded)) {
      m.known = nullptr;
      org_word = true;
    }
    // A German genitive: "Kremls", "des Islamischen Staates", "Nürnbergs".
    bool genitive = false;
    if (m.known == nullptr && at.lang == "de" && (j - b == 1 || j == phrase_end)) {
      size_t base = 0;
      if (const GazetteerEntry* g = GenitiveEntry(gazetteer_, m.text, &base)) {
        m.known = g;
        m.key = NameKey(std::string_view(m.text).substr(0, base));
        genitive = true;
      }
    }
    // Acronyms are taken from the curated lists only: country names in 78 languages include
    // three-letter words that are also acronyms (SAA). And a curated acronym of two letters only
    // in capitals ("Rt. Hon." is no RT).
    if (m.known != nullptr && IsAcronym(m.text) && (m.known->lat || m.known->is_country)) {
      m.known = nullptr;
    }
    if (m.known != nullptr && j - b == 1 && m.text.size() == 2 && !IsAcronym(m.text)) {
      m.known = nullptr;
    }
    // A curated organisation named like a town, after a preposition that says where: the town
    // ("Medizincheck in Dortmund"; "Dortmund zahlt 42 Millionen" stays the club, whose short
    // name it also is).
    if (m.known != nullptr && m.known->type == "ORG" && j - b == 1 && b > 0 &&
        IsLocativePreposition(toks[b - 1].folded)) {
      for (const GazetteerEntry* e : gazetteer_->Places(m.key)) {
        if (e->lat) {
          m.known = e;
          break;
        }
      }
    }
    // A town from the city list needs support when its name may be something else: named by one
    // word (first names and words that are also towns: Claudia, Regen), or by a given name and
    // a word that is no given name ("Pedro Sánchez pide…"; not a regional centre or a city a time
    // zone is named for: "San José"). Support: see TownSupported.
    // A town of the city list named for an event in several words is that event's place where
    // news names it ("the Olympic Village" of the Games, not Vancouver's quarter; one word is
    // left to the rule below: "in Olympia entzündet").
    if (m.known != nullptr && m.known->lat && !m.known->is_country && j - b >= 2 &&
        std::any_of(toks.begin() + b, toks.begin() + j,
                    [&](const AnalyzedToken& t) { return IsEventWord(at.lang, t.folded); })) {
      m.known = nullptr;
    }
    // A town of the city list named by a word or two that may be something else stays a town
    // only with support in the text (ReadTown).
    if (m.known != nullptr) {
      const TownReading t = ReadTown(nt, text, at.lang, b, j, *m.known, m.text, out, genitive);
      if (!t.town) m.known = nullptr;
      if (t.person) all_common = false;
    }
    // After a word for a town, a name of one word or with a particle that no list knows (or a
    // town's not supported otherwise) is a place: "die IS-kontrollierte Stadt Mayadin", "the town
    // of Mayadin", "la ville de Mayadine", "the city of Deir ez-Zor".
    // One word or a name with a particle: "cidade de Ítalo Ferreira" is his home town.
    bool one_place_name = j - b == 1;
    for (size_t k = b; k < j && !one_place_name; ++k) one_place_name = nt.kind(k) == kParticle;
    const bool after_settlement = one_place_name && AfterSettlementWord(nt, b);
    if (division_state && b == i) {
      m.type = "LOC";
      m.known = nullptr;
    } else if (m.known != nullptr && !(role && m.known->type == "LOC")) {
      m.type = m.known->type;
    } else if (org_word) {
      m.type = "ORG";
    } else if (((place_word && j - b >= 2) || after_settlement ||
                (j - b >= 2 && IsVenueEnd(toks[j - 1].folded))) &&
               !role) {
      m.type = "LOC";
    } else if (role || (j - b >= 2 && !all_common && !common_of && !common_then_acronym &&
                        !article_led && !event_named && !town_adjective_led)) {
      m.type = "PER";
      m.known = nullptr;
      ShapePersonName(nt, text, b, j, &m);
    }
    // A given name before a word read as a common word only, capitalised inside its sentence:
    // a person ("Pedro Barros") or a thing ("Villa Olímpica"), as the stream writes the word.
    if (m.type.empty() && j - b == 2 && !nt.titled(b) && nt.given_name(b) && nt.common_only(b + 1) &&
        toks[b + 1].capitalized && !toks[b].all_caps && !toks[b + 1].all_caps) {
      m.case_word = toks[b + 1].folded;
    }
    if (!m.text.empty()) {
      lone.push_back(j - b == 1 && m.known == nullptr && !toks[b].all_caps &&
                     IsSurnameShaped(m.text) &&
                     !nt.common_only(b) &&
                     !nt.common_word(b));
      // Inside a sentence ("le message d'espoir de Macron aux athlètes").
      if (m.type.empty() && !lone.back() && j - b == 1 && m.known == nullptr && common_alone(b)) {
        lone.back() = true;
        m.lower_case_veto = toks[b].folded;
      }
      // A common word that starts the sentence, capitalised only there, may begin the name of
      // a person the stream knows in full ("Ítalo Ferreira: …", "Sky Brown to make…").
      const bool before = b > 0 && nt.joined(b - 1) && nt.kind(b - 1) == kNone &&
                          toks[b - 1].capitalized && !toks[b - 1].stopword &&
                          toks[b - 1].span.kind == TokenKind::kWord && !toks[b - 1].all_caps &&
                          nt.clause_start(b - 1) && !IsPersonRole(RolePart(toks[b - 1].folded));
      // A person named after words the run began with and the name left out ("Letícia" of
      // "Letícia Bufoni não festeja…", read as a common word at the headline's start), or after
      // such a word before the run, may be known by the longer name (Mention::longer_from).
      if (m.type == "PER" && (toks[b].span.begin < m.begin || before)) {
        m.longer_from = toks[b].span.begin < m.begin ? toks[b].span.begin : toks[b - 1].span.begin;
      }
      known_from.push_back(before ? toks[b - 1].span.begin : m.begin);
      several.push_back(before || j - b >= 2);
      if (at.lang == "de" && m.type == "PER") {
        surname_keys.push_back(NameKey(std::string_view(m.text).substr(m.text.rfind(' ') + 1)));
      }
      out.push_back(std::move(m));
    }
    // A run that reached back a word and was cut to that word ("the place alone") ends where
    // this step began: the next step starts there again, and may not reach back again (it
    // took that word for ever, adding a mention each time, until memory ran out).
    consumed = i = std::max(j, i + 1);
  }
  // Surname-only (or first-name-only) mentions name the person mentioned in full before.
  LinkCompanyNames(out);
  LinkNameParts(out, /*genitive_s=*/at.lang == "de");
  // Single unknown words that were never linked stay untyped: drop them (or hand them over).
  // So do runs of two or more words that make no name here, with the word before them that
  // may begin one: the caller takes them for a person it knows by that whole name, and a
  // single unknown word among them, as before, for a person it knows by that surname.
  for (size_t k = 0; lone_names != nullptr && k < out.size(); ++k) {
    if (!out[k].type.empty()) continue;
    if (!several[k]) {
      if (lone[k]) lone_names->push_back(out[k]);
      continue;
    }
    Mention c = out[k];
    if (lone[k]) c.name_starts = {c.begin};
    if (known_from[k] != c.begin) c.case_word.clear();  // the run is no longer the pair
    c.begin = known_from[k];
    c.text = std::string(text.substr(c.begin, c.end - c.begin));
    c.key = NameKey(c.text);
    lone_names->push_back(std::move(c));
  }
  out.erase(std::remove_if(out.begin(), out.end(), [](const Mention& m) { return m.type.empty(); }),
            out.end());
  ResolveOrganisationKinds(out, at.lang);
  if (const CaselessNames* caseless = gazetteer_ ? gazetteer_->caseless() : nullptr) {
    // Kept where no name found above overlaps; merged in text order.
    std::vector<Mention> found = caseless->Find(text, at);
    if (!found.empty()) {
      std::vector<Mention> merged;
      merged.reserve(out.size() + found.size());
      size_t k = 0;
      for (Mention& m : found) {
        while (k < out.size() && out[k].end <= m.begin) merged.push_back(std::move(out[k++]));
        if (k < out.size() && out[k].begin < m.end) continue;
        merged.push_back(std::move(m));
      }
      while (k < out.size()) merged.push_back(std::move(out[k++]));
      out = std::move(merged);
    }
  }
  return out;
}

}  // namespace storytrace
