// The words for a country's people (Gazetteer::LoadDemonyms, Gazetteer::DemonymCountry).
#include <simdjson.h>

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
        demonyms_.emplace(std::string(code2) + '\t' + FoldForMatching(word), code);
      }
    }
  }
  return Status::Ok();
}

std::string Gazetteer::DemonymCountry(std::string_view lang, const std::string& folded) const {
  if (demonyms_.empty()) return {};
  std::string k;
  k.reserve(lang.size() + 1 + folded.size());
  k.append(lang).append(1, '\t').append(folded);
  auto it = demonyms_.find(k);
  return it == demonyms_.end() ? std::string() : it->second;
}

}  // namespace storytrace
