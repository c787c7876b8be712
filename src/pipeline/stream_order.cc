// Stream order of a batch: by publication day, undated articles beside their group's neighbours.
#include "pipeline/stream_order.h"

#include <algorithm>
#include <climits>
#include <unordered_map>
#include <utility>

namespace storytrace {

std::vector<size_t> StreamOrder(const std::vector<StreamItem>& items) {
  const size_t n = items.size();
  constexpr int64_t kUnset = INT64_MIN;
  std::vector<int64_t> day(n, kUnset);
  for (size_t i = 0; i < n; ++i) {
    if (items[i].published) day[i] = *items[i].published / 86400;
  }
  std::vector<int64_t> key = day;
  // The group's dated article before each undated one, then after it.
  std::unordered_map<std::string_view, int64_t> last;
  for (size_t i = 0; i < n; ++i) {
    auto [it, fresh] = last.try_emplace(items[i].group, kUnset);
    if (day[i] != kUnset) {
      it->second = day[i];
    } else {
      key[i] = it->second;
    }
  }
  last.clear();
  for (size_t i = n; i-- > 0;) {
    auto [it, fresh] = last.try_emplace(items[i].group, kUnset);
    if (day[i] != kUnset) {
      it->second = day[i];
    } else if (key[i] == kUnset) {
      key[i] = it->second;
    }
  }
  // Else the batch's dated article before it (or first, at kUnset, when there is none).
  int64_t before = kUnset;
  for (size_t i = 0; i < n; ++i) {
    if (day[i] != kUnset) before = day[i];
    if (key[i] == kUnset) key[i] = before;
  }
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return key[a] < key[b]; });
  return order;
}

std::string InputGroup(std::string_view input, int64_t line) {
  if (line > 0) return std::string(input);
  size_t slash = input.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(input.substr(0, slash));
}

std::string InputGroupOfOrigin(std::string_view origin) {
  // A record's origin ends in ":<line>" (JSONL) or "[<index>]" (a JSON array).
  auto digits_before = [&](size_t end) {
    size_t start = end;
    while (start > 0 && origin[start - 1] >= '0' && origin[start - 1] <= '9') --start;
    return start < end ? start : std::string_view::npos;
  };
  if (!origin.empty() && origin.back() == ']') {
    size_t start = digits_before(origin.size() - 1);
    if (start != std::string_view::npos && start > 0 && origin[start - 1] == '[') {
      return std::string(origin.substr(0, start - 1));
    }
  }
  size_t start = digits_before(origin.size());
  if (start != std::string_view::npos && start > 0 && origin[start - 1] == ':') {
    return std::string(origin.substr(0, start - 1));
  }
  return InputGroup(origin, 0);
}

}  // namespace storytrace
