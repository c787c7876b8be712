// Article metadata on lines of their own: credits, bylines, stamps, sources, date lines and
// datelines. The text extractor drops such lines and keeps what they say; the page extractor
// drops them from the article's blocks.
#ifndef STORYTRACE_EXTRACT_METADATA_LINES_H_
#define STORYTRACE_EXTRACT_METADATA_LINES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storytrace {

// Article metadata on a line of its own: a credit line ("(Reporting by …; Editing by …)",
// "… contributed reporting", "Quelle: dpa", agency codes such as "jd/dpa"), a byline ("By Jane
// Doe", "Von Max Muster"), an update stamp ("Updated at 1:23 p.m.", "Stand: 14.03.2025 08:30 Uhr"),
// a short line that is mostly a date (at most 60 bytes and 10 words), or a date with an author or
// separator ("September 10, 2018 | by Catherine"), a reading time ("4 min read"), or a strip of
// such parts between bars or dots ("By Jane Doe | Published 3 hours ago | 4 min read"). Lines
// that end a sentence are never dates with authors, lines starting with a dash close a
// quotation ("— Jane Doe (@jane) November 18, 2019"); at most 300 bytes, and 20 words unless a
// credit.
bool IsBylineOrDateLine(std::string_view line);

// A line naming the source: "Quelle: Sputnik", "Source: Reuters", or a lone site name such as
// "Rt.com". Returns the source name.
std::optional<std::string> SourceMarker(std::string_view line);

// A short line that is only a date, e.g. "Thursday, November 23, 2017" or "23 Nov, 2017 05:44".
bool IsDateLine(std::string_view line);

// A news dateline: "Moskau, 4. Dezember 2024 (AFP) –", "WASHINGTON (Reuters) -", the place's
// country in brackets as French agencies write it: "Kourou (Guyane), 22 mai 2025 (AFP) –", or a
// place with a full date and no agency: "Kourou, French Guiana, March 10, 2025 -", or a
// newspaper's own, the place in capitals before a spaced dash: "MADRID —", "BUFFALO, N.Y. —"
// (or capitalised before a US state's or Canadian province's abbreviation: "Dekalb, Ill. —").
struct Dateline {
  std::string dateline;  // without the trailing dash
  std::string agency;    // "AFP", "Reuters", ... (empty when none)
  std::optional<int64_t> date;
  size_t length = 0;        // bytes of `line` the dateline takes, dash included
  bool whole_line = false;  // nothing but the dateline on the line
};
std::optional<Dateline> ParseDateline(std::string_view line);

// The place a regional paper sets before its first paragraph's opening sentence, as a sentence
// of its own ("Kirchheim. Pasta oder Pizza?", "Geesthacht. Die Stadt…", "Darmstadt/Kourou. …"):
// one capitalised word of three letters or more (or two joined by a slash) and a period, then
// a capital or a quotation mark. Not a word such sentences are made of ("Nein.", "Update."),
// nor a label in capitals ("VIDEO."). Ask only of an article's first paragraph (the text
// extractor also wants the place named again in the article).
std::optional<std::string> LeadPlace(std::string_view line);

}  // namespace storytrace

#endif  // STORYTRACE_EXTRACT_METADATA_LINES_H_
