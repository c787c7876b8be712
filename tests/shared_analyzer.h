// One TextAnalyzer for every test of the test binary: loading the models takes a moment.
#ifndef STORYTRACE_TESTS_SHARED_ANALYZER_H_
#define STORYTRACE_TESTS_SHARED_ANALYZER_H_

#include <cstdlib>
#include <iostream>

#include "tests/test_paths.h"
#include "text/analyzed_text.h"

namespace storytrace::testing {

// The analyzer over the test data directory; aborts the test binary when the models are missing
// (run scripts/setup.sh), since every caller needs them.
inline const TextAnalyzer& SharedAnalyzer() {
  static const TextAnalyzer* analyzer = [] {
    auto a = TextAnalyzer::Create(DataDir());
    if (!a.ok()) {
      std::cerr << "cannot load the language models: " << a.status().message() << "\n";
      std::abort();
    }
    return std::move(a).value().release();
  }();
  return *analyzer;
}

}  // namespace storytrace::testing

#endif  // STORYTRACE_TESTS_SHARED_ANALYZER_H_
