// How it works: one forward scan over code points. At a terminator we look
// back at the word before it (abbreviation? digit?) and ahead at the next
// code point (digit or Latin letter glued on?), then extend the end over
// further terminators and closing quotes. Straight quotes '"' are ambiguous;
// we count them per line, and one that follows a terminator while a quote is
// open closes it.

#include "text/sentences.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>

#include "base/utf8.h"
#include "text/chars.h"

namespace khabar::text {
namespace {

using base::DecodeAt;

bool IsTerminator(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == U'؟' || c == U'؛' ||
         c == U'…';
}

bool IsClosing(char32_t c) {
  return c == U'»' || c == U'”' || c == U'’' || c == ')' || c == ']' ||
         c == U'›' || c == '\'';
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
         u_isUWhiteSpace(static_cast<UChar32>(c));
}

// The code point that ends just before byte `pos` (pos > begin).
char32_t PrevCodePoint(std::string_view text, size_t begin, size_t pos,
                       size_t* start) {
  size_t i = pos - 1;
  while (i > begin && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  *start = i;
  size_t j = i;
  return DecodeAt(text, &j);
}

// The word (letters, with Arabic marks and tatweel) that ends at `pos`.
std::string_view WordBefore(std::string_view text, size_t begin, size_t pos) {
  size_t start = pos;
  while (start > begin) {
    size_t cp_start;
    const char32_t c = PrevCodePoint(text, begin, start, &cp_start);
    if (!IsLatinLetter(c) && !IsArabicWordChar(c) && c != '.') break;
    start = cp_start;
  }
  return text.substr(start, pos - start);
}

bool IsAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kLatin = {
      "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc",
      "e.g", "i.e", "No", "Inc", "Ltd", "Co", "Gen", "Col", "Lt", "U.S",
      "U.K", "U.N", "Jan", "Feb"};
  if (std::find(kLatin.begin(), kLatin.end(), word) != kLatin.end())
    return true;
  if (word == "د" || word == "أ" || word == "أ.د") return true;
  // A single Latin initial: "J. Smith".
  return word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
}

// Whether the word starting at text[start] follows a number, as the era
// letter does ("2015م." and "2015 م." end a sentence, while "م." before a
// name is the engineer's title, م. أحمد, and ends nothing).
bool AfterYear(std::string_view text, size_t begin, size_t start) {
  while (start > begin) {
    size_t prev;
    const char32_t c = PrevCodePoint(text, begin, start, &prev);
    if (!IsSpace(c)) return DigitValue(c) >= 0;
    start = prev;
  }
  return false;
}

// Whether the '.' at text[dot] (scan bounded by [begin, end)) ends nothing.
bool DotContinues(std::string_view text, size_t begin, size_t end, size_t dot) {
  size_t next = dot + 1;
  const char32_t after = next < end ? DecodeAt(text, &next) : U' ';
  if (DigitValue(after) >= 0 || IsLatinLetter(after)) return true;
  if (dot > begin) {
    size_t start;
    if (DigitValue(PrevCodePoint(text, begin, dot, &start)) >= 0 &&
        DigitValue(after) >= 0)
      return true;
  }
  const std::string_view word = WordBefore(text, begin, dot);
  if (word == "م") return !AfterYear(text, begin, dot - word.size());
  return IsAbbreviation(word);
}

// Emits text[b, e) trimmed of white space, if anything is left.
void Emit(std::string_view text, size_t b, size_t e, std::vector<Span>* out) {
  while (b < e) {
    size_t i = b;
    if (!IsSpace(DecodeAt(text, &i))) break;
    b = i;
  }
  while (e > b) {
    size_t start;
    if (!IsSpace(PrevCodePoint(text, b, e, &start))) break;
    e = start;
  }
  if (b < e)
    out->push_back(Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
}

}  // namespace

void SplitSentences(std::string_view text, Span range, std::vector<Span>* out) {
  const size_t end = std::min<size_t>(range.end, text.size());
  size_t sentence = range.begin;
  size_t i = range.begin;
  bool quote_open = false;
  while (i < end) {
    const size_t at = i;
    const char32_t c = DecodeAt(text, &i);
    if (c == '\n') {
      Emit(text, sentence, at, out);
      sentence = i;
      quote_open = false;
      continue;
    }
    if (c == '"') quote_open = !quote_open;
    if (!IsTerminator(c)) continue;
    if (c == '.' && DotContinues(text, range.begin, end, at)) continue;
    // Take along further terminators and closing marks.
    while (i < end) {
      size_t j = i;
      const char32_t d = DecodeAt(text, &j);
      if (IsTerminator(d) || IsClosing(d)) {
        i = j;
      } else if (d == '"' && quote_open) {
        quote_open = false;
        i = j;
      } else {
        break;
      }
    }
    Emit(text, sentence, i, out);
    sentence = i;
  }
  Emit(text, sentence, end, out);
}

}  // namespace khabar::text
