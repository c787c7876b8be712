// The words for a country's people (Gazetteer::LoadDemonyms, Gazetteer::DemonymCountry) and the
// countries' capitals (Gazetteer::MarkCapitals).
#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "entities/gazetteer.h"
#include "text/normalizer.h"

namespace storytrace {

Status Gazetteer::LoadDemonyms(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::Ok();  // optional
  simdjson::ondemand::parser parser;
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json) != simdjson::SUCCESS) {
    return InvalidArgument(path + ": cannot read");
  }
  simdjson::ondemand::document doc;
  simdjson::ondemand::array countries;
  if (parser.iterate(json).get(doc) != simdjson::SUCCESS || doc.get_array().get(countries)) {
    return InvalidArgument(path + ": expected an array of countries");
  }
  for (auto c : countries) {
    simdjson::ondemand::object country;
    if (c.get_object().get(country)) return InvalidArgument(path + ": a country is no object");
    std::string_view iso;
    if (country["cca2"].get_string().get(iso)) continue;
    const std::string code(iso);
    simdjson::ondemand::array capitals;
    if (!country["capital"].get_array().get(capitals)) {
      for (auto capital : capitals) {
        std::string_view name;
        if (!capital.get_string().get(name) && !name.empty()) {
          capitals_.emplace_back(code, std::string(name));
        }
      }
    }
    simdjson::ondemand::object demonyms;
    if (country["demonyms"].get_object().get(demonyms)) continue;
    for (auto lang : demonyms) {  // {"eng": {"f": "American", "m": "American"}, "fra": …}
      std::string_view code3;
      if (lang.unescaped_key().get(code3)) continue;
      const std::string_view code2 = code3 == "eng" ? "en" : code3 == "fra" ? "fr" : "";
      simdjson::ondemand::object forms;
      if (code2.empty() || lang.value().get_object().get(forms)) continue;
      for (auto form : forms) {
        std::string_view word;
        if (form.value().get_string().get(word) || word.empty()) continue;
        auto lang_list = std::find_if(demonyms_.begin(), demonyms_.end(),
                                      [&](const Demonyms& d) { return d.lang == code2; });
        if (lang_list == demonyms_.end()) {
          demonyms_.push_back({std::string(code2), {}, {}});
          lang_list = demonyms_.end() - 1;
        }
        std::string folded = FoldForMatching(word);
        if (const size_t space = folded.find(' '); space != std::string::npos) {
          lang_list->heads.insert(folded.substr(0, space));
        }
        lang_list->countries.emplace(std::move(folded), code);
      }
    }
  }
  return Status::Ok();
}

void Gazetteer::MarkCapitals() {
  for (const auto& [iso, name] : capitals_) {
    if (GazetteerEntry* town = TownNamed(name, iso)) town->major = true;
  }
  capitals_.clear();
  capitals_.shrink_to_fit();
}

const Gazetteer::Demonyms* Gazetteer::DemonymsOf(std::string_view lang) const {
  for (const Demonyms& d : demonyms_) {
    if (d.lang == lang) return &d;
  }
  return nullptr;
}

std::string_view Gazetteer::DemonymCountry(std::string_view lang, const std::string& folded) const {
  const Demonyms* d = DemonymsOf(lang);
  if (d == nullptr) return {};
  auto it = d->countries.find(folded);
  return it == d->countries.end() ? std::string_view() : std::string_view(it->second);
}

bool Gazetteer::BeginsDemonym(std::string_view lang, const std::string& folded) const {
  const Demonyms* d = DemonymsOf(lang);
  return d != nullptr && d->heads.count(folded) > 0;
}

}  // namespace storytrace
