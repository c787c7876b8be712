// Salience tracking for speaker resolution.
#include "quotes/speakers.h"

#include "entities/name_key.h"
#include "text/normalizer.h"

namespace storytrace {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view LastWord(std::string_view s) {
  size_t sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

std::string_view FirstWord(std::string_view s) { return s.substr(0, s.find(' ')); }

// A name the mention finder did not type: an organisation when it joins words as organisation
// names do ("Customs and Border Protection", "Doctors for Camp Closure"), a person when it has
// several words, and undecided when it is one word ("Tor", "Reed").
Speaker::Type GuessType(std::string_view name) {
  for (std::string_view w : {" and ", " of ", " for ", " & ", " und ", " für "}) {
    if (name.find(w) != std::string_view::npos) return Speaker::kOrganisation;
  }
  static constexpr std::string_view kOrgEnds[] = {
      "Infirmary",  "Hospital",     "University", "Institute",  "Center",      "Centre",
      "Council",    "Committee",    "Agency",     "Department", "Ministry",    "Police",
      "Bank",       "Group",        "Inc",        "Corp",       "Company",     "Association",
      "Foundation", "Party",        "Court",      "Office",     "Service",     "Board",
      "News",       "Times",        "Post",       "Journal",    "Network",     "Authority",
      "Commission", "School",       "College",    "Club",       "Union",       "Airlines",
      "Army",       "Navy",         "Force",      "Forces",     "Observatory", "Laboratory",
      "Systems",    "Technologies", "Media",      "Press"};
  for (std::string_view end : kOrgEnds) {
    if (name.size() > end.size() && name.ends_with(end) &&
        name[name.size() - end.size() - 1] == ' ') {
      return Speaker::kOrganisation;
    }
  }
  return name.find(' ') == std::string_view::npos ? Speaker::kUnknown : Speaker::kPerson;
}

bool IsAcronym(std::string_view s) {
  if (s.size() < 2) return false;
  for (char c : s) {
    if (!std::isupper(static_cast<unsigned char>(c)) &&
        !std::isdigit(static_cast<unsigned char>(c)))
      return false;
  }
  return true;
}

// Whether a group noun phrase had a definite article ("the doctors", not "Teachers").
bool IsDefiniteGroup(std::string_view text, const SpeakerRef& ref) {
  size_t b = ref.begin;
  while (b > 0 && text[b - 1] == ' ') --b;
  std::string_view before = text.substr(0, b);
  for (std::string_view det :
       {"the", "The", "die", "Die", "les", "Les", "los", "Los", "las", "Las"}) {
    if (before.ends_with(det) &&
        (before.size() == det.size() ||
         !std::isalpha(static_cast<unsigned char>(before[before.size() - det.size() - 1])))) {
      return true;
    }
  }
  return false;
}

// Plural institutions speak as themselves ("prosecutors", "authorities").
bool IsPluralInstitution(std::string_view head) {
  return head == "prosecutors" || head == "authorities" || head == "investigators" ||
         head == "police" || head == "polizei";
}

}  // namespace

SpeakerTracker::SpeakerTracker(std::string_view text, const ClauseReader& reader)
    : text_(text), reader_(reader), roles_(reader.RolesBeforePersons()) {
  for (const Mention& m : reader.mentions()) {
    if (m.type != "PER") continue;
    std::string& best = fullest_[m.key];
    if (m.text.size() > best.size()) best = m.text;
  }
}

const std::string& SpeakerTracker::FullName(const Mention& m) const {
  auto it = fullest_.find(m.key);
  return it != fullest_.end() ? it->second : m.text;
}

Speaker SpeakerTracker::FromName(const SpeakerRef& ref) const {
  Speaker s;
  if (ref.mention >= 0) {
    const Mention& m = reader_.mentions()[ref.mention];
    s.key = m.key;
    s.text = m.text;
    if (m.type == "PER") {
      s.type = Speaker::kPerson;
      s.text = FullName(m);
    } else {
      s.type = m.type == "ORG" ? Speaker::kOrganisation : Speaker::kPlace;
    }
    if (IsAcronym(m.text)) s.type = Speaker::kOrganisation;  // "CBP", whatever the finder thought
    return s;
  }
  std::string_view name = text_.substr(ref.begin, ref.end - ref.begin);
  for (std::string_view poss : {"\xE2\x80\x99s", "'s"}) {
    if (name.size() > poss.size() + 1 && name.ends_with(poss)) name.remove_suffix(poss.size());
  }
  s.text = std::string(name);
  s.type = GuessType(name);
  // A one-word name is the surname (or first name) of a full name given before it.
  if (name.find(' ') == std::string_view::npos) {
    std::string word = Lower(name);
    for (const Mention& m : reader_.mentions()) {
      if (m.begin >= ref.begin) break;
      if (m.type != "PER" || m.text.find(' ') == std::string::npos) continue;
      if (Lower(LastWord(m.text)) == word || Lower(FirstWord(m.text)) == word) {
        s.text = FullName(m);
        s.key = m.key;
        s.type = Speaker::kPerson;
      }
    }
    // Or a full name the mention finder missed, given as a speaker before ("analyst Ken Doctor").
    if (s.key.empty()) {
      for (const Speaker& known : full_names_) {
        if (Lower(LastWord(known.text)) == word) s = known;
      }
    }
  }
  if (s.key.empty()) s.key = NameKey(s.text);
  return s;
}

Speaker SpeakerTracker::FromNounPhrase(const SpeakerRef& ref) const {
  std::string_view phrase = text_.substr(ref.begin, ref.end - ref.begin);
  auto as_itself = [&] {
    Speaker s;
    s.text = std::string(phrase);
    s.key = NameKey(phrase);
    s.type = Speaker::kOrganisation;
    return s;
  };
  switch (ref.noun) {
    case NounKind::kDocument: {
      if (!ref.anonymous_source) {
        if (auto it = document_owner_.find(ref.head); it != document_owner_.end())
          return it->second;
      }
      return last_source_.empty() && !ref.anonymous_source ? as_itself() : last_source_;
    }
    case NounKind::kSpokesperson:
      return salient_org_.empty() ? as_itself() : salient_org_;
    case NounKind::kInstitution: {
      if (IsPluralInstitution(ref.head)) return as_itself();
      // "das Verteidigungsministerium", "the US military": the phrase names the institution;
      // "the ministry", "the agency": the one of that kind named before, else the last one.
      const std::string_view head = NounHead(ref.head);
      bool specific = head != ref.head;
      for (size_t i = 0; i < phrase.size() && !specific; ++i) {
        specific = std::isupper(static_cast<unsigned char>(phrase[i])) &&
                   (i == 0 || phrase[i - 1] == ' ') &&
                   Lower(phrase.substr(i, ref.head.size())) != ref.head;
      }
      if (specific) return as_itself();
      Speaker named;
      for (const Mention& m : reader_.mentions()) {
        if (m.begin >= ref.begin) break;
        if (m.type == "ORG" && FoldForMatching(m.text).find(head) != std::string::npos) {
          named = {m.text, m.key, Speaker::kOrganisation};
        }
      }
      if (!named.empty()) return named;
      return salient_org_;  // "the agency", "the group": whichever organisation was last in view
    }
    case NounKind::kPersonRole: {
      if (!ref.definite) return {};
      const std::string_view head = NounHead(ref.head);
      Speaker named;
      for (const auto& [m, role] : roles_) {
        const Mention& mm = reader_.mentions()[m];
        if (mm.begin >= ref.begin) break;
        if (role == head) named = {FullName(mm), mm.key, Speaker::kPerson};
      }
      if (named.empty()) {
        // Named only later: "China’s ambassador to Britain accused …" before "China’s
        // ambassador to Britain Liu Xiaming has said".
        for (const auto& [m, role] : roles_) {
          const Mention& mm = reader_.mentions()[m];
          if (mm.begin >= ref.begin && role == head)
            return {FullName(mm), mm.key, Speaker::kPerson};
        }
      }
      return named.empty() ? salient_person_ : named;
    }
    case NounKind::kPeople:
      // "the doctors stated": the group as the text names it; "Teachers chanted", "one user
      // quipped": nobody in particular.
      return ref.definite && ref.begin > 0 && IsDefiniteGroup(text_, ref) ? as_itself() : Speaker{};
    case NounKind::kNone:
      return {};
  }
  return {};
}

Speaker SpeakerTracker::Resolve(const SpeakerRef& ref) const {
  switch (ref.kind) {
    case SpeakerRef::kNone:
      return {};
    case SpeakerRef::kName:
      return FromName(ref);
    case SpeakerRef::kPronoun:
      if (ref.pronoun == PronounKind::kPerson) {
        // A person named earlier in the pronoun's own sentence comes first.
        SpeakerRef own = reader_.SubjectBefore(ref.begin);
        if (own.kind == SpeakerRef::kName) {
          Speaker s = FromName(own);
          if (s.type == Speaker::kPerson) return s;
        }
        return salient_person_;
      }
      if (ref.pronoun == PronounKind::kThing) return last_source_;
      return {};
    case SpeakerRef::kNounPhrase:
      return FromNounPhrase(ref);
  }
  return {};
}

void SpeakerTracker::Remember(const Speaker& s) {
  if (s.type == Speaker::kPerson && s.text.find(' ') != std::string::npos &&
      (full_names_.empty() || full_names_.back().key != s.key)) {
    full_names_.push_back(s);
  }
  if (s.type == Speaker::kPerson) salient_person_ = s;
  if (s.type == Speaker::kOrganisation) salient_org_ = s;
}

void SpeakerTracker::ObserveSentence(uint32_t from, uint32_t to) {
  SpeakerRef subject_ref = reader_.SubjectIn(from, to);
  Speaker subject = Resolve(subject_ref);
  // An unnamed person in view ("a Syrian refugee … said"): "he" and "the source" are not the
  // person named before.
  if (subject_ref.kind == SpeakerRef::kNounPhrase && subject.empty() &&
      subject_ref.noun == NounKind::kPersonRole && !subject_ref.definite) {
    salient_person_ = {};
  }
  SpeakerRef speech_ref = reader_.SpeechIn(from, to);
  Speaker speech = speech_ref.found() ? Resolve(speech_ref) : Speaker{};
  Remember(subject);
  if (!speech.empty()) {
    Remember(speech);
    last_source_ = speech;
    reported_at_ = from;
  }
  // A document belongs to the source the sentence quotes, else to its subject.
  const Speaker& owner = speech_ref.found() ? speech : subject;
  if (owner.empty()) return;
  for (std::string_view doc : reader_.DocumentsIn(from, to)) document_owner_[doc] = owner;
}

void SpeakerTracker::Spoke(const Speaker& s) {
  if (s.empty()) return;
  if (s.type == Speaker::kUnknown) {
    Speaker person = s;  // whoever speaks a quotation is most likely a person
    person.type = Speaker::kPerson;
    Remember(person);
  } else {
    Remember(s);
  }
  last_source_ = s;
  reported_at_ = 0;
}

}  // namespace storytrace
