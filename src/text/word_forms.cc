// Arabic proclitics, closed compounds, capitalised nouns.
#include "text/word_forms.h"

namespace storytrace {

bool CapitalisesNouns(std::string_view lang) { return lang == "de" || lang == "lb"; }

std::vector<std::string> WithoutProclitics(std::string_view word, std::string_view lang) {
  std::vector<std::string> out;
  if (lang != "ar") return out;
  // Folded forms (alef variants are plain alef after folding); longest first.
  static constexpr std::string_view kProclitics[] = {"وال", "فال", "بال", "كال", "لل", "ال",
                                                       "و",   "ف",   "ب",   "ل",   "ك"};
  constexpr size_t kMinRestLetters = 3;
  for (std::string_view p : kProclitics) {
    if (word.substr(0, p.size()) != p) continue;
    std::string_view rest = word.substr(p.size());
    size_t letters = 0;
    for (unsigned char c : rest) letters += (c & 0xC0) != 0x80;  // UTF-8 lead bytes
    if (letters >= kMinRestLetters) out.emplace_back(rest);
  }
  return out;
}

bool WritesClosedCompounds(std::string_view lang) {
  return lang == "de" || lang == "nl" || lang == "sv" || lang == "da" || lang == "nb";
}

std::optional<CompoundParts> SplitCompound(std::string_view word,
                                           const std::function<bool(std::string_view)>& known) {
  for (size_t i = kMinCompoundPart; i + kMinCompoundPart <= word.size(); ++i) {
    if ((static_cast<unsigned char>(word[i]) & 0xC0) == 0x80) continue;  // inside a character
    const std::string_view head = word.substr(i), left = word.substr(0, i);
    if (!known(head)) continue;
    if (known(left)) return CompoundParts{left, head};
    if (left.size() > kMinCompoundPart && left.back() == 's' && known(left.substr(0, i - 1))) {
      return CompoundParts{left.substr(0, i - 1), head};
    }
  }
  return std::nullopt;
}

}  // namespace storytrace
