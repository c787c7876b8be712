// Line-level rules shared by the text and HTML extractors: white space, words, sentence ends,
// page furniture, headlines (metadata lines: metadata_lines.h).
#ifndef STORYTRACE_EXTRACT_TEXT_RULES_H_
#define STORYTRACE_EXTRACT_TEXT_RULES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storytrace {

// `s` in lower case (ICU's case mapping, any script): the phrase tables are in lower case.
std::string LowerCase(std::string_view s);

// `s` without leading/trailing ASCII and Unicode (NBSP, thin) white space.
std::string Trim(std::string_view s);

// Number of white-space separated words; a run of a script written without spaces (Chinese,
// Japanese, Thai…) counts the words Tokenize finds in it.
int CountWords(std::string_view s);

// True when `s` ends with sentence-final punctuation (the full-width 。！？ too), optionally
// followed by a closing quote.
bool EndsSentence(std::string_view s);
bool EndsWithClosingQuote(std::string_view s);

// UI and site residue: "loading...", "Share.", "Leave A Reply", "Kommentare", "No comments:",
// CSS rules, lone numbers, photo captions and credits ("FILE PHOTO: … ©", "… / AFP / Getty",
// "… (Image: GETTY)"), promotions ("Click here …", "Sign up for our newsletter"), CMS shortcodes,
// donation appeals (with a URL or e-mail address, or short ones that ask: "Unterstützen Sie
// unabhängigen Journalismus – jetzt spenden!"), share bars written out as a line ("Teilen auf
// Facebook Twitter WhatsApp"), short contact lines with an e-mail address, lines that are only
// URLs. Phrases match in any case (LowerCase).
// Phrase tables: boilerplate_phrases.h.
bool IsBoilerplateLine(std::string_view line);

// A line that reads like a headline: 3..30 words, at most 200 bytes, not ending in a period
// or colon, not boilerplate.
bool LooksLikeHeadline(std::string_view line);

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_TEXT_RULES_H_
