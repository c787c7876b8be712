// The order in which the articles of one batch reach the clusterer.
#ifndef STORYTRACE_PIPELINE_STREAM_ORDER_H_
#define STORYTRACE_PIPELINE_STREAM_ORDER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storytrace {

// One article of a batch, in input order: its publication time (nullopt when undated) and its
// input group (see InputGroup).
struct StreamItem {
  std::optional<int64_t> published;
  std::string group;
};

// The positions of `items` in stream order: by publication day, input order within a day (a
// date without a time of day cannot be ordered against the day's other articles). An undated
// article cannot be placed by its own time, so it goes beside the dated article nearest to it
// in input order within its group (the one before it, else the one after it), else beside the
// dated article before it in the batch, else first: a folder of scraped files or a JSONL file
// was collected together, so an undated file in it is news of about its neighbours' time, not
// of whatever another input ended with. Deterministic; items of equal day keep input order.
std::vector<size_t> StreamOrder(const std::vector<StreamItem>& items);

// The input group of a document read from `input` (a path, or "stdin") at `line` (0 for a whole
// file, else its record number): the file for records of one JSONL or JSON file, the folder
// for whole files.
std::string InputGroup(std::string_view input, int64_t line);

// The input group of an article from its origin ("path", "path:line", "path[i]", "stdin:line",
// "POST 3[0]"): InputGroup of the input and line the origin names. Ingest and recluster both
// group by it, so that they order undated articles alike.
std::string InputGroupOfOrigin(std::string_view origin);

}  // namespace storytrace

#endif  // STORYTRACE_PIPELINE_STREAM_ORDER_H_
