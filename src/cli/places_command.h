// `storytrace places`: the places articles name, with their coordinates.
#ifndef STORYTRACE_CLI_PLACES_COMMAND_H_
#define STORYTRACE_CLI_PLACES_COMMAND_H_

#include "cli/commands.h"

namespace storytrace {

// Lists places (name, kind, country, lat, lng, articles, mentions, focus) of the story
// `o.story` (its focus first), or of every story when it is empty, at most `o.limit`. Exit 1
// when the store cannot be read or the story is unknown, 2 for an unknown --format.
int RunPlaces(const CommonOptions& o);

}  // namespace storytrace

#endif  // STORYTRACE_CLI_PLACES_COMMAND_H_
