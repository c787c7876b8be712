// Runs storytrace's language identifier, CLD2 alone and fastText alone over evaluation samples.
//
// Usage: storytrace_eval_langid [--data DIR] [options of LanguageIdOptions, see --help]
//                               SAMPLES.jsonl OUT_DIR
// SAMPLES.jsonl holds {"lang", "kind", "text"} per line (see make_snippets.mjs); OUT_DIR gets
// storytrace.jsonl, cld2.jsonl and fasttext.jsonl with {"i": line index, "pred": code}.
// Scoring is done by score.py so that every system, franc included, is scored the same way.
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "core/data_dir.h"
#include "text/language_id.h"

int main(int argc, char** argv) {
  using namespace storytrace;
  LanguageIdOptions options;
  std::string data_flag, samples_path, out_dir;
  CLI::App app{"Runs storytrace's language identifier, CLD2 alone and fastText alone over "
               "evaluation samples (options of LanguageIdOptions; defaults as there)"};
  app.add_option("--data", data_flag, "data directory");
  app.add_option("--w-short", options.fasttext_weight_short,
                 "fastText's weight on texts under 100 letters")->capture_default_str();
  app.add_option("--w-long", options.fasttext_weight_long, "... on longer texts")
      ->capture_default_str();
  app.add_option("--min-score", options.min_score, "below this combined score: und")
      ->capture_default_str();
  app.add_flag("!--no-spelling", options.spelling_check, "no spelling-dictionary check");
  app.add_option("--min-alternative", options.min_alternative,
                 "combined score an alternative needs to be checked")->capture_default_str();
  app.add_option("--dictionary-accept", options.dictionary_accept,
                 "coverage at which a dictionary accepts a text")->capture_default_str();
  app.add_option("--dictionary-margin", options.dictionary_margin,
                 "coverage lead that lets an alternative win")->capture_default_str();
  app.add_option("--dictionary-full", options.dictionary_full,
                 "coverage that overrules a winner without a dictionary")->capture_default_str();
  app.add_option("--shortcut-coverage", options.shortcut_coverage,
                 "coverage that settles a conclusive CLD2 answer")->capture_default_str();
  app.add_option("--min-checked-words", options.min_checked_words,
                 "fewest words the spelling check reads")->capture_default_str();
  app.add_option("samples", samples_path, "SAMPLES.jsonl")->required();
  app.add_option("out_dir", out_dir, "OUT_DIR")->required();
  CLI11_PARSE(app, argc, argv);
  auto lid = LanguageIdentifier::Create(FindDataDir(data_flag), options);
  if (!lid.ok()) {
    std::cerr << lid.status().message() << "\n";
    return 1;
  }
  std::ifstream in(samples_path);
  if (!in) {
    std::cerr << "cannot read " << samples_path << "\n";
    return 1;
  }
  std::filesystem::create_directories(out_dir);
  std::ofstream st(out_dir + "/storytrace.jsonl"), cld(out_dir + "/cld2.jsonl"),
      ft(out_dir + "/fasttext.jsonl");
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
