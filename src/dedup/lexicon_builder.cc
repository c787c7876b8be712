// FreeDict → lexicon files.
#include "dedup/lexicon_builder.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "dedup/freedict.h"
#include "dedup/lexicon.h"
#include "text/normalizer.h"
#include "text/stemmer.h"

namespace storytrace {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

// Content words of a dictionary phrase, folded and stemmed; at most 3 words per phrase (longer
// ones are explanations, not translations).
std::vector<std::string> ContentStems(const std::string& phrase, const std::string& lang,
                                      const Stopwords& stopwords) {
  std::vector<std::string> words, out;
  std::string cur;
  auto flush = [&]() {
    if (!cur.empty()) words.push_back(cur);
    cur.clear();
  };
  for (char c : phrase) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalnum(u) && c != '\'') {
      flush();
    } else {
      cur += c;
    }
  }
  flush();
  // A trailing function word is a complement ("have the right to", "sich kümmern um"), not a
  // sign of an explanation.
  while (!words.empty() && stopwords.Contains(lang, FoldForMatching(words.back()))) words.pop_back();
  if (words.empty() || words.size() > 3) return out;
  for (const std::string& w : words) {
    std::string f = FoldForMatching(w);
    if (f.size() < 2 || stopwords.Contains(lang, f)) continue;
    out.push_back(Stem(f, lang));
  }
  return out;
}

void AddPairs(const std::vector<DictPair>& dict, bool inverted, const std::string& src,
              const std::string& tgt, const Stopwords& stopwords, Pairs* out) {
  for (const DictPair& p : dict) {
    const std::string& s = inverted ? p.translation : p.headword;
    const std::string& t = inverted ? p.headword : p.translation;
    std::vector<std::string> ss = ContentStems(s, src, stopwords);
    if (ss.size() != 1) continue;  // the source side must be one word
    for (std::string& ts : ContentStems(t, tgt, stopwords)) out->emplace_back(ss[0], ts);
  }
}

}  // namespace

Result<std::vector<DictPair>> ReadWordPairs(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFound("cannot open " + path);
  std::vector<DictPair> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size()) continue;
    out.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return out;
}

Result<std::vector<LexiconBuildReport>> BuildLexicons(const std::string& dictd_dir,
                                                      const std::string& out_dir,
                                                      const Stopwords& stopwords,
                                                      const std::string& pairs_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  static const std::regex kName(R"(freedict-([a-z]{3})-([a-z]{3})\.index)");
  std::map<std::pair<std::string, std::string>, std::string> bases;  // (x, y) → path base
  for (const auto& e : fs::directory_iterator(dictd_dir, ec)) {
    std::smatch m;
    std::string name = e.path().filename().string();
    if (!std::regex_match(name, m, kName)) continue;
    std::string x = Iso1FromFreeDict(m[1]), y = Iso1FromFreeDict(m[2]);
    if (x.empty() || y.empty()) continue;
    std::string path = e.path().string();
    bases[{x, y}] = path.substr(0, path.size() - 6);
  }
  if (ec) return IoError("cannot read " + dictd_dir + ": " + ec.message());
  if (bases.empty()) return NotFound("no FreeDict dictionaries in " + dictd_dir);
  fs::create_directories(out_dir, ec);
  if (ec) return IoError("cannot create " + out_dir + ": " + ec.message());

  std::map<std::string, std::vector<DictPair>> loaded;
  auto dict = [&](const std::string& base) -> Result<const std::vector<DictPair>*> {
    auto it = loaded.find(base);
    if (it == loaded.end()) {
      auto r = ReadDictd(base);
      if (!r.ok()) return r.status();
      it = loaded.emplace(base, std::move(r.value())).first;
    }
    return &it->second;
  };
  // Word-pair files, by direction.
  std::map<std::pair<std::string, std::string>, std::vector<DictPair>> extra;
  if (!pairs_dir.empty()) {
    static const std::regex kPairs(R"(([a-z]{2})-([a-z]{2})\.tsv)");
    for (const auto& e : fs::directory_iterator(pairs_dir, ec)) {
      std::smatch m;
      std::string name = e.path().filename().string();
      if (!std::regex_match(name, m, kPairs)) continue;
      auto r = ReadWordPairs(e.path().string());
      if (!r.ok()) return r.status();
      extra[{m[1], m[2]}] = std::move(r.value());
    }
    if (ec) return IoError("cannot read " + pairs_dir + ": " + ec.message());
  }
  // Every source serves its direction and, inverted, the opposite one.
  std::set<std::pair<std::string, std::string>> directions;
  auto both_ways = [&](const std::pair<std::string, std::string>& xy) {
    directions.insert(xy);
    directions.insert({xy.second, xy.first});
  };
  for (const auto& [xy, base] : bases) both_ways(xy);
  for (const auto& [xy, pairs] : extra) both_ways(xy);
  std::vector<LexiconBuildReport> reports;
  for (const auto& [src, tgt] : directions) {
    Pairs pairs;
    if (auto it = bases.find({src, tgt}); it != bases.end()) {
      auto d = dict(it->second);
      if (!d.ok()) return d.status();
      AddPairs(*d.value(), false, src, tgt, stopwords, &pairs);
    }
    if (auto it = bases.find({tgt, src}); it != bases.end()) {
      auto d = dict(it->second);
      if (!d.ok()) return d.status();
      AddPairs(*d.value(), true, src, tgt, stopwords, &pairs);
    }
    // Word pairs only fill the dictionaries' gaps: a word the dictionaries translate keeps
    // their senses (a word translated alone, "llama" → "calls", is often the wrong one).
    Pairs more;
    if (auto it = extra.find({src, tgt}); it != extra.end()) {
      AddPairs(it->second, false, src, tgt, stopwords, &more);
    }
    if (auto it = extra.find({tgt, src}); it != extra.end()) {
      AddPairs(it->second, true, src, tgt, stopwords, &more);
    }
    if (!more.empty()) {
      std::set<std::string> known;
      for (const auto& p : pairs) known.insert(p.first);
      for (auto& p : more) {
        if (!known.count(p.first)) pairs.push_back(std::move(p));
      }
    }
    LexiconBuildReport r;
    r.file = src + "-" + tgt + ".lex";
    r.pairs = pairs.size();
    std::set<std::string> heads;
    for (const auto& p : pairs) heads.insert(p.first);
    r.entries = heads.size();
    if (Status s = WriteLexicon((fs::path(out_dir) / r.file).string(), src, tgt, pairs); !s.ok()) {
      return s;
    }
    reports.push_back(r);
  }
  return reports;
}

}  // namespace storytrace
