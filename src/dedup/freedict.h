// Reading FreeDict dictionaries (dictd format, as packaged in Debian's dict-freedict-*).
#ifndef STORYTRACE_DEDUP_FREEDICT_H_
#define STORYTRACE_DEDUP_FREEDICT_H_

#include <string>
#include <utility>
#include <vector>

#include "core/status.h"

namespace storytrace {

// One headword and one of its translations, as written (not yet folded or stemmed).
struct DictPair {
  std::string headword;
  std::string translation;
};

// Reads "<base>.index" and "<base>.dict.dz" (or "<base>.dict") and returns every headword with
// each of its translations: the comma/semicolon separated items of the entry's translation lines,
// with grammar tags (<…>), domain labels ([…]) and glosses ((…)) removed. Example sentences,
// notes, synonyms and cross-references are skipped. Fails with NotFound/IoError/InvalidArgument.
Result<std::vector<DictPair>> ReadDictd(const std::string& base);

// ISO 639-1 code of a FreeDict ISO 639-3 code ("deu" → "de"), or "" when unknown.
std::string Iso1FromFreeDict(const std::string& iso3);

}  // namespace storytrace

#endif  // STORYTRACE_DEDUP_FREEDICT_H_
