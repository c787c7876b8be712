// The ingest pipeline's entity stage: an article's mentions resolved to canonical entities and
// stored, and names read before their person was known claimed when it is.
#include <algorithm>
#include <optional>

#include "entities/name_key.h"
#include "pipeline/pipeline.h"

namespace storytrace {
namespace {

// Words that made no name by themselves name a person the stream knows by that whole name when
// it has been named in full and resolved at least this often (EntityRegistry::EstablishedPerson):
// one mention may be a false person ("Global Gateway" in French), and the rule would spread it.
constexpr int64_t kEstablished = 3;
// A given name and a word the dictionary reads as a common word only name a person once the
// stream has written that word capitalised inside a sentence this often, and never in lower
// case (WordCase): "Pedro Barros", not "Villa Olímpica".
constexpr int kCapitalisedUses = 3;

std::string LastWordKey(const std::string& name) {
  const size_t space = name.rfind(' ');
  return NameKey(space == std::string::npos ? name : name.substr(space + 1));
}

// Resolves `m` to its entity (EntityRegistry::Resolve) and stores the entity when the registry
// made or renamed it, or first saw it named in full. The pointer is valid until the registry
// resolves again.
Result<const EntityRecord*> ResolveAndStore(EntityRegistry& registry, Store& store,
                                            const Mention& m) {
  bool created = false, renamed = false, named_in_full = false;
  const EntityRecord& e = registry.Resolve(m, &created, &renamed, &named_in_full);
  if (created || renamed || named_in_full) {
    StoredEntity stored{e.id, e.canonical, e.type, e.key, e.country, e.lat, e.lng};
    if (e.type == "PER") stored.named_in_full = e.named_in_full;
    if (Status s = store.PutEntity(stored); !s.ok()) return s;
  }
  return &e;
}

}  // namespace

std::optional<Mention> Pipeline::PersonForUntyped(const Mention& m) const {
  Mention lone = m;
  lone.type = "PER";
  // The whole words, or the last two or more of them ("Skateboarder Sky Brown to become…").
  for (size_t from = 0; from != std::string::npos && lone.text.find(' ', from) != std::string::npos;
       from = lone.text.find(' ', from) + 1) {
    std::string rest = lone.text.substr(from);
    if (rest[0] >= 'a' && rest[0] <= 'z') continue;  // a particle ("as", "de") begins no name here
    std::string key = from == 0 ? lone.key : NameKey(rest);
    if (registry_->EstablishedPerson(key, kEstablished) == nullptr) continue;
    if (from > 0) {
      lone.begin += static_cast<uint32_t>(from);
      lone.text = std::move(rest);
      lone.key = std::move(key);
      lone.name_starts.clear();
    }
    return lone;
  }
  std::optional<Mention> known = registry_->KnownPersonIn(lone);
  // A common word names a person only when it is an established one's name ("Macron", not
  // "Olympic" for a false "Puerto Rican Olympic" named once).
  if (known && !m.lower_case_veto.empty() &&
      registry_->EstablishedPerson(known->key, kEstablished) == nullptr) {
    return std::nullopt;
  }
  return known;
}

std::optional<Mention> Pipeline::LongerKnownName(const Mention& m, const std::string& text) const {
  if (!m.longer_from || *m.longer_from >= m.begin || m.end > text.size()) return std::nullopt;
  Mention longer = m;
  longer.begin = *m.longer_from;
  longer.text = text.substr(longer.begin, m.end - longer.begin);
  longer.key = NameKey(longer.text);
  // Named in full or not: the longer name's first word is often read as a common word
  // ("Letícia"), which is why the finder left it out here.
  if (registry_->EstablishedPerson(longer.key, kEstablished, /*named_in_full=*/false) == nullptr) {
    return std::nullopt;
  }
  longer.full_name = true;
  longer.name_starts.clear();
  longer.longer_from.reset();
  return longer;
}

bool Pipeline::ReadCase(const Mention& m, const std::string& lang) {
  if (!m.case_word.empty()) word_case_.CountCapitalised(lang, m.case_word);
  return m.lower_case_veto.empty() || !word_case_.WrittenInLowerCase(lang, m.lower_case_veto);
}

std::optional<Mention> Pipeline::Unqualified(const Mention& m, const std::string& lang,
                                             const std::string& text) const {
  if (m.qualifier_word.empty() || m.type != "PER" || m.unqualified_from <= m.begin ||
      m.unqualified_from >= m.end || m.end > text.size()) {
    return std::nullopt;
  }
  // German writes its nouns capitalised: a profession shows in lower case in English.
  if (!word_case_.WrittenInLowerCase(lang, m.qualifier_word) &&
      !(lang == "de" && word_case_.WrittenInLowerCase("en", m.qualifier_word))) {
    return std::nullopt;
  }
  Mention rest = m;
  rest.begin = m.unqualified_from;
  rest.text = text.substr(rest.begin, m.end - rest.begin);
  rest.key = NameKey(rest.text);
  rest.full_name = true;  // two words after a qualifier, or a surname a common word went before
  rest.name_starts.clear();
  rest.longer_from.reset();
  rest.qualifier_word.clear();
  return rest;
}

Status Pipeline::RecordEntities(Article& a, const AnalyzedText& analyzed,
                                const std::vector<Mention>& mentions,
                                std::vector<std::string>* touched) {
  held_names_.Forget(a.id);  // an article read again: what it held was read from the old text
  word_case_.CountLowerCase(analyzed);
  std::vector<std::string> claims;  // keys of the persons this article names in full
  const size_t n = std::min(mentions.size(), a.entities.size());
  size_t kept = 0;
  for (size_t i = 0; i < n; ++i) {
    // A person the stream knows, by the name the mention ends with: a lone name (untyped) by
    // that surname, or no mention ("Djokovic" once "Novak Djokovic" has been seen, and no
    // other person of that surname); a person after qualifying words by the rest ("NBA-Star
    // Doncic" after "Luka Doncic"). An untyped run of several words is a person the stream
    // knows by that whole name ("Ítalo Ferreira: …" once "Medina e Ítalo Ferreira" was read).
    // See EntityRegistry::KnownPersonIn. An untyped mention no person claims yet is held.
    const Mention* m = &mentions[i];
    std::optional<Mention> narrowed;
    if (m->type.empty()) {
      if (!ReadCase(*m, analyzed.lang)) continue;  // a common word: no person's name
      narrowed = PersonForUntyped(*m);
      if (!narrowed && !m->case_word.empty() &&
          word_case_.WrittenAsName(analyzed.lang, m->case_word, kCapitalisedUses)) {
        narrowed = *m;
        narrowed->type = "PER";
        narrowed->full_name = true;
        narrowed->name_starts.clear();
      }
      if (!narrowed) {
        held_names_.Hold(a.id, *m);
        continue;
      }
    } else {
      narrowed = LongerKnownName(*m, a.text);
      if (!narrowed) narrowed = registry_->KnownPersonIn(*m);
      if (!narrowed) narrowed = Unqualified(*m, analyzed.lang, a.text);
    }
    if (narrowed) {
      for (Quote& q : a.quotes) {
        if (q.speaker_key == m->key) q.speaker_key = narrowed->key;
      }
      a.entities[i].type = narrowed->type;
      a.entities[i].begin = narrowed->begin;
      a.entities[i].text = narrowed->text;
      a.entities[i].key = narrowed->key;
      m = &*narrowed;
    }
    auto resolved = ResolveAndStore(*registry_, *store_, *m);
    if (!resolved.ok()) return resolved.status();
    const EntityRecord& e = *resolved.value();
    if (e.type == "PER" && m->text.find(' ') != std::string::npos) {
      for (std::string key : {e.key, m->key, LastWordKey(m->text), LastWordKey(e.canonical)}) {
        claims.push_back(std::move(key));
      }
    }
    a.entities[i].entity_id = e.id;
    a.entities[i].canonical = e.canonical;
    if (kept != i) a.entities[kept] = std::move(a.entities[i]);
    ++kept;
  }
  a.entities.erase(a.entities.begin() + static_cast<std::ptrdiff_t>(kept),
                   a.entities.begin() + static_cast<std::ptrdiff_t>(n));
  // A quote's speaker is the entity of the article's mention with the speaker's key.
  for (Quote& q : a.quotes) {
    for (const EntityMention& m : a.entities) {
      if (!q.speaker_key.empty() && m.key == q.speaker_key) {
        q.speaker_entity = m.entity_id;
        break;
      }
    }
  }
  if (Status s = store_->ReplaceAnnotations(a); !s.ok()) return s;
  return ClaimHeldNames(claims, a.id, touched);
}

void Pipeline::HoldNamesOf(const Article& a, const AnalyzedText& analyzed) {
  if (finder_ == nullptr || registry_ == nullptr) return;
  Article copy = a;
  copy.entities.clear();
  copy.quotes.clear();
  std::vector<Mention> mentions;
  FindAnnotations(copy, a.title.empty() ? a.text : a.title + "\n\n" + a.text, analyzed, *finder_,
                  &mentions);
  word_case_.CountLowerCase(analyzed);
  for (const Mention& m : mentions) {
    if (!m.type.empty() || !ReadCase(m, analyzed.lang)) continue;
    const bool stored = std::any_of(a.entities.begin(), a.entities.end(), [&](const EntityMention& e) {
      return e.begin < m.end && m.begin < e.end;
    });
    if (!stored) held_names_.Hold(a.id, m);
  }
}

Status Pipeline::ClaimHeldNames(const std::vector<std::string>& keys, const std::string& current,
                                std::vector<std::string>* touched) {
  if (keys.empty() || held_names_.size() == 0) return Status::Ok();
  for (HeldName& held : held_names_.Take(keys)) {
    std::optional<Mention> person = PersonForUntyped(held.mention);
    if (!person) {  // another person's surname, or not named often enough yet
      held_names_.Hold(held.article_id, held.mention);
      continue;
    }
    auto resolved = ResolveAndStore(*registry_, *store_, *person);
    if (!resolved.ok()) return resolved.status();
    const EntityRecord& e = *resolved.value();
    EntityMention late{person->text, e.canonical, e.type, e.id, person->key, person->begin,
                       person->end};
    if (Status s = store_->AddMention(held.article_id, late); !s.ok()) return s;
    if (held.article_id == current || touched == nullptr) continue;
    auto story = store_->StoryOfArticle(held.article_id);
    if (!story.ok()) return story.status();
    if (story.value()) touched->push_back(*story.value());
  }
  return Status::Ok();
}

}  // namespace storytrace
