// How it works: one left-to-right pass over text[range]. At each position
// the class of the code point (char_class.h, the normalizer's table) picks
// a scanner, which consumes one token and writes its norm as it goes:
//
//   space, format control   skipped (never a token)
//   Arabic letter/mark/tatweel   Word: a run of them; format controls
//                           (ZWNJ, RLM, ...) between two word characters
//                           stay in the span and vanish from the norm
//   Latin letter            URL ("http://", "https://", "www."), else email,
//                           else Word: Latin letters and marks, with an
//                           apostrophe between two letters (don't, O'Neil);
//                           a hyphen splits (al-Assad -> al - Assad)
//   other letter            Word of other letters (Greek, Cyrillic, CJK...),
//                           kind kLatin as document.h says
//   digit                   email, else Number: digits of any set with
//                           . , ٫ ٬ ، between two digits, then % or ٪
//   # @                     hashtag / mention, else punctuation
//   punctuation             one code point; a run of "." or of "…", or of
//                           ? ! ؟ mixed ("؟!", "!!!") is one token
//   symbol                  one code point        other  one code point
//
// A change of class ends a word, so scripts split without a space
// ("بوتينABC" -> بوتين ABC, "2026م" -> 2026 م) and digits never join a word.
// Norms: words, numbers, symbols, emails, hashtags, mentions: Normalize();
// punctuation and URLs: the surface as it is (URL paths are case-sensitive).
// A word of marks or tatweel alone is kOther with the (empty) norm.
//
// Every scan is linear: a failed email match records how far it looked so
// no later start inside that stretch looks again.

#include "text/tokenizer.h"

#include <algorithm>
#include <cstring>

#include "text/char_class.h"
#include "text/stopword_set.h"
#include "text/tokenizer_scan.h"

namespace khabar::text {
namespace internal {

Scanner::Scanner(std::string_view text, Span range, std::vector<Token>* out)
    : text_(text),
      end_(range.end),
      pair_end_(range.end >= 3 ? range.end - 3 : 0),
      out_(out),
      stopwords_(Stopwords()) {
  // Room for the norm of any word in the range up front (words write their
  // norm without a room check per code point: see TwoByteRun), and at least
  // kInlineSize bytes for Emit's fixed-size copy.
  GrowNorm(std::max<size_t>(range.size() + kMaxReplacementBytes, 256));
}

void Scanner::GrowNorm(size_t size) {
  size = std::max(size, 2 * norm_capacity_);
  auto bigger = std::make_unique_for_overwrite<char[]>(size);
  if (norm_size_ > 0) std::memcpy(bigger.get(), norm_.get(), norm_size_);
  norm_ = std::move(bigger);
  norm_capacity_ = size;
}

Char Scanner::AtSlow(uint32_t pos) const {
  int32_t cp;
  const auto next =
      static_cast<uint32_t>(DecodeChar(text_.data(), pos, end_, &cp));
  if (cp < 0) return Char{U'\uFFFD', next, LookupChar(U'\uFFFD'), false};
  return Char{static_cast<char32_t>(cp), next,
              LookupChar(static_cast<char32_t>(cp)), true};
}

static bool IsNumberSeparator(char32_t cp) {
  return cp == U'.' || cp == U',' || cp == U'\u066B' || cp == U'\u066C' ||
         cp == U'\u060C';
}

uint32_t Scanner::Number(uint32_t pos, Char c) {
  norm_size_ = 0;
  uint32_t p = pos;
  for (;;) {  // c, at p, is a digit
    AppendNorm(p, c);
    p = c.next;
    if (p >= end_) break;
    c = At(p);
    if (c.info.cls == CharClass::kDigit) continue;
    if (!IsNumberSeparator(c.cp) || c.next >= end_) break;
    const Char digit = At(c.next);
    if (digit.info.cls != CharClass::kDigit) break;
    AppendNorm(p, c);
    p = c.next;
    c = digit;
  }
  if (p < end_) {
    const Char percent = At(p);
    if (percent.cp == U'%' || percent.cp == U'\u066A') {
      AppendNorm(p, percent);
      p = percent.next;
    }
  }
  return Emit(pos, p, TokenKind::kNumber);
}

uint32_t Scanner::LatinStart(uint32_t pos) {
  if (const uint32_t end = MatchUrl(pos); end > pos) {
    return EmitSurface(pos, end, TokenKind::kUrl);
  }
  if (const uint32_t end = MatchEmail(pos); end > pos) {
    return EmitNormalized(pos, end, TokenKind::kEmail);
  }
  return Word<CharClass::kLatinLetter>(pos);
}

uint32_t Scanner::DigitStart(uint32_t pos, const Char& c) {
  if (c.cp < 0x80) {
    if (const uint32_t end = MatchEmail(pos); end > pos) {
      return EmitNormalized(pos, end, TokenKind::kEmail);
    }
  }
  return Number(pos, c);
}

// Runs of these are one token: 1 "...", 2 "……", 3 "؟!" "!!" "?!".
static int RunGroup(char32_t cp) {
  switch (cp) {
    case U'.':
      return 1;
    case U'\u2026':
      return 2;
    case U'?':
    case U'!':
    case U'\u061F':
      return 3;
    default:
      return 0;
  }
}

uint32_t Scanner::Punct(uint32_t pos, const Char& c) {
  if (c.cp == U'#') {
    if (const uint32_t end = MatchHashtag(pos); end > pos) {
      return EmitNormalized(pos, end, TokenKind::kHashtag);
    }
  } else if (c.cp == U'@') {
    if (const uint32_t end = MatchMention(pos); end > pos) {
      return EmitNormalized(pos, end, TokenKind::kMention);
    }
  }
  uint32_t end = c.next;
  if (const int group = RunGroup(c.cp); group != 0) {
    while (end < end_) {
      const Char d = At(end);
      if (RunGroup(d.cp) != group) break;
      end = d.next;
    }
  }
  return EmitSurface(pos, end, TokenKind::kPunct);
}

// One code point and the combining marks on it (an emoji and its variation
// selector, a symbol and an enclosing keycap).
uint32_t Scanner::Single(uint32_t pos, const Char& c, TokenKind kind) {
  uint32_t end = c.next;
  while (end < end_) {
    const Char d = At(end);
    if (d.info.cls != CharClass::kMark) break;
    end = d.next;
  }
  return EmitNormalized(pos, end, kind);
}

uint32_t Scanner::Emit(uint32_t begin, uint32_t end, TokenKind kind) {
  return EmitInline(begin, end, kind);
}

uint32_t Scanner::EmitNormalized(uint32_t begin, uint32_t end, TokenKind kind) {
  norm_size_ = 0;
  for (uint32_t p = begin; p < end;) {
    const Char c = At(p);
    AppendNorm(p, c);
    p = c.next;
  }
  const std::string_view norm(norm_.get(), norm_size_);
  Add(begin, end, kind).norm.assign(norm);
  return end;
}

uint32_t Scanner::EmitSurface(uint32_t begin, uint32_t end, TokenKind kind) {
  const char* src = text_.data() + begin;
  const uint32_t n = end - begin;
  char* dst = Add(begin, end, kind).norm.Resize(n);
  if (n <= 2) {  // most punctuation (. , ، «): no memcpy call
    dst[0] = src[0];
    dst[n - 1] = src[n - 1];
  } else {
    std::memcpy(dst, src, n);
  }
  return end;
}

}  // namespace internal

void Tokenize(std::string_view text, Span range, std::vector<Token>* out) {
  const auto end =
      static_cast<uint32_t>(std::min<size_t>(range.end, text.size()));
  uint32_t pos = std::min(range.begin, end);
  // Arabic news has a token per 9-10 bytes; keep growth geometric when a
  // caller tokenizes many ranges into one vector.
  const size_t want = out->size() + (end - pos) / 8;
  if (want > out->capacity()) out->reserve(std::max(want, 2 * out->capacity()));
  internal::Scanner scanner(text, Span{pos, end}, out);
  scanner.Run(pos);
}

}  // namespace khabar::text

namespace khabar {

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kArabic:
      return "arabic";
    case TokenKind::kLatin:
      return "latin";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kMention:
      return "mention";
    case TokenKind::kSymbol:
      return "symbol";
    case TokenKind::kOther:
      return "other";
  }
  return "other";
}

}  // namespace khabar
