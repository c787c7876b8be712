// Locating runtime data files (language model, stopwords, gazetteers).
#ifndef STORYTRACE_CORE_DATA_DIR_H_
#define STORYTRACE_CORE_DATA_DIR_H_

#include <string>

namespace storytrace {

// The data directory, by the documented rule:
//   1. `flag_value` when non-empty (the --data flag);
//   2. the STORYTRACE_DATA environment variable when set;
//   3. <prefix>/share/storytrace next to an installed binary (<prefix>/bin/storytrace);
//   4. <dir of binary>/../data (the build tree: build/storytrace → data/).
// Returns the first candidate that exists, or the last candidate when none exists
// (callers then report the missing file by its full path).
std::string FindDataDir(const std::string& flag_value = "");

}  // namespace storytrace

#endif  // STORYTRACE_CORE_DATA_DIR_H_
