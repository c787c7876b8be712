// A person named in full once and then by a part of the name (name_parts.h).
#include "entities/name_parts.h"

#include <string>
#include <utility>

#include "entities/name_key.h"
#include "entities/name_tokens.h"
#include "entities/name_words.h"
#include "text/normalizer.h"

namespace storytrace {

void LinkNameParts(std::vector<Mention>& mentions, bool genitive_s) {
  std::vector<std::pair<std::string, std::string>> parts;  // (key of a name part, full key)
  auto link_key = [&](Mention& m, const std::string& key) {
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
      if (it->first == key) {
        m.type = "PER";
        m.key = it->second;
        m.known = nullptr;
        return true;
      }
    }
    return false;
  };
  auto link = [&](Mention& m) {
    if (link_key(m, m.key)) return true;
    // A German genitive of a name part: "Macrons" after "Emmanuel Macron".
    return genitive_s && m.type.empty() && m.text.size() > 4 && m.text.back() == 's' &&
           m.text.find(' ') == std::string::npos &&
           link_key(m, NameKey(std::string_view(m.text).substr(0, m.text.size() - 1)));
  };
  for (Mention& m : mentions) {
    const size_t last = m.text.rfind(' ');
    if (m.type == "PER" && last != std::string::npos) {
      // "Le Pen" after "Marine Le Pen": a surname with its particle.
      const size_t first = m.text.find(' ');
      if (first == last && IsNameParticle(FoldForMatching(m.text.substr(0, first))) && link(m)) {
        continue;
      }
      const std::string surname = m.text.substr(last + 1);
      parts.emplace_back(NameKey(surname), m.key);
      if (IsParticleName(surname)) {  // "al-Assad" is also called "Assad"
        parts.emplace_back(NameKey(surname.substr(surname.find('-') + 1)), m.key);
      }
      // "Marine Le Pen" is also called "Le Pen", "Kevin De Bruyne" "De Bruyne".
      const size_t before = last > 0 ? m.text.rfind(' ', last - 1) : std::string::npos;
      if (before != std::string::npos &&
          IsNameParticle(FoldForMatching(m.text.substr(before + 1, last - before - 1)))) {
        parts.emplace_back(NameKey(m.text.substr(before + 1)), m.key);
      }
      parts.emplace_back(NameKey(m.text.substr(0, first)), m.key);
      continue;
    }
    // Untyped words, and one-word towns from the city list, may be a person's name part.
    const bool weak_place = m.known != nullptr && m.known->lat && !m.known->is_country;
    if (!m.type.empty() && m.type != "PER" && !weak_place) continue;
    link(m);
  }
}

}  // namespace storytrace
