// A fast UTF-8 word tokenizer and sentence splitter that keeps byte offsets into the text.
#ifndef STORYTRACE_TEXT_TOKENIZER_H_
#define STORYTRACE_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace storytrace {

enum class TokenKind : uint8_t {
  kWord,    // letters, possibly with digits, inner hyphens or apostrophes: US-geführte, km2
  kNumber,  // digits with inner separators: 8,000  8.000  3.5  2024
  kAbbrev,  // dotted abbreviation or initialism: U.S., z.B., Dr.
};

// A token as a byte span [begin, end) of the tokenized text.
struct TokenSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
};

// A sentence as a byte span; paragraphs (blank lines) always end sentences.
struct SentenceSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// Splits `text` into word, number and abbreviation tokens; punctuation and spaces are skipped.
// Hyphens and apostrophes inside words are kept ("al-Bukamal", "don't"), except French/Italian
// elisions which are split ("l'armée" → "l", "armée"). Runs of scripts written without spaces
// (Chinese, Japanese, Thai, Lao, Khmer, Burmese) are split into words by ICU's dictionaries
// ("东京奥运会今日开幕" → 东京, 奥运, 会, 今日, 开幕). Invalid UTF-8 bytes are skipped.
std::vector<TokenSpan> Tokenize(std::string_view text);

// The full stop, exclamation and question marks of Chinese and Japanese (。！？): they end a
// sentence with no space after them (SplitSentences; extraction's sentence ends).
inline constexpr std::string_view kFullWidthSentenceEnds[] = {"\xE3\x80\x82", "\xEF\xBC\x81",
                                                              "\xEF\xBC\x9F"};

// True when `text` holds a character of a script written without spaces between words
// (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar), which Tokenize splits by dictionary.
bool HasUnspacedScript(std::string_view text);

// Splits `text` into sentences using the tokens from Tokenize(text): a sentence ends at
// . ! ? … (plus closing quotes/brackets) before an upper-case letter, digit or opening quote,
// unless the period belongs to an abbreviation or an initial; blank lines end sentences too.
std::vector<SentenceSpan> SplitSentences(std::string_view text,
                                         const std::vector<TokenSpan>& tokens);

}  // namespace storytrace

#endif  // STORYTRACE_TEXT_TOKENIZER_H_
