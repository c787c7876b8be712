// Scraped plain text: line classification into title, metadata, boilerplate and body paragraphs.
#include <algorithm>
#include <cctype>
#include <regex>
#include <string>
#include <vector>

#include "extract/date_parser.h"
#include "extract/extractor.h"
#include "extract/metadata_lines.h"
#include "extract/text_rules.h"

namespace storytrace {
namespace {

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    lines.emplace_back(Trim(text.substr(start, nl - start)));
    start = nl + 1;
  }
  return lines;
}

// kFurniture: dropped as page furniture (buttons, share bars, notices), unlike metadata lines.
enum class LineKind { kBlank, kBody, kDrop, kFurniture };

// Hard-wrapped text: a line continues the previous one when that one does not end a sentence
// and either this one starts in lower case or both are of wrapped-line length (a short line
// followed by a long one is a subheading, not a wrap).
bool Continues(const std::string& prev, const std::string& line) {
  if (prev.empty() || line.empty()) return false;
  if (EndsSentence(prev) || EndsWithClosingQuote(prev)) return false;
  if (std::islower(static_cast<unsigned char>(line[0]))) return true;
  constexpr size_t kMaxWrapped = 100;
  return CountWords(prev) >= 4 && prev.size() <= kMaxWrapped && line.size() <= kMaxWrapped;
}

// "https://de.southfront.org/spenden" → "southfront.org".
std::string SiteOfUrl(std::string_view line) {
  static const std::regex kHost(R"((?:https?://|www\.)([a-z0-9.-]+\.[a-z]{2,}))",
                                std::regex::icase);
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_search(line.begin(), line.end(), m, kHost)) return {};
  std::string host = m[1].str();
  std::transform(host.begin(), host.end(), host.begin(), ::tolower);
  // Keep the registrable part: drop "www." and language or section subdomains.
  size_t last = host.rfind('.');
  size_t prev =
      last == std::string::npos || last == 0 ? std::string::npos : host.rfind('.', last - 1);
  return prev == std::string::npos ? host : host.substr(prev + 1);
}

// A page's header block: the date with the site's name beside it ("Dienstag, 13. Mai 2025" /
// "Donaublick – Nachrichten aus Niederbayern"), then the headline in a block of its own. The
// name's lines (short, not sentences) are dropped, and the first one names the site when
// nothing else does; the headline after them can then be the title.
void DropMasthead(const std::vector<std::string>& lines, const std::vector<bool>& dated,
                  std::vector<LineKind>& kind, std::string& site) {
  size_t start = 0;
  while (start < lines.size() && kind[start] == LineKind::kBlank) ++start;
  size_t end = start;
  bool has_date = false;
  std::vector<size_t> names;
  for (; end < lines.size() && kind[end] != LineKind::kBlank; ++end) {
    has_date = has_date || dated[end];
    if (kind[end] != LineKind::kBody) continue;
    if (CountWords(lines[end]) > 6 || EndsSentence(lines[end])) return;
    names.push_back(end);
  }
  if (!has_date || names.empty()) return;
  size_t next = end;
  while (next < lines.size() && kind[next] != LineKind::kBody) ++next;
  if (next == lines.size() || !LooksLikeHeadline(lines[next])) return;
  for (size_t i : names) kind[i] = LineKind::kDrop;
  if (site.empty()) site = lines[names.front()];
}

// Furniture comes in runs: "Startseite" / "Politik" above the headline, "Diesen Artikel
// teilen", "Artikel drucken", "Cookies akzeptieren", "Alle Rechte vorbehalten" below the body.
// A short line that is no sentence and no part of a wrapped paragraph, next to a furniture
// line with no blank line between, is furniture too, and so on along the run; before the body
// the last line of a block stays (it may be the headline). Metadata lines (dates, sources) do
// not spread: a headline sits next to them.
void DropFurnitureRuns(const std::vector<std::string>& lines, std::vector<LineKind>& kind) {
  size_t begun = 0;
  while (begun < lines.size() &&
         !(kind[begun] == LineKind::kBody && EndsSentence(lines[begun]) &&
           CountWords(lines[begun]) >= 8)) {
    ++begun;
  }
  auto short_no_sentence = [&](size_t i) {
    const std::string& l = lines[i];
    int words = CountWords(l);
    if (words > 8) return false;
    if (!EndsSentence(l)) return true;
    return l.back() == '?' && words <= 6;  // "Hat Ihnen dieser Artikel gefallen?"
  };
  // Part of a wrapped paragraph: the next line goes on in lower case, or a line of wrapping
  // length (furniture is shorter) runs into it or out of it.
  constexpr size_t kWrapLength = 40;
  auto wrapped = [&](size_t i) {
    const bool next = i + 1 < lines.size() && kind[i + 1] == LineKind::kBody;
    if (next && std::islower(static_cast<unsigned char>(lines[i + 1][0]))) return true;
    if (i > 0 && kind[i - 1] == LineKind::kBody && lines[i - 1].size() >= kWrapLength &&
        Continues(lines[i - 1], lines[i])) {
      return true;
    }
    return next && lines[i].size() >= kWrapLength && Continues(lines[i], lines[i + 1]);
  };
  // Before the body, the last line of a block may be the headline: it stays.
  auto may_be_headline = [&](size_t i) {
    return i < begun && (i + 1 == lines.size() || kind[i + 1] == LineKind::kBlank);
  };
  auto spread = [&](size_t i) {
    if (kind[i] != LineKind::kBody || !short_no_sentence(i) || wrapped(i) || may_be_headline(i)) {
      return false;
    }
    bool beside = (i > 0 && kind[i - 1] == LineKind::kFurniture) ||
                  (i + 1 < lines.size() && kind[i + 1] == LineKind::kFurniture);
    if (beside) kind[i] = LineKind::kFurniture;
    return beside;
  };
  // A sweep down carries a run downwards in one pass, a sweep up upwards; a line freed by a
  // neighbour's change (no longer part of a wrap) needs another round, and rounds are few. Linear
  // in the lines per round (one sweep direction alone would be quadratic on a long run).
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < lines.size(); ++i) changed |= spread(i);
    for (size_t i = lines.size(); i-- > 0;) changed |= spread(i);
  }
}

}  // namespace

ExtractedArticle ExtractFromText(std::string_view text, bool find_title) {
  ExtractedArticle out;
  std::vector<std::string> lines = SplitLines(text);
  std::vector<LineKind> kind(lines.size(), LineKind::kBody);
  std::vector<bool> dated(lines.size(), false);  // a date line, or a dateline standing alone
  std::string site;

  for (size_t i = 0; i < lines.size(); ++i) {
    std::string& line = lines[i];
    if (line.empty()) {
      kind[i] = LineKind::kBlank;
      continue;
    }
    if (auto src = SourceMarker(line)) {
      if (out.source.empty()) out.source = *src;
      kind[i] = LineKind::kDrop;
      continue;
    }
    if (auto dl = ParseDateline(line); dl && dl->whole_line) {
      if (out.dateline.empty()) out.dateline = dl->dateline;
      if (out.source.empty()) out.source = dl->agency;
      if (!out.published) out.published = dl->date;
      kind[i] = LineKind::kDrop;
      dated[i] = true;
      continue;
    }
    if (IsDateLine(line)) {
      if (!out.published) out.published = FindDate(line);
      kind[i] = LineKind::kDrop;
      dated[i] = true;
      continue;
    }
    // Bylines and agency credits ("(Reporting by …; Editing by …)"), as on pages.
    if (IsBylineOrDateLine(line)) {
      kind[i] = LineKind::kDrop;
      continue;
    }
    if (IsBoilerplateLine(line)) {
      // A site's own appeal names the site: the fallback source when no marker is found.
      if (site.empty()) site = SiteOfUrl(line);
      kind[i] = LineKind::kFurniture;
      continue;
    }
    if (auto dl = ParseDateline(line)) {  // "WASHINGTON (Reuters) - text": keep the text
      if (out.dateline.empty()) out.dateline = dl->dateline;
      // A newspaper's own dateline ("MADRID — text") stays in the text: without an agency or a
      // date it may be a roundup's next part, and its place is one of the text's names.
      if (dl->agency.empty() && !dl->date) continue;
      if (out.source.empty()) out.source = dl->agency;
      if (!out.published && dl->date) out.published = dl->date;
      line = Trim(std::string_view(line).substr(dl->length));
    }
  }

  DropMasthead(lines, dated, kind, site);
  if (out.source.empty()) out.source = site;

  DropFurnitureRuns(lines, kind);

  // A trailing run of very short lines after the body (e.g. a stray "Belgium") is page residue.
  for (size_t i = lines.size(); i-- > 0;) {
    if (kind[i] != LineKind::kBody) continue;
    if (CountWords(lines[i]) <= 2 && !EndsSentence(lines[i])) {
      kind[i] = LineKind::kDrop;
      continue;
    }
    break;
  }

  // Title: the first body line when it reads like a headline and stands on its own.
  size_t first = 0;
  while (first < lines.size() && kind[first] != LineKind::kBody) ++first;
  if (find_title && first < lines.size()) {
    const std::string& cand = lines[first];
    size_t next = first + 1;
    bool next_continues = next < lines.size() && kind[next] == LineKind::kBody && !cand.empty() &&
                          Continues(cand, lines[next]);
    if (LooksLikeHeadline(cand) && !next_continues) {
      out.title = cand;
      kind[first] = LineKind::kDrop;
    }
  }

  // A regional paper's place before the first paragraph ("Kirchheim. Pasta oder Pizza?"): the
  // dateline, left in the text. Only in an article with a body beyond that line, and when the
  // place is named elsewhere too (the title, "Kirchheimer Club"): a headline's label ("Basket.",
  // "Ítalo. Das tampas…") is no place.
  for (size_t i = 0; i < lines.size() && out.dateline.empty(); ++i) {
    if (kind[i] != LineKind::kBody) continue;
    auto place = LeadPlace(lines[i]);
    if (!place) break;
    bool more_body = false, named_again = out.title.find(*place) != std::string::npos;
    for (size_t k = i + 1; k < lines.size(); ++k) {
      if (kind[k] != LineKind::kBody) continue;
      more_body = true;
      named_again |= lines[k].find(*place) != std::string::npos;
    }
    named_again |= lines[i].find(*place, place->size()) != std::string::npos;
    if (more_body && named_again) out.dateline = *place;
    break;
  }

  // Join hard-wrapped lines; every other line break starts a paragraph.
  std::string para, prev;
  auto flush = [&]() {
    if (!para.empty()) {
      if (!out.body.empty()) out.body += "\n\n";
      out.body += para;
      para.clear();
    }
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if (kind[i] != LineKind::kBody) {
      flush();
      prev.clear();
      continue;
    }
    if (!para.empty() && !Continues(prev, lines[i])) flush();
    if (!para.empty()) para += ' ';
    para += lines[i];
    prev = lines[i];
  }
  flush();
  return out;
}

}  // namespace storytrace
