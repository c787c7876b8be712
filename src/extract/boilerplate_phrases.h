// Phrase tables for line rules: what page furniture says, in the languages storytrace reads.
// All lower case; whole-line phrases are matched with trailing punctuation removed.
#ifndef STORYTRACE_EXTRACT_BOILERPLATE_PHRASES_H_
#define STORYTRACE_EXTRACT_BOILERPLATE_PHRASES_H_

#include <string_view>

namespace storytrace {

// Whole lines of user-interface text: buttons, section labels, widget headings.
inline constexpr std::string_view kUiPhrases[] = {
    // English
    "loading", "share", "share this", "share this article", "share this story", "tweet",
    "leave a reply", "leave a comment", "comments", "comment", "no comments", "read more",
    "read also", "see also", "related", "related articles", "related stories", "advertisement",
    "advert", "advertising", "sponsored", "sponsored content", "subscribe", "newsletter", "sign up",
    "follow us", "print", "email", "e-mail", "back to top", "continue reading", "most read",
    "top stories", "click here", "cookie settings", "accept cookies", "all rights reserved", "tags",
    "text size", "this slideshow requires javascript", "tell us what you think",
    "like this story? share it with a friend", "to read the full story", "don't miss",
    "you may also like", "you might also like", "more stories", "recommended for you", "categories",
    "archives", "listen to this article", "print this article", "email this article",
    "log in to comment", "sign in to comment", "was this article helpful",
    "did you like this article", "give feedback", "accept all cookies",
    // German
    "kommentare", "kommentar", "kommentar schreiben", "lesen sie auch", "weiterlesen",
    "mehr zum thema", "anzeige", "werbung", "teilen", "drucken", "nach oben", "meistgelesen",
    "artikel teilen", "alle rechte vorbehalten", "schlagworte", "jetzt teilen",
    "auf facebook teilen", "per e-mail teilen", "das könnte sie auch interessieren",
    "auch interessant", "zum thema", "weitere artikel", "zur startseite", "artikel merken",
    "merken", "bildergalerie", "fotostrecke", "newsletter abonnieren", "jetzt abonnieren",
    "artikel vorlesen", "vorlesen", "kommentieren", "zu den kommentaren", "leserkommentare",
    "mehr erfahren", "hier klicken", "kategorien", "archiv", "empfehlungen", "jetzt weiterlesen",
    "artikel weiterlesen", "mehr anzeigen", "zur übersicht", "bild vergrößern", "foto vergrößern",
    "video abspielen", "artikel anhören", "anhören", "zum artikel", "mehr artikel", "startseite",
    "alle artikel", "diesen artikel teilen", "artikel drucken", "artikel versenden",
    "zum kommentieren bitte anmelden", "cookies akzeptieren", "alle cookies akzeptieren",
    "feedback geben", "hat ihnen dieser artikel gefallen", "jetzt kostenlos registrieren",
    // French, Spanish, Italian, Portuguese, Russian
    "voir aussi", "lire aussi", "à lire aussi", "lire la suite", "partager", "commentaires",
    "partager cet article", "partager l'article", "chargement", "compartir este artículo",
    "compartir la noticia", "cargando", "compartilhe esta notícia", "carregando",
    "condividi l'articolo", "caricamento", "загрузка", "wird geladen", "lädt",
    "publicité", "abonnez-vous", "suivez-nous", "sur le même sujet", "compartir", "comentarios",
    "publicidad", "leer más", "lee también", "ver más", "síguenos", "leggi anche", "condividi",
    "pubblicità", "commenti", "leia mais", "leia também", "ler mais", "veja também", "saiba mais",
    "compartilhe", "publicidade", "comentários", "categorias", "arquivos", "поделиться",
    "комментарии", "реклама", "читайте также"};

// Line beginnings of residue lines ("No comments:", "Lesen Sie auch: …", credits, contributor
// notes, reading times).
inline constexpr std::string_view kUiPrefixes[] = {"no comments",
                                                   "leave a reply",
                                                   "lesen sie auch:",
                                                   "lesen sie mehr:",
                                                   "auch interessant:",
                                                   "read more:",
                                                   "read also:",
                                                   "see also:",
                                                   "related story:",
                                                   "lire aussi :",
                                                   "lire aussi:",
                                                   "à lire aussi :",
                                                   "à lire aussi:",
                                                   "voir aussi :",
                                                   "voir aussi:",
                                                   "lee también:",
                                                   "leer más:",
                                                   "ver también:",
                                                   "leia também:",
                                                   "leia mais:",
                                                   "veja também:",
                                                   "leggi anche:",
                                                   "te puede interesar:",
                                                   "también te puede interesar:",
                                                   "vous aimerez aussi :",
                                                   "à lire également :",
                                                   "você pode gostar:",
                                                   "читайте также:",
                                                   "related:",
                                                   "tags:",
                                                   "schlagworte:",
                                                   "mehr zum thema:",
                                                   "file photo",
                                                   "photo:",
                                                   "foto:",
                                                   "bild:",
                                                   "image:",
                                                   "picture:",
                                                   "photo credit",
                                                   "bildquelle",
                                                   "fotos:",
                                                   "photos:",
                                                   "copyright ",
                                                   "© ",
                                                   "(c) ",
                                                   "all rights reserved",
                                                   "image credit",
                                                   "(image credit",
                                                   "image source:",
                                                   "reading time",
                                                   "lesezeit",
                                                   "lesedauer",
                                                   "temps de lecture",
                                                   "tiempo de lectura",
                                                   "tempo di lettura",
                                                   "tempo de leitura",
                                                   "follow us on",
                                                   "folgen sie uns",
                                                   "[button",
                                                   "[caption"};

// Site-wide links that sometimes stand alone in the content area.
inline constexpr std::string_view kSiteLinks[] = {"impressum",
                                                  "datenschutz",
                                                  "datenschutzerklärung",
                                                  "agb",
                                                  "kontakt",
                                                  "barrierefreiheit",
                                                  "cookie-einstellungen",
                                                  "privacy policy",
                                                  "terms of use",
                                                  "terms of service",
                                                  "about us",
                                                  "contact us",
                                                  "mentions légales",
                                                  "aviso legal",
                                                  "política de privacidad"};

// Phrases inside a line that mark a promotion.
inline constexpr std::string_view kPromoPhrases[] = {"click here",     "klicken sie hier",
                                                     "hier klicken",   "cliquez ici",
                                                     "haga clic aquí", "clicca qui"};

// A newsletter promotion names the newsletter and asks to sign up.
inline constexpr std::string_view kSignUpWords[] = {"sign up", "subscribe", "abonn",     "anmelden",
                                                    "inscri",  "suscr",     "iscriviti", "assine"};

// Words of a donation appeal (with a URL or e-mail address on the line).
inline constexpr std::string_view kDonationWords[] = {
    "spende",  "unterstütz", "paypal",      "patreon",      "donat", "support us",
    "bitcoin", "iban",       "überweisung", "faire un don", "donar", "пожертв"};

// A donation appeal without an address asks the reader: it starts with one of these
// ("Unterstützen Sie unabhängigen Journalismus – jetzt spenden!", "Donate now"), as a word, and
// names a donation or journalism; or it names a donation and ends in "!". Its donation words
// are narrower than kDonationWords: "unterstütz" and "support" alone are news.
inline constexpr std::string_view kAppealStarts[] = {
    "unterstützen sie", "unterstütze",  "spenden sie",     "jetzt spenden", "hier spenden",
    "helfen sie",       "hilf uns",     "support us",      "support our",   "support independent",
    "donate",           "please donate", "help us",        "make a donation", "faites un don",
    "soutenez",         "aidez-nous",   "apoya",           "dona ahora",    "haz una donación",
    "apoie",            "faça uma doação", "sostieni",     "поддержите",    "пожертвуйте"};
inline constexpr std::string_view kAppealDonationWords[] = {
    "spende", "donat", "paypal", "patreon", "faire un don", "faites un don", "donar",
    "donación", "doação", "doar", "donazion", "пожертв"};
inline constexpr std::string_view kAppealCauseWords[] = {
    "journalism", "journalismus", "journalisme", "periodismo", "jornalismo", "giornalismo",
    "журналист"};

// A share bar written out as a line: networks and the words around them ("Teilen auf Facebook
// Twitter WhatsApp", "Share on Facebook | Share on X", "Partager : Facebook, E-mail").
inline constexpr std::string_view kShareNetworks[] = {
    "facebook", "twitter", "x",        "whatsapp", "telegram", "linkedin", "xing",
    "pinterest", "reddit", "flipboard", "email",    "e-mail",   "mail",     "messenger",
    "vk",       "threads", "bluesky",  "mastodon", "instagram", "tumblr", "pocket"};
inline constexpr std::string_view kShareVerbs[] = {
    "share", "teilen", "partager", "compartir", "compartilhar", "compartilhe", "condividi",
    "поделиться"};
inline constexpr std::string_view kShareWords[] = {
    "on", "auf", "via", "per", "sur", "en", "no", "em", "su", "in", "this", "article", "artikel",
    "story", "beitrag", "link", "kopieren", "copy", "drucken", "print", "imprimer", "imprimir",
    "stampa", "senden", "send", "twittern", "tweet", "-", "\xE2\x80\x93", "\xE2\x80\x94",
    "\xC2\xB7", "\xE2\x80\xA2"};

// Credit lines of agency and newspaper copy: who reported, wrote and edited.
inline constexpr std::string_view kCreditPrefixes[] = {"(reporting by",
                                                       "reporting by ",
                                                       "additional reporting by",
                                                       "(additional reporting by",
                                                       "editing by ",
                                                       "(editing by",
                                                       "writing by ",
                                                       "(writing by",
                                                       "(berichterstattung:",
                                                       "mit material von",
                                                       "mitarbeit:"};
inline constexpr std::string_view kCreditPhrases[] = {
    "contributed reporting", "contributed to this report", "trug zu diesem bericht bei"};

// Short source notes ("Quelle: dpa", "Source: Reuters") and news agency codes as they close
// agency copy ("dpa/AFP", "(sid)", "jd/dpa").
inline constexpr std::string_view kSourcePrefixes[] = {
    "quelle:", "quellen:", "source:", "sources:", "fuente:", "fonte:", "источник:", "fonti:"};
inline constexpr std::string_view kAgencyCodes[] = {
    "dpa", "afp",    "ap",      "reuters", "rtr", "kna",  "epd", "apa",
    "sda", "sid",    "dts",     "ddp",     "ots", "ansa", "efe", "tass",
    "ria", "xinhua", "anadolu", "belga",   "anp", "ntb",  "tt"};

// Words that start a byline ("By Jane Doe", "Von Max Muster") and words that mark one in a
// dated line ("September 10, 2018 | by Catherine", "05/10/2018 - Publicado por: …").
inline constexpr std::string_view kBylineStarts[] = {"by ",   "von ", "par ",   "por ",   "di ",
                                                     "door ", "av ",  "text: ", "texto: "};
inline constexpr std::string_view kBylineWords[] = {"by",         "von",    "par",
                                                    "por",        "posted", "published",
                                                    "publicado",  "publié", "veröffentlicht",
                                                    "pubblicato", "author", "autor",
                                                    "auteur",     "autore"};

// Reading times after a number: "4 min read", "3 Min. Lesezeit", "5 minutes de lecture".
inline constexpr std::string_view kReadingTimes[] = {
    "min read", "minute read", "minutes read", "min. lesezeit", "min lesezeit", "minuten lesezeit",
    "min. lesedauer", "min de lecture", "minutes de lecture", "min de lectura",
    "minutos de lectura", "min de leitura", "minutos de leitura", "min di lettura",
    "minuti di lettura", "мин чтения", "минут чтения"};

// Words that start an update or publication stamp ("Updated at 1:23 p.m.", "Stand: …").
inline constexpr std::string_view kStampStarts[] = {
    "updated",        "last updated", "published",  "posted",    "aktualisiert", "stand:",
    "veröffentlicht", "erschienen",   "mis à jour", "publié le", "actualizado",  "publicado",
    "atualizado",     "aggiornato",   "pubblicato", "обновлено", "опубликовано"};

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_BOILERPLATE_PHRASES_H_
