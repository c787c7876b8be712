// Word lists for attribution (folded forms: lower case, no diacritics, ß → ss).
#include "quotes/speech_words.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "entities/mention_finder.h"

namespace storytrace {
namespace {

using WordSet = std::unordered_set<std::string_view>;

const std::unordered_map<std::string_view, CueKind>& Cues() {
  static const auto* m = [] {
    auto* cues = new std::unordered_map<std::string_view, CueKind>;
    for (std::string_view w :
         {// en
          "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "ask", "asks",
          "asked", "state", "states", "stated", "write", "writes", "wrote", "comment", "comments",
          "commented", "recount", "recounts", "recounted", "explain", "explains", "explained",
          "note", "notes", "noted", "warn", "warns", "warned", "insist", "insists", "insisted",
          "argue", "argues", "argued", "claim", "claims", "claimed", "tweet", "tweets", "tweeted",
          "declare", "declares", "declared", "announce", "announces", "announced", "acknowledge",
          "acknowledges", "acknowledged", "admit", "admits", "admitted", "recall", "recalls",
          "recalled", "reply", "replies", "replied", "respond", "responds", "responded", "continue",
          "continues", "continued", "conclude", "concluded", "remark", "remarked", "quip",
          "quipped", "quips", "shout", "shouts", "shouted", "order", "orders", "ordered", "chant",
          "chants", "chanted", "yell", "yelled", "scream", "screamed", "testify", "testifies",
          "testified", "allege", "alleges", "alleged", "assert", "asserts", "asserted", "contend",
          "contends", "contended", "concede", "concedes", "conceded", "confirm", "confirmed",
          "stress", "stressed", "urge", "urges", "urged", "beg", "begged", "plead", "pleaded",
          "predict", "promise", "promised", "describe", "describes", "described", "call", "calls",
          "called", "blast", "blasted", "vow", "vowed", "joke", "joked", "reiterate", "reiterated",
          "boast", "boasted", "complain", "complained", "lament", "lamented", "exclaim",
          "exclaimed", "cried", "demand", "demanded", "deny", "denied", "counter", "countered",
          "emphasize", "emphasized", "emphasise", "emphasised", "observe", "observed", "maintain",
          "maintained", "wonder", "wondered", "mused", "sighed", "texted", "emailed", "whispered",
          "repeated", "agreed", "suggested", "hoped", "reported", "reports", "besagt",
          // de
          "sagte", "sagt", "sagten", "sagen", "gesagt", "erklarte", "erklart", "erklarten",
          "betonte", "betont", "meinte", "meint", "fragte", "fragt", "warnte", "warnt", "schrieb",
          "schreibt", "hiess", "heisst", "teilte", "kundigte", "fugte", "berichtete", "berichtet",
          "erganzte", "erganzt", "bekraftigte", "unterstrich", "versicherte", "kritisierte",
          "forderte", "fordert", "rief", "versprach", "mahnte", "raumte", "raumt", "nannte",
          "nennt", "bemerkte", "behauptete", "behauptet", "ausserte", "antwortete", "hervor",
          "bestatigte", "bestatigt", "bestatigten", "mitgeteilt", "twitterte", "schilderte",
          "sprach",
          // fr
          "declare", "dit", "affirme", "ajoute", "indique", "explique", "souligne", "estime",
          "assure", "lance", "reconnu", "reconnait", "reagi", "poursuivi", "confie", "raconte",
          "precise", "insiste", "martele", "temoigne", "commente", "resume", "promis", "annonce",
          "deplore", "avertit", "averti",
          // es
          "dijo", "afirmo", "declaro", "anadio", "explico", "senalo", "aseguro", "indico",
          "reconocio", "manifesto", "advirtio", "sostuvo", "subrayo", "apunto", "comento", "agrego",
          "destaco", "insistio", "relato", "conto", "admitio", "prometio", "anuncio", "pregunto",
          "dice", "afirma", "explica", "asegura", "escribio", "escribe", "sostiene", "agrega",
          "anade", "declara"}) {
      (*cues)[w] = CueKind::kVerb;
    }
    for (std::string_view w :
         {"saying",     "adding",        "telling",    "noting",    "warning",    "calling",
          "asking",     "declaring",     "writing",    "insisting", "arguing",    "explaining",
          "stating",    "tweeting",      "urging",     "claiming",  "stressing",  "announcing",
          "describing", "acknowledging", "recalling",  "ajoutant",  "expliquant", "affirmant",
          "estimant",   "declarant",     "soulignant", "diciendo",  "anadiendo",  "agregando",
          "explicando", "asegurando"}) {
      (*cues)[w] = CueKind::kParticiple;
    }
    for (std::string_view w : {"according", "laut", "selon", "segun", "so", "angaben"}) {
      (*cues)[w] = CueKind::kSourceAfter;
    }
    (*cues)["zufolge"] = CueKind::kSourceBefore;
    for (std::string_view w : {"announcement", "statement", "remarks", "tweet", "letter", "speech",
                               "testimony", "words", "message"}) {
      cues->emplace(w, CueKind::kSpeechNoun);  // "tweet" stays a verb
    }
    return cues;
  }();
  return *m;
}

// English verbs of telling, urging and calling, whose subject does not follow them after a
// quotation (their listener or object does); every other speech verb may have its subject there.
const WordSet& EnglishNonInverting() {
  static const WordSet s = {"tell",      "tells",     "told",     "urge",    "urges",
                            "urged",     "call",      "calls",    "called",  "describe",
                            "describes", "described", "ask",      "beg",     "begged",
                            "blast",     "blasted",   "promised", "demanded"};
  return s;
}

const std::unordered_map<std::string_view, NounKind>& Nouns() {
  static const auto* m = [] {
    auto* nouns = new std::unordered_map<std::string_view, NounKind>;
    auto add = [&](NounKind k, std::initializer_list<std::string_view> ws) {
      for (std::string_view w : ws) (*nouns)[w] = k;
    };
    add(NounKind::kDocument,
        {"statement",  "statements",       "release",    "letter",     "report",
         "email",      "e-mail",           "tweet",      "post",       "memo",
         "communique", "filing",           "complaint",  "indictment", "lawsuit",
         "affidavit",  "document",         "documents",  "records",    "message",
         "notice",     "announcement",     "transcript", "response",   "reply",
         "answer",     "antwort",          "anfrage",    "survey",     "study",
         "poll",       "analysis",         "review",     "erklarung",  "stellungnahme",
         "mitteilung", "pressemitteilung", "bericht",    "brief",      "schreiben",
         "kommunique", "declaration",      "rapport",    "lettre",     "comunicado",
         "nota",       "informe",          "carta",      "declaracion"});
    add(NounKind::kSpokesperson,
        {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen",
         "sprecher", "sprecherin", "porte-parole", "portavoz", "vocero", "vocera"});
    add(NounKind::kInstitution,
        {"ministry",    "department",  "agency",         "government",
         "police",      "military",    "army",           "company",
         "firm",        "office",      "administration", "commission",
         "committee",   "council",     "court",          "embassy",
         "union",       "party",       "organization",   "organisation",
         "board",       "bureau",      "authority",      "authorities",
         "prosecutors", "prosecution", "investigators",  "coalition",
         "alliance",    "group",       "club",           "league",
         "federation",  "association", "foundation",     "institute",
         "university",  "bank",        "kremlin",        "pentagon",
         "ministerium", "regierung",   "polizei",        "armee",
         "behorde",     "amt",         "kommando",       "staatsanwaltschaft",
         "unternehmen", "konzern",     "firma",          "verband",
         "partei",      "gericht",     "koalition",      "militar",
         "verein",      "ministere",   "gouvernement",   "gobierno",
         "ministerio",  "policia",     "ejercito",       "empresa",
         "entidad",     "equipo",      "equipe"});
    add(NounKind::kPersonRole, {"coach",       "singer",      "guitarist",     "player",
                                "striker",     "manager",     "president",     "governor",
                                "senator",     "minister",    "chief",         "lawyer",
                                "attorney",    "analyst",     "expert",        "economist",
                                "scientist",   "researcher",  "professor",     "doctor",
                                "physician",   "teacher",     "officer",       "commander",
                                "general",     "leader",      "chairman",      "chairwoman",
                                "ceo",         "founder",     "director",      "administrator",
                                "democrat",    "republican",  "conservative",  "liberal",
                                "briton",      "american",    "frenchman",     "frenchwoman",
                                "german",      "russian",     "israeli",       "palestinian",
                                "ukrainian",   "chinese",     "canadian",      "australian",
                                "m",           "mme",         "mlle",          "sr",
                                "sra",         "dr",          "prof",          "actor",
                                "actress",     "star",        "rapper",        "musician",
                                "artist",      "writer",      "comedian",      "host",
                                "anchor",      "reporter",    "journalist",    "editor",
                                "producer",    "designer",    "photographer",  "athlete",
                                "quarterback", "goalkeeper",  "defender",      "veteran",
                                "scholar",     "historian",   "lecturer",      "student",
                                "nurse",       "surgeon",     "pastor",        "priest",
                                "ambassador",  "secretary",   "mayor",         "judge",
                                "author",      "official",    "witness",       "victim",
                                "resident",    "man",         "woman",         "user",
                                "source",      "member",      "activist",      "captain",
                                "owner",       "executive",   "sergeant",      "deputy",
                                "envoy",       "diplomat",    "negotiator",    "candidate",
                                "lawmaker",    "congressman", "congresswoman", "militarchef",
                                "chef",        "polizist",    "sanger",        "sangerin",
                                "spieler",     "arzt",        "arztin",        "experte",
                                "expertin",    "zeuge",       "zeugin",        "anwalt",
                                "anwaltin",    "nutzer",      "bewohner",      "joueur",
                                "joueuse",     "entraineur",  "conseiller",    "conseillere",
                                "ministre",    "responsable", "politologue",   "chercheur",
                                "chercheuse",  "medecin",     "maire",         "avocat",
                                "avocate",     "ministro",    "ministra",      "jugador",
                                "jugadora",    "entrenador",  "presidente",    "presidenta",
                                "alcalde",     "alcaldesa",   "experto",       "experta",
                                "medico",      "abogado",     "abogada",       "secretario",
                                "secretaria",  "secretaire",  "futbolista",    "delantero",
                                "portero",     "attaquant",   "gardien",       "sturmer",
                                "torwart"});
    add(NounKind::kPeople,
        {"teachers",      "protesters",   "demonstrators", "users",      "residents",
         "fans",          "people",       "officials",     "witnesses",  "doctors",
         "physicians",    "researchers",  "scientists",    "experts",    "analysts",
         "critics",       "supporters",   "lawmakers",     "students",   "workers",
         "activists",     "parents",      "voters",        "officers",   "sources",
         "observers",     "diplomats",    "neighbors",     "neighbours", "relatives",
         "friends",       "organizers",   "organisers",    "guards",     "investors",
         "economists",    "traders",      "passengers",    "patients",   "locals",
         "villagers",     "legislators",  "senators",      "citizens",   "migrants",
         "refugees",      "survivors",    "victims",       "families",   "executives",
         "employees",     "staffers",     "members",       "leaders",    "soldiers",
         "troops",        "militants",    "rebels",        "farmers",    "customers",
         "consumers",     "shoppers",     "players",       "lawyers",    "attorneys",
         "demonstranten", "anwohner",     "experten",      "aktivisten", "beamte",
         "manifestants",  "manifestantes"});
    return nouns;
  }();
  return *m;
}

// Compound heads that give a German compound its kind (Verteidigungsministerium).
constexpr std::string_view kCompoundHeads[] = {
    "ministerium", "regierung",     "polizei",    "behorde", "kommando", "staatsanwaltschaft",
    "erklarung",   "stellungnahme", "mitteilung", "bericht", "sprecher", "sprecherin",
    "chef",        "koalition",     "partei",     "gericht", "verband",  "armee"};

}  // namespace

CueKind CueOf(std::string_view folded) {
  auto it = Cues().find(folded);
  return it == Cues().end() ? CueKind::kNone : it->second;
}

bool Inverts(std::string_view folded) { return !EnglishNonInverting().count(folded); }

PronounKind PronounOf(std::string_view folded) {
  // French inversion glued to its verb: "a-t-il", "dit-elle".
  if (size_t dash = folded.rfind('-'); dash != std::string_view::npos && dash > 0) {
    std::string_view tail = folded.substr(dash + 1);
    if (tail == "il" || tail == "elle") return PronounKind::kPerson;
    if (tail == "ils" || tail == "elles") return PronounKind::kPlural;
  }
  static const std::unordered_map<std::string_view, PronounKind> m = {
      {"he", PronounKind::kPerson},
      {"she", PronounKind::kPerson},
      {"er", PronounKind::kPerson},
      {"sie", PronounKind::kPerson},
      {"il", PronounKind::kPerson},
      {"elle", PronounKind::kPerson},
      {"ella", PronounKind::kPerson},
      {"they", PronounKind::kPlural},
      {"ils", PronounKind::kPlural},
      {"elles", PronounKind::kPlural},
      {"ellos", PronounKind::kPlural},
      {"ellas", PronounKind::kPlural},
      {"it", PronounKind::kThing},
      {"es", PronounKind::kThing},
      {"i", PronounKind::kFirstPerson},
      {"we", PronounKind::kFirstPerson},
      {"ich", PronounKind::kFirstPerson},
      {"wir", PronounKind::kFirstPerson},
      {"je", PronounKind::kFirstPerson},
      {"nous", PronounKind::kFirstPerson},
      {"yo", PronounKind::kFirstPerson},
      {"nosotros", PronounKind::kFirstPerson},
      {"everyone", PronounKind::kIndefinite},
      {"everybody", PronounKind::kIndefinite},
      {"someone", PronounKind::kIndefinite},
      {"somebody", PronounKind::kIndefinite},
      {"nobody", PronounKind::kIndefinite},
      {"anyone", PronounKind::kIndefinite},
      {"jemand", PronounKind::kIndefinite},
      {"niemand", PronounKind::kIndefinite}};
  auto it = m.find(folded);
  return it == m.end() ? PronounKind::kNone : it->second;
}

std::string_view NounHead(std::string_view folded) {
  if (Nouns().count(folded)) return folded;
  for (std::string_view head : kCompoundHeads) {
    if (folded.size() >= head.size() + 3 && folded.ends_with(head)) {
      return folded.substr(folded.size() - head.size());
    }
  }
  return folded;
}

NounKind NounOf(std::string_view folded) {
  auto it = Nouns().find(NounHead(folded));
  if (it != Nouns().end()) return it->second;
  // "the 35-year-old", "der 71-Jährige".
  if (folded.ends_with("-year-old") || folded.ends_with("-jahrige") ||
      folded.ends_with("-jahriger")) {
    return NounKind::kPersonRole;
  }
  return IsPersonRole(folded) ? NounKind::kPersonRole : NounKind::kNone;
}

bool IsDeterminer(std::string_view folded, bool* definite) {
  static const WordSet def = {
      "the", "this", "that", "these", "those", "der", "die", "das", "den", "dem", "des", "le", "la",
      "les", "l", "el", "los", "las", "lo", "jene", "diese", "dieser", "dieses",
      // possessives: "his lawyer", "sein Anwalt"
      "his", "her", "its", "their", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre",
      "ihrem", "ihren", "ihrer", "son", "sa", "ses", "su", "sus"};
  static const WordSet indef = {"a",    "an",    "one",   "another", "some",  "ein",
                                "eine", "einer", "einem", "einen",   "eines", "un",
                                "une",  "una",   "uno",   "unos",    "unas"};
  if (def.count(folded)) {
    *definite = true;
    return true;
  }
  *definite = false;
  return indef.count(folded) > 0;
}

bool IsAdverbBetween(std::string_view folded) {
  static const WordSet s = {
      "later",        "also",       "then",     "again",   "has",        "had",        "have",
      "would",        "will",       "did",      "does",    "previously", "repeatedly", "reportedly",
      "allegedly",    "further",    "since",    "once",    "quickly",    "simply",     "just",
      "first",        "still",      "recently", "earlier", "publicly",   "privately",  "initially",
      "subsequently", "ultimately", "finally",  "often",   "hat",        "hatte",      "habe",
      "auch",         "noch",       "bereits",  "spater",  "dann",       "erneut",     "zudem",
      "jedoch",       "ebenfalls",  "zuletzt",  "nun",     "jetzt",      "a",          "ont",
      "avait",        "aussi",      "ha",       "han",     "habia",      "tambien"};
  return s.count(folded) > 0;
}

bool IsPreposition(std::string_view folded) {
  static const WordSet s = {
      "in",      "on",        "at",       "to",     "from",       "with",    "by",     "for",
      "of",      "about",     "against",  "during", "after",      "before",  "near",   "into",
      "over",    "under",     "between",  "among",  "despite",    "through", "within", "without",
      "toward",  "towards",   "like",     "via",    "per",        "along",   "across", "around",
      "amid",    "beside",    "behind",   "beyond", "throughout", "upon",    "onto",   "inside",
      "outside", "following", "than",     "im",     "an",         "am",      "auf",    "aus",
      "bei",     "beim",      "mit",      "nach",   "von",        "vom",     "vor",    "zu",
      "zum",     "zur",       "uber",     "unter",  "gegen",      "fur",     "durch",  "ohne",
      "wahrend", "seit",      "zwischen", "au",     "aux",        "de",      "du",     "en",
      "dans",    "sur",       "pour",     "par",    "avec",       "chez",    "al",     "del",
      "con",     "por",       "para",     "sin",    "sobre",      "entre"};
  return s.count(folded) > 0;
}

bool IsSubordinator(std::string_view folded) {
  static const WordSet s = {
      "when", "while",  "although", "though", "because", "since",  "if",      "unless", "as",
      "once", "until",  "whether",  "where",  "after",   "before", "whereas", "wenn",   "als",
      "weil", "obwohl", "nachdem",  "quand",  "lorsque", "parce",  "cuando",  "aunque", "porque"};
  return s.count(folded) > 0;
}

bool IsCalendarWord(std::string_view folded) {
  static const WordSet s = {
      "monday",   "tuesday",    "wednesday", "thursday", "friday",   "saturday", "sunday",
      "january",  "february",   "march",     "april",    "may",      "june",     "july",
      "august",   "september",  "october",   "november", "december", "jan.",     "feb.",
      "aug.",     "sept.",      "oct.",      "nov.",     "dec.",     "montag",   "dienstag",
      "mittwoch", "donnerstag", "freitag",   "samstag",  "sonntag"};
  return s.count(folded) > 0;
}

bool IsNamingWord(std::string_view folded) {
  static const WordSet s = {
      "term",       "terms",       "word",        "words",     "phrase",   "slogan",
      "tagline",    "motto",       "hashtag",     "nickname",  "dubbed",   "nicknamed",
      "known",      "so-called",   "titled",      "entitled",  "named",    "labelled",
      "labeled",    "branded",     "song",        "songs",     "album",    "book",
      "film",       "movie",       "show",        "series",    "single",   "hits",
      "sogenannte", "sogenannten", "sogenannter", "begriff",   "wort",     "schlagwort",
      "titel",      "lied",        "slogans",     "surnommee", "surnomme", "baptisee",
      "baptise",    "apodado",     "apodada",     "llamada",   "llamado",  "conocida",
      "conocido",   "genannte",    "genannten",   "genannt"};
  return s.count(folded) > 0;
}

}  // namespace storytrace
