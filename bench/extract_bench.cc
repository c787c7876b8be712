// Extraction benchmark: HTML pages per second on one core, extraction only.
//
// Usage: bench_extract [--rounds N] BENCH_DIR
// BENCH_DIR is the article-extraction benchmark (its html/ folder of .html.gz pages) or any
// folder of .html/.html.gz files. Pages are read, gunzipped and decoded to UTF-8 once, before
// timing; each round then extracts every page. Prints pages/s and MB/s (of decoded HTML) for
// the median round, so a shared machine's noise in one round does not decide the figure.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "ingest/input_reader.h"

int main(int argc, char** argv) {
  using namespace storytrace;
  int rounds = 5;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rounds" && i + 1 < argc) {
      rounds = std::max(1, std::stoi(argv[++i]));
    } else {
      dir = a;
    }
  }
  if (dir.empty()) {
    std::cerr << "usage: bench_extract [--rounds N] BENCH_DIR\n";
    return 2;
  }
  if (std::filesystem::is_directory(dir + "/html")) dir += "/html";

  std::vector<RawDocument> pages;
  InputReader().Read(
      {dir},
      [&](RawDocument&& d) {
        if (d.format == "html") pages.push_back(std::move(d));
      },
      [](Rejection&& r) { std::cerr << "skipped: " << r.input << ": " << r.reason << "\n"; });
  if (pages.empty()) {
    std::cerr << "bench_extract: no HTML pages in " << dir << "\n";
    return 1;
  }
  size_t bytes = 0;
  for (const auto& p : pages) bytes += p.content.size();

  std::vector<double> seconds;
  size_t body_bytes = 0;  // used, so the extraction cannot be optimised away
  for (int r = 0; r < rounds; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    for (const auto& p : pages) body_bytes += ExtractFromHtml(p.content).body.size();
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(seconds.begin(), seconds.end());
  double s = seconds[seconds.size() / 2];
  std::cout << fmt::format(
      "extract: {} pages, {:.1f} MB of HTML, median of {} rounds {:.3f} s (min {:.3f}, max "
      "{:.3f}): "
      "{:.0f} pages/s, {:.1f} MB/s; {} body bytes\n",
      pages.size(), bytes / 1e6, rounds, s, seconds.front(), seconds.back(), pages.size() / s,
      bytes / 1e6 / s, body_bytes / rounds);
  return 0;
}
