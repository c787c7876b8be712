// The storytrace subcommands, each a function from parsed options to an exit code.
#ifndef STORYTRACE_CLI_COMMANDS_H_
#define STORYTRACE_CLI_COMMANDS_H_

#include <optional>
#include <string>
#include <vector>

namespace storytrace {

// Exit codes: 0 success, 1 failure (store, data files), 2 usage, 3 some inputs rejected,
// 130 stopped by Ctrl-C or SIGTERM (what was read is stored).
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitRejected = 3;
constexpr int kExitInterrupted = 130;

struct CommonOptions {
  std::string db = "storytrace.db";
  std::string data_dir;  // --data; empty: see FindDataDir
  std::string format = "table";
  std::string lang;
  std::string story;
  long long limit = -1;
  bool with_raw = false;
};

int RunExport(const CommonOptions& o);
// How `stories` ranks: without either, every story, most recent first.
struct StoryListOptions {
  std::string sort;            // "", "size", "recent" or "growth" (Store::StoryQuery::Order)
  std::optional<double> hours;  // only stories with live articles of the last this many hours
};
// Lists stories; with a sort or a window, only stories with live articles, each with its
// last day's articles, growth and whether it is breaking (Store::BreakingRule).
int RunStories(const CommonOptions& o, const StoryListOptions& l);
int RunStory(const CommonOptions& o, const std::string& id);
int RunArticles(const CommonOptions& o);
// `expand`: the query's words also match their dictionary translations (other languages), and
// its names the other spellings of their entities ("Abu Kamal" finds "al-Bukamal").
int RunSearch(const CommonOptions& o, const std::string& query, bool expand = false);
int RunRejected(const CommonOptions& o);

// Lists reprint and translation links (`kind` "reprint", "translation" or "" for both).
int RunLinks(const CommonOptions& o, const std::string& kind);
// Lists canonical entities with their spelling variants (`o.story` restricts to one story).
// With `name`: the entities that name denotes in any spelling the store has seen, each with
// those spellings (Store::EntitiesNamed).
int RunEntities(const CommonOptions& o, const std::string& name = "");
// Lists quotations, optionally only those of `speaker` (any spelling of the name).
int RunQuotes(const CommonOptions& o, const std::string& speaker);
// Compiles the FreeDict dictionaries in `dictd_dir`, and the word pairs in `pairs_dir` when
// not empty, into lexicons in `out_dir` (default: <data dir>/lexicon).
int RunBuildLexicon(const CommonOptions& o, const std::string& dictd_dir,
                    const std::string& out_dir, const std::string& pairs_dir);
// Prints the FreeDict dictionary at `base` (path without ".index") as word pairs, one
// "headword<TAB>translation" line each (the format of RunBuildLexicon's `pairs_dir` files).
int RunDumpDictionary(const std::string& base);

}  // namespace storytrace

#endif  // STORYTRACE_CLI_COMMANDS_H_
