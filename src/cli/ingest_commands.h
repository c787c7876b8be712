// The subcommands that read input: ingest files, folders or stdin into the store, re-cluster
// what is stored, or only extract and print.
#ifndef STORYTRACE_CLI_INGEST_COMMANDS_H_
#define STORYTRACE_CLI_INGEST_COMMANDS_H_

#include <string>
#include <vector>

#include "cli/commands.h"

namespace storytrace {

// Ingests `inputs` (files, folders, "-" for stdin) in batches of `batch` documents,
// printing rejections, the first warnings and a summary on stderr (a progress bar on a
// terminal). kExitRejected when some inputs were rejected. The first Ctrl-C or SIGTERM stops
// the reading; what was read is stored and committed, and the exit code is kExitInterrupted.
int RunIngest(const CommonOptions& o, const std::vector<std::string>& inputs, size_t batch);
// Re-clusters the stored articles in [since, until] (ISO 8601; empty = open end).
int RunRecluster(const CommonOptions& o, const std::string& since, const std::string& until);
// Extracts `inputs` without storing them and prints {id: {title, articleBody, published,
// source, dateline}} as JSON (`o.format` "jsonl": on one line).
int RunExtract(const CommonOptions& o, const std::vector<std::string>& inputs);

}  // namespace storytrace

#endif  // STORYTRACE_CLI_INGEST_COMMANDS_H_
