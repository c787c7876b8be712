// Quotation marks paired by the side they face, paragraph by paragraph.
#include "quotes/quote_spans.h"

#include <string>

namespace storytrace {
namespace {

enum class Glyph : uint8_t {
  kLowDouble,    // „ opens (German)
  kLeftDouble,   // “ opens (English) or closes (German)
  kRightDouble,  // ” closes
  kStraight,     // " either way
  kLeftAngle,    // « opens (French) or closes (German)
  kRightAngle,   // » closes (French) or opens (German)
  kLowSingle,    // ‚ opens (German single)
  kLeftSingle,   // ‘ closes a ‚ quote; elsewhere an apostrophe or an English single mark
};

struct Mark {
  uint32_t pos, len;
  Glyph glyph;
};

// The mark starting at `i`, if any.
bool MarkAt(std::string_view t, size_t i, Mark* m) {
  auto u = [&](size_t k) { return static_cast<unsigned char>(t[k]); };
  if (t[i] == '"') {
    *m = {static_cast<uint32_t>(i), 1, Glyph::kStraight};
    return true;
  }
  if (u(i) == 0xC2 && i + 1 < t.size() && (u(i + 1) == 0xAB || u(i + 1) == 0xBB)) {
    *m = {static_cast<uint32_t>(i), 2, u(i + 1) == 0xAB ? Glyph::kLeftAngle : Glyph::kRightAngle};
    return true;
  }
  if (u(i) == 0xE2 && i + 2 < t.size() && u(i + 1) == 0x80) {
    switch (u(i + 2)) {
      case 0x9E:
        *m = {static_cast<uint32_t>(i), 3, Glyph::kLowDouble};
        return true;
      case 0x9C:
        *m = {static_cast<uint32_t>(i), 3, Glyph::kLeftDouble};
        return true;
      case 0x9D:
        *m = {static_cast<uint32_t>(i), 3, Glyph::kRightDouble};
        return true;
      case 0x9A:
        *m = {static_cast<uint32_t>(i), 3, Glyph::kLowSingle};
        return true;
      case 0x98:
        *m = {static_cast<uint32_t>(i), 3, Glyph::kLeftSingle};
        return true;
      default:
        break;
    }
  }
  return false;
}

// Spaces, including the no-break and thin spaces typeset inside French and German marks.
size_t SpaceLen(std::string_view t, size_t i) {
  if (i >= t.size()) return 0;
  char c = t[i];
  if (c == ' ' || c == '\t' || c == '\r') return 1;
  if (t.compare(i, 2, "\xC2\xA0") == 0) return 2;  // U+00A0
  if (t.compare(i, 3, "\xE2\x80\xAF") == 0 || t.compare(i, 3, "\xE2\x80\x89") == 0)
    return 3;  // U+202F, U+2009
  return 0;
}

bool SpaceBefore(std::string_view t, size_t i, size_t para_begin) {
  if (i <= para_begin) return true;
  unsigned char c = static_cast<unsigned char>(t[i - 1]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '(' || c == '[' || c == '/') return true;
  if (i >= para_begin + 2 && t.compare(i - 2, 2, "\xC2\xA0") == 0) return true;
  if (i >= para_begin + 3) {
    std::string_view p = t.substr(i - 3, 3);
    // Dashes, and the thin and narrow no-break spaces.
    return p == "\xE2\x80\x94" || p == "\xE2\x80\x93" || p == "\xE2\x80\xAF" || p == "\xE2\x80\x89";
  }
  return false;
}

// After the mark: a space, the end of the paragraph, or punctuation that follows a closing mark.
bool ClosingFollows(std::string_view t, size_t i, size_t para_end) {
  if (i >= para_end || SpaceLen(t, i) > 0) return true;
  char c = t[i];
  if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
      c == ']') {
    return true;
  }
  return t.compare(i, 3, "\xE2\x80\x94") == 0 || t.compare(i, 3, "\xE2\x80\x93") == 0 ||
         t.compare(i, 3, "\xE2\x80\xA6") == 0;
}

enum Role : uint8_t { kOpens, kCloses, kEither };

Role RoleOf(std::string_view t, const Mark& m, size_t pb, size_t pe) {
  bool space_before = SpaceBefore(t, m.pos, pb);
  size_t after = m.pos + m.len;
  bool closing_follows = ClosingFollows(t, after, pe);
  // Spaces inside the marks (« Bonjour », " Trading Nation"): a word after the space opens;
  // after the end of a sentence or clause the mark may also close a quotation ("…ourselves? "
  // she wrote"), which what is open decides.
  if (space_before && SpaceLen(t, after) > 0) {
    if (m.glyph == Glyph::kLeftAngle) return kOpens;
    if (m.glyph == Glyph::kRightAngle) return kCloses;
    size_t p = m.pos;
    while (p > pb && (t[p - 1] == ' ' || static_cast<unsigned char>(t[p - 1]) == 0xA0)) --p;
    if (p > pb && p < m.pos) {
      char c = t[p - 1];
      if (c == '.' || c == ',' || c == '!' || c == '?') return kEither;
    }
    size_t k = after;
    while (size_t s = SpaceLen(t, k)) k += s;
    if (k < pe && !ClosingFollows(t, k, pe)) {
      return m.glyph == Glyph::kRightDouble || m.glyph == Glyph::kRightAngle ? kEither : kOpens;
    }
    return kCloses;
  }
  if (space_before && !closing_follows) return kOpens;
  if (!space_before && closing_follows) return kCloses;
  return kEither;  // word"word, or a mark right after a colon: decided by what is open
}

// Whether `close` may end a quotation opened by `open`.
bool Pairs(Glyph open, Glyph close) {
  switch (open) {
    case Glyph::kLeftAngle:
      return close == Glyph::kRightAngle;
    case Glyph::kRightAngle:
      return close == Glyph::kLeftAngle;
    case Glyph::kLowSingle:
      return close == Glyph::kLeftSingle;
    default:
      return close == Glyph::kLeftDouble || close == Glyph::kRightDouble ||
             close == Glyph::kStraight;
  }
}

bool IsDouble(Glyph g) { return g != Glyph::kLowSingle && g != Glyph::kLeftSingle; }

}  // namespace

bool HasQuotationMark(std::string_view s) {
  for (std::string_view mark :
       {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB"}) {
    if (s.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

std::vector<QuotedSpan> FindQuotedSpans(std::string_view text) {
  std::vector<QuotedSpan> out;
  auto add = [&](size_t open, size_t begin, size_t end, size_t close, uint32_t para) {
    while (size_t s = SpaceLen(text, begin)) {
      if (begin + s > end) break;
      begin += s;
    }
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r' ||
                           (end - begin >= 2 && text.compare(end - 2, 2, "\xC2\xA0") == 0))) {
      end -= text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r' ? 1 : 2;
    }
    if (end <= begin) return false;
    QuotedSpan q;
    q.open = static_cast<uint32_t>(open);
    q.begin = static_cast<uint32_t>(begin);
    q.end = static_cast<uint32_t>(end);
    q.close = static_cast<uint32_t>(close);
    q.paragraph = para;
    q.ends_sentence = text[end - 1] == '.';
    out.push_back(q);
    return true;
  };
  // A quotation left open with nothing to continue it: kept when its words end a sentence,
  // else its opening mark was a stray one.
  auto drop_if_unfinished = [&](size_t k) {
    QuotedSpan& q = out[k];
    char last = text[q.end - 1];
    q.runs_on = false;
    if (last != '.' && last != '!' && last != '?') out.erase(out.begin() + k);
  };
  bool previous_runs_on = false;  // the last paragraph ended inside a quotation
  uint32_t para = 0;
  for (size_t pb = 0; pb < text.size(); ++para) {
    size_t pe = text.find('\n', pb);
    if (pe == std::string_view::npos) pe = text.size();
    size_t first_word = pb;
    while (first_word < pe && SpaceLen(text, first_word) > 0)
      first_word += SpaceLen(text, first_word);
    const size_t first_new = out.size();
    bool inside = false, any_mark = false;
    Mark open{};
    for (size_t i = pb; i < pe;) {
      Mark m;
      if (!MarkAt(text, i, &m)) {
        ++i;
        continue;
      }
      i += m.len;
      // Single marks count only as German ‚…‘; elsewhere they are apostrophes or nested quotes.
      if (m.glyph == Glyph::kLeftSingle && !(inside && open.glyph == Glyph::kLowSingle)) continue;
      if (m.glyph == Glyph::kLowSingle && inside) continue;
      if (inside && open.glyph == Glyph::kLowSingle && IsDouble(m.glyph)) continue;
      Role role = m.glyph == Glyph::kLowDouble || m.glyph == Glyph::kLowSingle
                      ? kOpens
                      : RoleOf(text, m, pb, pe);
      bool first_mark = !any_mark;
      any_mark = true;
      if (!inside) {
        if (role == kCloses) {
          // A closing mark before any opening one: the page lost the opening mark, or the
          // quotation of the paragraph before goes on without being reopened.
          if (first_mark && m.pos > first_word) {
            if (add(first_word, first_word, m.pos, m.pos + m.len, para)) {
              out.back().lost_open = !previous_runs_on;
              out.back().continues = previous_runs_on;
            }
          }
          continue;
        }
        inside = true;
        open = m;
        continue;
      }
      if (role == kOpens && !(m.glyph == Glyph::kLeftDouble && open.glyph == Glyph::kLowDouble)) {
        // An opening mark inside a quotation: the quotation before it lost its closing mark.
        add(open.pos, open.pos + open.len, m.pos, m.pos, para);
        open = m;
        continue;
      }
      if (!Pairs(open.glyph, m.glyph)) continue;
      add(open.pos, open.pos + open.len, m.pos, m.pos + m.len, para);
      inside = false;
    }
    // A paragraph that opens a quotation again continues the one left open before it; when
    // none does, the open quotation stays only if it reads as finished (its closing mark lost).
    if (previous_runs_on) {
      bool taken_up =
          out.size() > first_new && out[first_new].open == first_word && !out[first_new].lost_open;
      if (taken_up) out[first_new].continues = true;
      if (!taken_up && !(out.size() > first_new && out[first_new].continues)) {
        drop_if_unfinished(first_new - 1);
      }
    }
    previous_runs_on = false;
    if (inside && add(open.pos, open.pos + open.len, pe, pe, para)) {
      out.back().runs_on = true;
      previous_runs_on = true;
    }
    pb = pe + 1;
    // Blank lines between paragraphs keep a quotation open.
    while (pb < text.size() && (text[pb] == '\n' || text[pb] == '\r')) ++pb;
  }
  if (previous_runs_on) drop_if_unfinished(out.size() - 1);
  return out;
}

}  // namespace storytrace
