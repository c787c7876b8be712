// The word lists the mention finder reads names by: particles, roles, organisation and place
// words, articles, conjunctions and prepositions of place; and the shape of a surname.
#include "entities/name_words.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace storytrace {
namespace {

const std::unordered_set<std::string_view>& Particles() {
  static const std::unordered_set<std::string_view> p = {
      "al", "el", "ar", "ad", "ash", "bin", "ibn", "bint", "von", "van", "de", "da", "di",
      "del", "della", "du", "der", "den", "la", "le", "ter", "zu", "dos", "das"};
  return p;
}

const std::unordered_set<std::string_view>& Roles() {
  static const std::unordered_set<std::string_view> r = {
      // de
      "prasident", "prasidentin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin",
      "minister", "ministerin", "aussenminister", "aussenministerin", "verteidigungsminister",
      "verteidigungsministerin", "regierungschef", "regierungschefin", "sprecher", "sprecherin",
      "general", "generalin", "oberst", "burgermeister", "burgermeisterin", "oberburgermeister",
      "oberburgermeisterin", "staatsratin", "staatsrat", "leiter", "leiterin", "chef", "chefin",
      "trainer", "trainerin", "sturmer", "herr", "frau", "dr", "prof", "papst", "konig", "konigin",
      "premierminister", "premierministerin", "senator", "abgeordnete", "abgeordneter",
      "kreisbrandrat", "direktor", "direktorin", "botschafter", "botschafterin", "kommandeur",
      "pilot", "astronaut", "astronautin", "ingenieurin", "ingenieur", "sprecherin", "vorsitzende",
      "vorsitzender", "landrat", "landratin", "anwalt", "anwaltin", "generalmajor",
      "generalleutnant", "generaloberst",
      // en
      "president", "chancellor", "prime", "secretary", "spokesman", "spokeswoman", "spokesperson",
      "mayor", "governor", "senator", "mr", "mrs", "ms", "sir", "lord", "king", "sen", "rep", "gov",
      "gen", "lt", "col", "sgt", "capt", "maj", "rev", "queen", "pope", "colonel", "lieutenant",
      "commander", "coach", "striker", "ambassador", "director", "chairman", "chairwoman", "chief",
      "head", "judge", "deputy", "councillor", "pm", "ceo", "cfo", "coo", "cto", "founder",
      "cofounder",
      // fr / es
      "president", "presidente", "presidenta", "ministre", "ministro", "ministra", "porte",
      "portavoz", "maire", "alcalde", "alcaldesa", "senor", "senora", "monsieur", "madame",
      "general", "entraineur", "entrenador", "directeur", "directrice", "director", "directora",
      "conseillere", "consejera", "candidata", "candidate", "candidat"};
  return r;
}

const std::unordered_set<std::string_view>& CompanyWords() {
  static const std::unordered_set<std::string_view> words = {
      "group", "corp", "corporation", "co", "company", "inc", "ltd", "llc", "plc", "ag", "gmbh",
      "sa", "nv", "bv", "holdings", "holding", "industries", "systems", "technologies",
      "technology", "robotics", "aerospace", "interactive", "machines", "studios", "labs",
      "laboratories", "pharmaceuticals", "pharma", "motors", "networks", "electronics",
      "software", "entertainment", "enterprises", "ventures", "partners", "airlines", "airways",
      "konzern", "gruppe", "groupe", "grupo"};
  return words;
}

// Organisation words, the company words among them (one lookup per token).
const std::unordered_set<std::string_view>& OrgWords() {
  static const std::unordered_set<std::string_view> o = [] {
    std::unordered_set<std::string_view> words = {
      "ministry", "ministerium", "ministere", "ministerio", "party", "partei", "parti",
      "partido", "council", "rat", "conseil", "consejo", "agency", "agentur", "agence",
      "agencia", "army", "armee", "ejercito", "bank", "banque", "banco", "university",
      "universitat", "universite", "universidad", "institute", "institut", "instituto",
      "commission", "kommission", "comision", "office", "amt", "bundesamt", "landesamt",
      "court", "gericht", "cour", "tribunal", "police", "polizei", "policia", "forces",
      "force", "streitkrafte", "fc", "association", "verband", "verein", "union", "news",
      "times", "post", "zeitung", "tribune", "herald", "gazette", "chronicle", "journal",
      "telegraph", "examiner", "courier", "inquirer", "committee", "komitee", "comite", "service",
      "dienst", "club", "federation", "foundation", "stiftung",
      "fondation", "fundacion", "organisation", "organization", "organisation", "navy",
      "corps", "government", "regierung", "gouvernement", "gobierno", "parliament",
      "parlament", "parlement", "senate", "senat", "kremlin", "militia", "miliz", "league",
      "liga", "ligue", "nacional", "national", "airport", "flughafen", "team",
      // companies also by the words IsCompanyWord lists
      "kg", "spa", "srl", "exchange", "werke",
      // public bodies and media by their kind ("Department of Homeland Security", "Drug
      // Enforcement Administration", "Mid-American Conference", "Business Insider")
      "department", "departement", "departamento", "administration", "services", "centers",
      "bureau", "authority", "behorde", "directorate", "board", "embassy", "botschaft",
      "consulate", "conference", "assembly", "network", "radio", "magazine", "insider"};
    words.insert(CompanyWords().begin(), CompanyWords().end());
    return words;
  }();
  return o;
}

const std::unordered_set<std::string_view>& PlaceWords() {
  static const std::unordered_set<std::string_view> p = {
      "forest", "wald", "river", "fluss", "sea", "meer", "mountains", "gebirge", "valley",
      "tal", "lake", "see", "island", "insel", "bay", "gulf", "golf", "strait", "region",
      "province", "provinz", "district", "bezirk", "county", "landkreis", "kanton", "canton",
      "oblast", "state", "mer", "mar", "lac", "lago", "rio", "street", "strasse", "square",
      "platz", "bridge", "brucke", "port", "hafen", "avenue", "avenida", "boulevard", "rue",
      "rua", "calle", "plaza", "praca", "ulica",
      // states ("Weimar Republic", "Weimarer Republik", "Ottoman Empire")
      "republic", "republik", "republique", "republica", "repubblica", "empire",
      // venues
      "arena", "stadium", "stadion", "estadio", "stade", "amphitheatre",
      "amphitheater", "pavilion"};
  return p;
}

const std::unordered_set<std::string_view>& Articles() {
  static const std::unordered_set<std::string_view> a = {
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen",
      "im", "am", "vom", "zum", "zur", "the", "a", "an", "le", "la", "les", "el", "los", "las",
      "un", "une", "una", "du", "au"};
  return a;
}

const std::unordered_set<std::string_view>& Conjunctions() {
  static const std::unordered_set<std::string_view> c = {"und", "and", "et", "y", "oder", "or",
                                                         "ou", "o"};
  return c;
}

const std::unordered_set<std::string_view>& Prepositions() {
  static const std::unordered_set<std::string_view> p = {
      "in", "nach", "aus", "bei", "von", "vor", "um", "nahe", "bis", "gegen", "uber", "durch",
      "zwischen", "nordlich", "sudlich", "ostlich", "westlich", "richtung", "at", "near", "from",
      "to",
      "en", "a", "au", "dans", "pres", "desde", "hacia", "cerca"};
  return p;
}

}  // namespace

bool IsNameParticle(std::string_view folded) { return Particles().count(folded) > 0; }
bool IsOrganisationWord(std::string_view folded) { return OrgWords().count(folded) > 0; }
bool IsLegalForm(std::string_view folded) {
  static const std::unordered_set<std::string_view> forms = {
      "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "gmbh", "sa", "nv", "bv", "se"};
  return forms.count(folded) > 0;
}
bool IsCompanyWord(std::string_view folded) { return CompanyWords().count(folded) > 0; }
bool IsPlaceWord(std::string_view folded) { return PlaceWords().count(folded) > 0; }
bool IsArticleWord(std::string_view folded) { return Articles().count(folded) > 0; }
bool IsCamelCaseBrand(std::string_view word) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (word.size() < 5 || !upper(word[0])) return false;
  for (char c : word) {
    if (!lower(c) && !upper(c)) return false;  // no digits: link codes ("MYwRz9euaq")
  }
  for (std::string_view prefix : {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van",
                                  "Von", "Fitz", "St", "Ja", "Ka", "Ke", "Sha", "Ty"}) {
    if (word.size() > prefix.size() && word.starts_with(prefix) && upper(word[prefix.size()])) {
      return false;
    }
  }
  // The parts between a lower-case letter and a capital: the first a word ("Space", "Pan") or
  // capitals then a word ("VMware", "NGRSenate"), each other a word or capitals ("Work", "X",
  // "ARMENIAN"); not a code's jumble ("XPxUJuyIAC").
  size_t parts = 0;
  for (size_t from = 0; from < word.size();) {
    size_t to = from + 1;
    while (to < word.size() && !(lower(word[to - 1]) && upper(word[to]))) ++to;
    const std::string_view part = word.substr(from, to - from);
    size_t caps = 0;
    while (caps < part.size() && upper(part[caps])) ++caps;
    const size_t lows = part.size() - caps;
    const bool ok = from == 0 ? (caps == 1 && lows >= 1) || (caps >= 2 && lows >= 3)
                              : caps == 1 || lows == 0;
    if (!ok) return false;
    ++parts;
    from = to;
  }
  return parts >= 2 || (upper(word[1]) && lower(word.back()));
}

bool IsCommonAcronym(std::string_view folded) {
  static const std::unordered_set<std::string_view> words = {
      // titles and roles
      "ceo", "cfo", "coo", "cto", "cio", "mvp", "phd", "mba", "vip", "md", "rn", "dj", "hr",
      // measures, economics, money
      "gdp", "gnp", "cpi", "ipo", "roi", "usd", "eur", "gbp", "jpy", "cny", "chf", "rub", "btc",
      "eth", "nft", "etf", "vat", "mph", "kph", "kmh", "rpm", "bpm", "fps", "mpg", "kwh", "mwh",
      "gwh", "psi", "ppm", "ppb", "bce", "aka", "asap", "diy", "faq", "rsvp", "tbd", "eta",
      "fyi", "lol", "omg", "wtf", "usa", "ufo", "sos",
      // time zones
      "gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "mst", "mdt", "bst",
      "ist", "jst", "aest", "mez", "mesz",
      // technology and formats
      "pdf", "html", "url", "api", "usb", "led", "lcd", "oled", "gps", "wifi", "cpu", "gpu",
      "ram", "ssd", "hdd", "dvd", "cd", "tv", "hdtv", "ai", "vr", "ar", "pc", "os", "app", "sms",
      "mms", "dns", "vpn", "http", "https", "www", "jpeg", "jpg", "png", "gif", "mp3", "mp4",
      "suv", "ev", "evs", "awd", "rwd", "fwd", "hvac", "atm", "pin", "id", "iq", "qr", "rss",
      "lte", "wltp", "abs",
      // health and science
      "covid", "sars", "mers", "hiv", "aids", "dna", "rna", "mrna", "pcr", "icu", "ppe", "cpr",
      "adhd", "ptsd", "ocd", "bmi", "std", "sti", "cbd", "thc", "lsd", "mri", "ct", "uv", "co2",
      "ecg", "ekg", "hpv", "lgbt", "lgbtq", "lgbti", "lgbtqi",
      // networks, images, sports, regions, market indices, news jargon
      "gsm", "cdma", "lan", "wan", "vod", "hdr", "dicom", "fhir", "pacs", "bmx", "mma", "mena",
      "apac", "emea", "kospi", "hsi", "dax", "ftse", "djia", "icymi", "jjoo"};
  if (words.count(folded) > 0) return true;
  if (folded.empty()) return false;
  for (char c : folded) {
    if (c != 'i' && c != 'v' && c != 'x' && c != 'l' && c != 'c' && c != 'd' && c != 'm') {
      return false;
    }
  }
  return true;  // a Roman numeral: "XIV"
}

bool IsVenueEnd(std::string_view folded) {
  return folded == "center" || folded == "centre" || folded == "theater" || folded == "theatre";
}
bool IsSettlementWord(std::string_view folded) {
  static const std::unordered_set<std::string_view> words = {
      "stadt", "dorf", "gemeinde", "ortschaft", "ort", "metropole", "kreis", "kreises",
      "landkreises", "ortsteil", "stadtteil", "town", "city", "village",
      "ville", "commune", "ciudad", "localidad", "pueblo", "municipio", "cidade", "vila", "citta", "paese", "comune", "город", "село", "поселок", "деревня"};
  return words.count(folded) > 0 || (folded.size() > 7 && folded.ends_with("stadt"));
}
bool IsConjunctionWord(std::string_view folded) { return Conjunctions().count(folded) > 0; }
bool IsPlacePreposition(std::string_view folded) { return Prepositions().count(folded) > 0; }
bool IsLocativePreposition(std::string_view folded) {
  static const std::unordered_set<std::string_view> p = {"in", "im", "bei", "nahe", "near",
                                                         "dans", "en", "pres", "cerca"};
  return p.count(folded) > 0;
}
bool IsCalendarName(std::string_view lang, std::string_view folded) {
  // Months, weekdays and the feasts named like towns (Christmas Island, Easter Island), folded,
  // of the languages that capitalise them (en, de) or whose sentences may start with one;
  // other languages' names for them are no concern here.
  // Per language, the words as views of the lists below: no string is built for a lookup,
  // which runs for every run of capitalised words.
  static const std::unordered_map<std::string_view, std::unordered_set<std::string_view>> names = [] {
    const std::pair<std::string_view, std::string_view> lists[] = {
        {"en", "january february march april may june july august september october november "
               "december monday tuesday wednesday thursday friday saturday sunday christmas easter"},
        {"de", "januar janner februar marz april mai juni juli august september oktober "
               "november dezember montag dienstag mittwoch donnerstag freitag samstag "
               "sonnabend sonntag weihnachten ostern pfingsten"},
        {"fr", "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre "
               "decembre lundi mardi mercredi jeudi vendredi samedi dimanche noel paques"},
        {"es", "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
               "noviembre diciembre lunes martes miercoles jueves viernes sabado domingo navidad pascua"},
        {"pt", "janeiro fevereiro marco abril maio junho julho agosto setembro outubro "
               "novembro dezembro domingo sabado"},
        {"it", "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
               "novembre dicembre lunedi martedi mercoledi giovedi venerdi sabato domenica natale pasqua"}};
    std::unordered_map<std::string_view, std::unordered_set<std::string_view>> out;
    for (const auto& [code, words] : lists) {
      for (size_t from = 0; from < words.size();) {
        const size_t to = std::min(words.find(' ', from), words.size());
        out[code].insert(words.substr(from, to - from));
        from = to + 1;
      }
    }
    return out;
  }();
  const auto it = names.find(lang);
  return it != names.end() && it->second.count(folded) > 0;
}
bool IsClubWord(std::string_view folded) {
  static const std::unordered_set<std::string_view> words = {
      "united", "city", "real", "atletico", "athletic", "borussia", "bayern", "inter",
      "internazionale", "sporting", "olympique", "olympiacos", "racing", "dynamo", "dinamo",
      "spartak", "lokomotiv", "lokomotiva", "rapid", "hertha", "eintracht", "fortuna", "werder",
      "hansa", "arminia", "alemannia",
      "celtic", "rangers", "wanderers", "rovers", "hotspur", "albion", "fc", "afc", "cf", "sc",
      "sv", "ac", "vfb", "vfl", "tsg", "ssc", "cd", "ud", "rcd", "fk", "nk", "hnk"};
  return words.count(folded) > 0;
}
bool IsEventWord(std::string_view lang, std::string_view folded) {
  static const std::unordered_set<std::string_view> words = {
      // the Games, in every language of the lexicons
      "olympic", "olympics", "olympiad", "paralympic", "paralympics", "olympische",
      "olympischen", "olympischer", "olympisches", "olympiade", "olympiaden", "paralympische",
      "paralympischen", "olympique", "olympiques", "olympiades", "paralympique",
      "paralympiques", "olimpico", "olimpicos", "olimpica", "olimpicas", "olimpiada",
      "olimpiadas", "paralimpico", "paralimpicos", "paralimpica", "paralimpicas", "olimpiadi",
      "olimpijske", "olimpijskih", "olimpijskim", "olimpijski", "olimpijada", "olimpijade",
      "олимпиада", "олимпиады", "олимпиаде", "олимпиаду", "олимпиадой", "олимпийский",
      "олимпийские", "олимпийских", "олимпийской", "олимпийского", "олимпийская",
      "олимпийским", "паралимпийские", "паралимпийских", "паралимпиада", "паралимпиады",
      // games, cups and championships
      "games", "spiele", "jeux", "juegos", "jogos", "giochi", "igre", "iger", "игры", "игр",
      "играх", "cup", "pokal", "coupe", "copa", "coppa", "кубок", "кубка", "championship",
      "championships", "meisterschaft", "weltmeisterschaft", "europameisterschaft",
      "championnat", "championnats", "campeonato", "campionato", "prvenstvo", "чемпионат",
      "чемпионата", "чемпионате", "mondial", "mondiaux", "mundial", "mondiali",
      // races, tournaments and prizes ("Japanese Grand Prix", "Berlin Marathon", "US Open")
      "prix", "premio", "marathon", "marathons", "maraton", "maratona", "марафон", "tour",
      "rally", "rallye", "open", "masters", "slam", "regatta", "trophy", "trophee", "trofeo"};
  for (size_t from = 0; from <= folded.size();) {
    const size_t to = std::min(folded.find('-', from), folded.size());
    const std::string_view part = folded.substr(from, to - from);
    if (words.count(part) > 0 || (lang == "de" && part == "olympia")) return true;
    from = to + 1;
  }
  return false;
}
bool IsSurnameShaped(std::string_view word) {
  return word.find_first_of("-0123456789") == std::string_view::npos;
}

bool IsPersonRole(std::string_view folded_word) {
  static const std::unordered_set<std::string_view> kinship = {
      "wife", "husband", "widow", "widower", "daughter", "brother", "sister", "girlfriend",
      "boyfriend", "fiancee", "fiance", "ehefrau", "gattin", "gatte", "ehemann", "witwe", "witwer",
      "tochter", "bruder", "schwester", "freundin", "lebensgefahrtin", "lebensgefahrte",
      "verlobte", "verlobter", "epouse", "mari", "veuve", "esposa", "esposo", "viuda", "marido",
      "viuva"};
  if (Roles().count(folded_word) || kinship.count(folded_word)) return true;
  // German compounds end in the role: Flugdirektor, Katastrophenschutzminister,
  // Außenamtssprecherin, Fraktionschef (of the short roles, only "chef" ends so many).
  if (folded_word.size() >= 8 && folded_word.ends_with("chef")) return true;
  for (size_t cut = 3; cut + 6 <= folded_word.size(); ++cut) {
    if (Roles().count(folded_word.substr(cut))) return true;
  }
  return false;
}

}  // namespace storytrace
