// dictd index lines are "headword<TAB>offset<TAB>length" with base-64 numbers into the
// (dictzip = gzip-compatible) data file; each entry starts with its headword line.
#include "dedup/freedict.h"

#include <zlib.h>

#include <fstream>
#include <sstream>

namespace storytrace {
namespace {

// dictd's base-64 number encoding.
bool DecodeB64(const std::string& s, uint64_t* out) {
  static const std::string kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  uint64_t v = 0;
  for (char c : s) {
    size_t d = kAlphabet.find(c);
    if (d == std::string::npos) return false;
    v = v * 64 + d;
  }
  *out = v;
  return !s.empty();
}

Result<std::string> ReadGz(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return NotFound("cannot open " + path);
  std::string data;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) data.append(buf, n);
  bool failed = n < 0;
  gzclose(f);
  if (failed) return IoError("cannot decompress " + path);
  return data;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// Removes <…>, […], (…) and {…} annotations.
std::string StripAnnotations(const std::string& s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '<' || c == '[' || c == '(' || c == '{') {
      ++depth;
    } else if ((c == '>' || c == ']' || c == ')' || c == '}') && depth > 0) {
      --depth;
    } else if (depth == 0) {
      out += c;
    }
  }
  return out;
}

bool IsTranslationLine(const std::string& trimmed) {
  if (trimmed.empty() || trimmed[0] == '"') return false;
  for (const char* skip : {"Synonym", "Antonym", "Note:", "see:", "Usage:", "Hypernym",
                           "Hyponym", "Example:"}) {
    if (trimmed.rfind(skip, 0) == 0) return false;
  }
  return true;
}

}  // namespace

Result<std::vector<DictPair>> ReadDictd(const std::string& base) {
  std::ifstream index(base + ".index");
  if (!index) return NotFound("cannot open " + base + ".index");
  auto data = ReadGz(base + ".dict.dz");
  if (!data.ok()) data = ReadGz(base + ".dict");
  if (!data.ok()) return data.status();
  const std::string& dict = data.value();
  std::vector<DictPair> pairs;
  std::string line;
  while (std::getline(index, line)) {
    size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos) continue;
    std::string head = Trim(line.substr(0, t1));
    if (head.empty() || head.rfind("00database", 0) == 0 || head.rfind("00-database", 0) == 0) {
      continue;
    }
    uint64_t off, len;
    if (!DecodeB64(line.substr(t1 + 1, t2 - t1 - 1), &off) ||
        !DecodeB64(line.substr(t2 + 1), &len) || off + len > dict.size()) {
      continue;
    }
    std::istringstream entry(dict.substr(off, len));
    std::string l;
    std::getline(entry, l);  // the headword line (with pronunciation and grammar)
    while (std::getline(entry, l)) {
      std::string trimmed = Trim(l);
      if (!IsTranslationLine(trimmed)) continue;
      std::string items = StripAnnotations(trimmed);
      // A further headword line inside the entry ("Herr Bürgermeister /hˈɛɾ …/"): skip.
      if (std::string t = Trim(items); t.find(" /") != std::string::npos && t.back() == '/') {
        continue;
      }
      size_t start = 0;
      while (start <= items.size()) {
        size_t end = items.find_first_of(",;", start);
        if (end == std::string::npos) end = items.size();
        std::string item = Trim(items.substr(start, end - start));
        if (!item.empty()) pairs.push_back({head, item});
        start = end + 1;
      }
    }
  }
  return pairs;
}

std::string Iso1FromFreeDict(const std::string& iso3) {
  static const std::pair<const char*, const char*> kCodes[] = {
      {"deu", "de"}, {"eng", "en"}, {"fra", "fr"}, {"spa", "es"}, {"rus", "ru"}, {"por", "pt"},
      {"ita", "it"}, {"nld", "nl"}, {"pol", "pl"}, {"swe", "sv"}, {"ces", "cs"}, {"dan", "da"},
      {"fin", "fi"}, {"ell", "el"}, {"hun", "hu"}, {"tur", "tr"}, {"ara", "ar"}, {"jpn", "ja"},
      {"bul", "bg"}, {"hrv", "hr"}, {"srp", "sr"}, {"slv", "sl"}, {"ukr", "uk"}, {"nor", "no"},
      {"nob", "nb"}, {"lat", "la"}, {"gle", "ga"}, {"cym", "cy"}, {"kur", "ku"}, {"hin", "hi"}};
  for (const auto& [a, b] : kCodes) {
    if (iso3 == a) return b;
  }
  return {};
}

}  // namespace storytrace
