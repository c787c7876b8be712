// What the boilerplate learner knows about one source, as the store keeps it.
#ifndef STORYTRACE_CORE_LEARNED_BOILERPLATE_H_
#define STORYTRACE_CORE_LEARNED_BOILERPLATE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace storytrace {

// A paragraph seen in articles of one source.
struct LearnedLine {
  uint64_t key = 0;        // hash of the normalised paragraph (BoilerplateLearner::KeyOf)
  int64_t articles = 0;    // articles of the source that held it
  int64_t first_seen = 0;  // the source's article count when it was first seen (1-based)
  std::string sample;      // the paragraph as first seen, cut to 200 bytes, for people
};

// The paragraphs counted for one source (a site or agency name) and its article count.
struct LearnedSource {
  std::string source;
  int64_t articles = 0;
  std::vector<LearnedLine> lines;
};

}  // namespace storytrace

#endif  // STORYTRACE_CORE_LEARNED_BOILERPLATE_H_
