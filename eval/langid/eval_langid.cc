// Runs storytrace's language identifier, CLD2 alone and fastText alone over evaluation samples.
//
// Usage: storytrace_eval_langid [--data DIR] [--w-short W] [--w-long W] [--min-score S]
//                               [--no-spelling] [--min-alternative P] [--dictionary-accept C]
//                               [--dictionary-full C] [--shortcut-coverage C] [--min-checked-words N]
//                               SAMPLES.jsonl OUT_DIR
// (options of LanguageIdOptions; defaults as there)
// SAMPLES.jsonl holds {"lang", "kind", "text"} per line (see make_snippets.mjs); OUT_DIR gets
// storytrace.jsonl, cld2.jsonl and fasttext.jsonl with {"i": line index, "pred": code}.
// Scoring is done by score.py so that every system, franc included, is scored the same way.
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "core/data_dir.h"
#include "text/language_id.h"

int main(int argc, char** argv) {
  using namespace storytrace;
  std::string data_flag;
  std::vector<std::string> args;
  LanguageIdOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) {
      data_flag = argv[++i];
    } else if (a == "--w-short" && i + 1 < argc) {
      options.fasttext_weight_short = std::stod(argv[++i]);
    } else if (a == "--w-long" && i + 1 < argc) {
      options.fasttext_weight_long = std::stod(argv[++i]);
    } else if (a == "--shortcut-coverage" && i + 1 < argc) {
      options.shortcut_coverage = std::stod(argv[++i]);
    } else if (a == "--min-alternative" && i + 1 < argc) {
      options.min_alternative = std::stod(argv[++i]);
    } else if (a == "--dictionary-accept" && i + 1 < argc) {
      options.dictionary_accept = std::stod(argv[++i]);
    } else if (a == "--dictionary-full" && i + 1 < argc) {
      options.dictionary_full = std::stod(argv[++i]);
    } else if (a == "--min-checked-words" && i + 1 < argc) {
      options.min_checked_words = std::stoul(argv[++i]);
    } else if (a == "--dictionary-margin" && i + 1 < argc) {
      options.dictionary_margin = std::stod(argv[++i]);
    } else if (a == "--no-spelling") {
      options.spelling_check = false;
    } else if (a == "--min-score" && i + 1 < argc) {
      options.min_score = std::stod(argv[++i]);
    } else {
      args.push_back(a);
    }
  }
  if (args.size() != 2) {
    std::cerr << "usage: storytrace_eval_langid [--data DIR] SAMPLES.jsonl OUT_DIR\n";
    return 2;
  }
  auto lid = LanguageIdentifier::Create(FindDataDir(data_flag), options);
  if (!lid.ok()) {
    std::cerr << lid.status().message() << "\n";
    return 1;
  }
  std::ifstream in(args[0]);
  if (!in) {
    std::cerr << "cannot read " << args[0] << "\n";
    return 1;
  }
  std::filesystem::create_directories(args[1]);
  std::ofstream st(args[1] + "/storytrace.jsonl"), cld(args[1] + "/cld2.jsonl"),
      ft(args[1] + "/fasttext.jsonl");
  std::string line;
  size_t i = 0, bytes = 0;
  double t_st = 0, t_cld = 0, t_ft = 0;
  using Clock = std::chrono::steady_clock;
  auto timed = [](double& acc, auto&& fn) {
    auto t0 = Clock::now();
    auto r = fn();
    acc += std::chrono::duration<double>(Clock::now() - t0).count();
    return r;
  };
  for (; std::getline(in, line); ++i) {
    std::string text = nlohmann::json::parse(line).at("text").get<std::string>();
    bytes += text.size();
    auto a = timed(t_st, [&] { return lid.value()->Identify(text); });
    auto b = timed(t_cld, [&] { return lid.value()->IdentifyCld2(text); });
    auto c = timed(t_ft, [&] { return lid.value()->IdentifyFastText(text); });
    st << nlohmann::json{{"i", i}, {"pred", a.lang}}.dump() << "\n";
    cld << nlohmann::json{{"i", i}, {"pred", b.lang}}.dump() << "\n";
    ft << nlohmann::json{{"i", i}, {"pred", c.lang}}.dump() << "\n";
  }
  double mb = bytes / 1e6;
  std::cerr << fmt::format(
      "{} samples, {:.1f} MB: storytrace {:.1f} MB/s, cld2 {:.1f} MB/s, fasttext {:.1f} MB/s\n", i,
      mb, mb / t_st, mb / t_cld, mb / t_ft);
  return 0;
}
