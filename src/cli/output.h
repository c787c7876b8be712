// Rendering listings as aligned tables, JSON or JSON Lines.
#ifndef STORYTRACE_CLI_OUTPUT_H_
#define STORYTRACE_CLI_OUTPUT_H_

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace storytrace {

enum class OutputFormat { kTable, kJson, kJsonl };

// Parses "table", "json" or "jsonl".
bool ParseOutputFormat(const std::string& name, OutputFormat* out);

// A column of a table: the JSON field it shows, its header and maximum width in characters.
struct Column {
  std::string field;
  std::string header;
  size_t max_width = 40;
};

// Writes `rows` (JSON objects) in `format`: a table with the given columns (values cut to the
// column width with "…"), a JSON array, or one object per line.
void WriteRows(std::ostream& out, const std::vector<nlohmann::ordered_json>& rows,
               OutputFormat format, const std::vector<Column>& columns);

// Characters (code points) in a UTF-8 string.
size_t Utf8Length(const std::string& s);

}  // namespace storytrace

#endif  // STORYTRACE_CLI_OUTPUT_H_
