// Table, JSON and JSONL rendering.
#include "cli/output.h"

#include <algorithm>

namespace storytrace {
namespace {

std::string CellText(const nlohmann::ordered_json& v) {
  if (v.is_null()) return "-";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string out;
    for (const auto& x : v) {
      if (!out.empty()) out += ",";
      out += x.is_string() ? x.get<std::string>() : x.dump();
    }
    return out;
  }
  return v.dump();
}

// Cuts to `width` code points, adding "…" when cut; replaces line breaks with spaces.
std::string Fit(std::string s, size_t width) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  std::replace(s.begin(), s.end(), '\t', ' ');
  if (Utf8Length(s) <= width) return s;
  size_t count = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (count == width - 1) break;
      ++count;
    }
  }
  return s.substr(0, i) + "…";
}

}  // namespace

bool ParseOutputFormat(const std::string& name, OutputFormat* out) {
  if (name == "table") *out = OutputFormat::kTable;
  else if (name == "json") *out = OutputFormat::kJson;
  else if (name == "jsonl") *out = OutputFormat::kJsonl;
  else return false;
  return true;
}

size_t Utf8Length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void WriteRows(std::ostream& out, const std::vector<nlohmann::ordered_json>& rows,
               OutputFormat format, const std::vector<Column>& columns) {
  if (format == OutputFormat::kJson) {
    out << nlohmann::ordered_json(rows).dump(2) << "\n";
    return;
  }
  if (format == OutputFormat::kJsonl) {
    for (const auto& r : rows) out << r.dump() << "\n";
    return;
  }
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width;
  for (const auto& c : columns) width.push_back(Utf8Length(c.header));
  for (const auto& r : rows) {
    std::vector<std::string> line;
    for (size_t i = 0; i < columns.size(); ++i) {
      auto it = r.find(columns[i].field);
      std::string t = Fit(it == r.end() ? "-" : CellText(*it), columns[i].max_width);
      width[i] = std::max(width[i], Utf8Length(t));
      line.push_back(std::move(t));
    }
    cells.push_back(std::move(line));
  }
  auto write_line = [&](const std::vector<std::string>& line) {
    std::string s;
    for (size_t i = 0; i < line.size(); ++i) {
      s += line[i];
      if (i + 1 < line.size()) s += std::string(width[i] - Utf8Length(line[i]) + 2, ' ');
    }
    out << s << "\n";
  };
  if (rows.empty()) {
    out << "(none)\n";
    return;
  }
  std::vector<std::string> header;
  for (const auto& c : columns) header.push_back(c.header);
  write_line(header);
  for (const auto& line : cells) write_line(line);
}

}  // namespace storytrace
