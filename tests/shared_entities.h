// One gazetteer and one set of lexicons for every test of the test binary that finds names:
// loading them takes a moment, and the tests only read them.
#ifndef STORYTRACE_TESTS_SHARED_ENTITIES_H_
#define STORYTRACE_TESTS_SHARED_ENTITIES_H_

#include "dedup/lexicon.h"
#include "entities/gazetteer.h"
#include "tests/test_paths.h"

namespace storytrace::testing {

// The lexicons of the test data directory (empty when scripts/setup.sh has not built them).
inline const LexiconSet& SharedLexicons() {
  static const LexiconSet* lexicons = new LexiconSet(LexiconSet::Load(DataDir() + "/lexicon"));
  return *lexicons;
}

// The gazetteer of the test data directory; empty (size() == 0) when its data is missing, for
// the caller to skip.
inline const Gazetteer& SharedGazetteer() {
  static const Gazetteer* gazetteer = [] {
    auto g = Gazetteer::Load(DataDir());
    return g.ok() ? std::move(g).value().release() : new Gazetteer();
  }();
  return *gazetteer;
}

}  // namespace storytrace::testing

#endif  // STORYTRACE_TESTS_SHARED_ENTITIES_H_
