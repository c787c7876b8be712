// Baseline story assignment.
#include "cluster/story_assigner.h"

namespace storytrace {

std::string SingletonStoryAssigner::Assign(const Article& article, const AnalyzedText&) {
  return "s-" + article.id;
}

}  // namespace storytrace
