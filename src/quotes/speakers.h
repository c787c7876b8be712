// Who "he", "the statement" and "the spokesperson" are: the people and organisations an article
// has made salient so far, read sentence by sentence.
#ifndef STORYTRACE_QUOTES_SPEAKERS_H_
#define STORYTRACE_QUOTES_SPEAKERS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "quotes/attribution.h"

namespace storytrace {

struct Speaker {
  enum Type : uint8_t { kUnknown, kPerson, kOrganisation, kPlace };
  std::string text;  // the fullest name the article gives; "" when it names nobody
  std::string key;   // NameKey of the speaker ("" when unnamed)
  Type type = kUnknown;
  bool empty() const { return text.empty(); }
};

// Resolves speaker references against the article read so far. Reading is in text order:
// ObserveSentence for each sentence and Spoke for each attributed quotation, interleaved by
// position. Not thread-safe; one per article.
class SpeakerTracker {
 public:
  // `text` and `reader` must outlive the tracker.
  SpeakerTracker(std::string_view text, const ClauseReader& reader);

  // The speaker `ref` points to: a name as its fullest form in the article (a surname alone
  // becomes the full name given before); a person pronoun as the person last made salient; a
  // document as whoever issued it; a spokesperson as the organisation last made salient; an
  // institution as itself or the organisation of that kind named before; a definite role as the
  // person named with that role, else the salient person. Anonymous people ("an officer", "one
  // user") and unresolvable references give an empty speaker.
  Speaker Resolve(const SpeakerRef& ref) const;

  // Reads the sentence [from, to): its subject becomes the salient person or organisation, the
  // speaker of its reported speech the last source, and documents it names are owned by them.
  void ObserveSentence(uint32_t from, uint32_t to);

  // Notes that `s` spoke a quotation: the salient person or organisation and the last source.
  void Spoke(const Speaker& s);

  // The speaker of reported speech read at or after `pos` ("Sometimes employees don't follow
  // the rules, he said." before an unattributed quotation of the same paragraph), or null.
  const Speaker* ReportedSince(uint32_t pos) const {
    return reported_at_ >= pos && !last_source_.empty() ? &last_source_ : nullptr;
  }

 private:
  Speaker FromName(const SpeakerRef& ref) const;
  Speaker FromNounPhrase(const SpeakerRef& ref) const;
  // The longest text of the person mention `m`'s key in the article (m.text if none).
  const std::string& FullName(const Mention& m) const;
  void Remember(const Speaker& s);

  std::string_view text_;
  const ClauseReader& reader_;
  std::unordered_map<std::string, std::string> fullest_;  // person key → longest mention text
  std::vector<std::pair<int, std::string_view>> roles_;   // (person mention, role before it)
  Speaker salient_person_, salient_org_, last_source_;
  uint32_t reported_at_ = 0;  // where the reported speech that set last_source_ began
  std::unordered_map<std::string_view, Speaker> document_owner_;
  std::vector<Speaker> full_names_;  // people named with more than one word so far, not as mentions
};

}  // namespace storytrace

#endif  // STORYTRACE_QUOTES_SPEAKERS_H_
