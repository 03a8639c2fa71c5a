// Internal to khabar_text: the tokenizer's scanner, implemented in
// tokenizer.cc (numbers, punctuation, tokens), tokenizer_words.cc (the main
// loop and words, the hot path) and tokenizer_patterns.cc (URLs,
// emails, hashtags, mentions). See tokenizer.cc for how it works.

#ifndef KHABAR_TEXT_TOKENIZER_SCAN_H_
#define KHABAR_TEXT_TOKENIZER_SCAN_H_

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/document.h"
#include "text/char_class.h"
#include "text/stopword_set.h"

namespace khabar::text::internal {

// One decoded code point: 16 bytes, so it travels in registers.
struct Char {
  char32_t cp;    // U+FFFD for an ill-formed sequence
  uint32_t next;  // byte offset just past it
  CharInfo info;  // class and normalization
  bool valid;
};

// Tokenizes text[pos, end) one token per Step(). Not thread-safe; cheap to
// make, one per Tokenize() call.
class Scanner {
 public:
  // Scans text[range]. REQUIRES: range.begin <= range.end <= text.size().
  Scanner(std::string_view text, Span range, std::vector<Token>* out);

  // Appends the tokens of text[pos, end).
  void Run(uint32_t pos);

 private:
  // Appends the token starting at pos, if any, and returns where the next
  // one may start (> pos). REQUIRES: pos < end.
  KHABAR_TEXT_INLINE uint32_t Step(uint32_t pos);

  // REQUIRES: pos < end_. Inline for ASCII and two-byte sequences (all of
  // Arabic's letters and marks); the rest goes to AtSlow().
  KHABAR_TEXT_INLINE Char At(uint32_t pos) const {
    const auto* p = reinterpret_cast<const uint8_t*>(text_.data());
    const uint8_t c = p[pos];
    if (c < 0x80) return Char{c, pos + 1, LookupChar(c), true};
    if (c >= 0xC2 && c <= 0xDF && pos + 1 < end_ &&
        (p[pos + 1] & 0xC0) == 0x80) {
      const char32_t cp = (c & 0x1Fu) << 6 | (p[pos + 1] & 0x3Fu);
      return Char{cp, pos + 2, LookupChar(cp), true};
    }
    return AtSlow(pos);
  }
  Char AtSlow(uint32_t pos) const;
  bool IsAscii(uint32_t pos, char c) const {
    return pos < end_ && text_[pos] == c;
  }

  // Room for n more bytes of norm at norm_[norm_size_].
  char* NormRoom(size_t n) {
    if (norm_size_ + n > norm_capacity_) GrowNorm(norm_size_ + n);
    return norm_.get() + norm_size_;
  }
  void GrowNorm(size_t size);
  // Appends the norm of c, the code point at pos.
  KHABAR_TEXT_INLINE void AppendNorm(uint32_t pos, const Char& c) {
    char* dst = NormRoom(kMaxReplacementBytes);
    if (!c.valid) {
      std::memcpy(dst, kReplacementUtf8, 3);
      norm_size_ += 3;
    } else if (c.info.len == kKeep) {
      const char* src = text_.data() + pos;
      const uint32_t len = c.next - pos;
      dst[0] = src[0];
      if (len > 1) dst[1] = src[1];
      if (len > 2) dst[2] = src[2];
      if (len > 3) dst[3] = src[3];
      norm_size_ += len;
    } else {
      std::memcpy(dst, kCharPool + c.info.offset, kMaxReplacementBytes);
      norm_size_ += c.info.len;
    }
  }
  uint32_t SkipFormats(uint32_t pos) const;

  // Scanners: each consumes one token at pos and returns its end.
  // A word of letters of class kLetter (kArabicLetter, kLatinLetter or
  // kOtherLetter), specialized so the hot loop tests constants.
  template <CharClass kLetter>
  uint32_t Word(uint32_t pos);
  // Word() from p on, the word [pos, p) having its norm in norm_ and the
  // bits of its classes in `seen`.
  template <CharClass kLetter>
  uint32_t WordFrom(uint32_t pos, uint32_t p, uint32_t seen);
  template <CharClass kLetter>
  KHABAR_TEXT_INLINE uint32_t TwoByteRun(uint32_t p, uint32_t* seen);
  // Word<kArabicLetter>(pos), quicker for the usual Arabic word
  // (tokenizer_words.cc says how).
  KHABAR_TEXT_INLINE uint32_t ArabicWord(uint32_t pos);
  bool StartsArabicWord(uint32_t pos) const;
  uint32_t Number(uint32_t pos, Char c);
  uint32_t LatinStart(uint32_t pos);
  uint32_t DigitStart(uint32_t pos, const Char& c);
  uint32_t Punct(uint32_t pos, const Char& c);
  uint32_t Single(uint32_t pos, const Char& c, TokenKind kind);

  // Matchers (tokenizer_patterns.cc): the end of the pattern at pos, or pos
  // when there is none.
  uint32_t MatchUrl(uint32_t pos) const;
  uint32_t MatchEmail(uint32_t pos);
  uint32_t MatchHashtag(uint32_t pos) const;
  uint32_t MatchMention(uint32_t pos) const;
  uint32_t TrimUrl(uint32_t begin, uint32_t end) const;

  // Append the token [begin, end) and return end. Emit takes the norm from
  // norm_[0, norm_size_); the others make it from the surface.
  uint32_t Emit(uint32_t begin, uint32_t end, TokenKind kind);
  // Emit's body, inline where a word is scanned so a word costs one call.
  KHABAR_TEXT_INLINE uint32_t EmitInline(uint32_t begin, uint32_t end,
                                         TokenKind kind) {
    const size_t n = norm_size_;
    Token& token = Add(begin, end, kind);
    char* dst = token.norm.Resize(n);
    // A short norm (almost all) is copied as a fixed kInlineSize bytes: a
    // few vector moves, no memcpy call. norm_ and the inline buffer both
    // hold that many bytes (see the constructor and SmallString::Resize),
    // and norm_ at least StopSet::kMaxWordBytes for ContainsPadded.
    constexpr size_t kInline = SmallString::kInlineSize;
    std::memcpy(dst, norm_.get(), n <= kInline ? kInline : n);
    token.stop = (kind == TokenKind::kArabic || kind == TokenKind::kLatin) &&
                 stopwords_.ContainsPadded(norm_.get(), n);
    return end;
  }
  KHABAR_TEXT_INLINE Token& Add(uint32_t begin, uint32_t end, TokenKind kind) {
    Token& token = out_->emplace_back();
    token.span = Span{begin, end};
    token.kind = kind;
    return token;
  }
  uint32_t EmitNormalized(uint32_t begin, uint32_t end, TokenKind kind);
  uint32_t EmitSurface(uint32_t begin, uint32_t end, TokenKind kind);

  std::string_view text_;
  uint32_t end_;
  uint32_t pair_end_;  // a 4-byte load at p < pair_end_ stays in the range
  std::vector<Token>* out_;
  const StopSet& stopwords_;
  // The current token's norm: a buffer (not zero-filled, unlike a string's)
  // of norm_capacity_ bytes, norm_size_ of them in use.
  std::unique_ptr<char[]> norm_;
  size_t norm_capacity_ = 0;
  size_t norm_size_ = 0;
  uint32_t no_email_before_ = 0;  // a start before this cannot be an email
};

}  // namespace khabar::text::internal

#endif  // KHABAR_TEXT_TOKENIZER_SCAN_H_
