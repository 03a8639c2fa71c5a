// The tokenizer's word scanner: a run of letters of one script with their
// marks (and, for Arabic, tatweel), format controls inside, and for Latin an
// apostrophe between two letters. Its norm is written as it is scanned.
//
// This is the hot path of all text processing: Arabic news is mostly
// words of two-byte code points. TwoByteRun takes them straight from the
// bytes with the flat kTwoByteChars table, whose entries carry the norm of
// every Arabic letter and mark inline, two letters at a time when it can;
// the other code points (presentation forms, controls, the end of the
// word) go through the general decoder one by one.

#include <bit>
#include <cstring>

#include "text/char_class.h"
#include "text/tokenizer_scan.h"

namespace khabar::text::internal {
namespace {

constexpr uint32_t Bit(CharClass cls) { return 1u << static_cast<int>(cls); }

// The classes that continue a word whose letters are of class `letter`.
constexpr uint32_t WordClasses(CharClass letter) {
  uint32_t mask =
      Bit(letter) | Bit(CharClass::kArabicMark) | Bit(CharClass::kMark);
  if (letter == CharClass::kArabicLetter) mask |= Bit(CharClass::kTatweel);
  return mask;
}

bool In(uint32_t mask, CharClass cls) { return mask & Bit(cls); }

KHABAR_TEXT_INLINE const TwoByteChar& TwoByteAt(uint32_t b0, uint32_t b1) {
  return kTwoByteChars[TwoByteIndex(b0, b1)];
}

// A TwoByteChar read as a little-endian uint32: class in byte 0, norm length
// in byte 1, norm in bytes 2-3. An Arabic letter with its two-byte norm
// inline (what the pair loop takes) has low half kPairLetter.
KHABAR_TEXT_INLINE uint32_t EntryBits(const TwoByteChar& c) {
  uint32_t bits;
  std::memcpy(&bits, &c, 4);
  return bits;
}
constexpr uint32_t kPairLetter =
    static_cast<uint32_t>(CharClass::kArabicLetter) | 2u << 8;

bool IsApostrophe(char32_t cp) { return cp == U'\'' || cp == U'\u2019'; }

}  // namespace

// The hot loop of the tokenizer: the two-byte code points of a word (all
// Arabic letters and marks), straight from the bytes to the norm. Returns
// where it stopped: the end of the word or a code point for Word() to see.
// Its norm is never longer than what it reads (entries hold 0 or 2 bytes),
// so room is made once per run, not per code point. State stays in locals
// (a char store could alias members). `*seen` gets the bit of each class met.
template <CharClass kLetter>
KHABAR_TEXT_INLINE uint32_t Scanner::TwoByteRun(uint32_t p, uint32_t* seen) {
  constexpr uint32_t kClasses = WordClasses(kLetter);
  // The pair loop reads bytes in memory order as a little-endian word.
  constexpr bool kPairs = kLetter == CharClass::kArabicLetter &&
                          std::endian::native == std::endian::little;
  const auto* const text = reinterpret_cast<const uint8_t*>(text_.data());
  const uint8_t* s = text + p;
  const uint8_t* const end = text + end_;
  char* const begin = NormRoom(end_ - p);
  char* out = begin;
  uint32_t classes_seen = 0;
  for (;;) {
    // Two Arabic letters (most of any word): one load, one pattern check,
    // two entries checked together, one 4-byte store of both norms.
    while (kPairs && end - s >= 4) {
      uint32_t w;
      std::memcpy(&w, s, 4);
      if ((w & 0xC0E0C0E0u) != 0x80C080C0u) break;
      const uint32_t a = EntryBits(TwoByteAt(w, w >> 8));
      const uint32_t b = EntryBits(TwoByteAt(w >> 16, w >> 24));
      if (((a ^ kPairLetter) | (b ^ kPairLetter)) & 0xFFFF) break;
      const uint32_t norms = a >> 16 | (b & 0xFFFF0000u);
      std::memcpy(out, &norms, 4);
      out += 4;
      s += 4;
      classes_seen |= Bit(kLetter);
    }
    if (end - s < 2) break;
    const uint32_t b0 = s[0];
    const uint32_t b1 = s[1];
    if ((b0 & 0xE0) != 0xC0 || (b1 & 0xC0) != 0x80) break;
    const TwoByteChar& c = TwoByteAt(b0, b1);
    if (c.norm_len == kNormElsewhere || !In(kClasses, c.cls)) break;
    classes_seen |= Bit(c.cls);
    std::memcpy(out, c.norm, 2);  // all of it is room: see above
    out += c.norm_len;
    s += 2;
  }
  norm_size_ += out - begin;
  *seen |= classes_seen;
  return static_cast<uint32_t>(s - text);
}

// REQUIRES: the code point at pos is of a class in WordClasses(kLetter).
template <CharClass kLetter>
uint32_t Scanner::Word(uint32_t pos) {
  constexpr uint32_t kClasses = WordClasses(kLetter);
  norm_size_ = 0;
  uint32_t seen = 0;
  uint32_t p = pos;
  uint32_t end = pos;
  for (;;) {
    p = end = TwoByteRun<kLetter>(p, &seen);
    if (p >= end_) break;
    // No ASCII character continues an Arabic word: the usual end, a space
    // or a punctuation mark, needs no decoding.
    if (kLetter == CharClass::kArabicLetter &&
        static_cast<uint8_t>(text_[p]) < 0x80) {
      break;
    }
    const Char c = At(p);  // not two bytes, or not of the word
    if (In(kClasses, c.info.cls)) {
      seen |= Bit(c.info.cls);
      AppendNorm(p, c);
      p = end = c.next;
    } else if (c.info.cls == CharClass::kFormat) {
      p = SkipFormats(c.next);  // removed from the norm: nothing to append
      if (p >= end_ || !In(kClasses, At(p).info.cls)) break;
    } else if (kLetter == CharClass::kLatinLetter && In(seen, kLetter) &&
               IsApostrophe(c.cp) && c.next < end_ &&
               At(c.next).info.cls == CharClass::kLatinLetter) {
      AppendNorm(p, c);
      p = end = c.next;
    } else {
      break;
    }
    if (p >= end_) break;
  }
  TokenKind kind = TokenKind::kOther;
  if (In(seen, kLetter)) {
    kind = kLetter == CharClass::kArabicLetter ? TokenKind::kArabic
                                               : TokenKind::kLatin;
  }
  return Emit(pos, end, kind);
}

template uint32_t Scanner::Word<CharClass::kArabicLetter>(uint32_t pos);
template uint32_t Scanner::Word<CharClass::kLatinLetter>(uint32_t pos);
template uint32_t Scanner::Word<CharClass::kOtherLetter>(uint32_t pos);

uint32_t Scanner::SkipFormats(uint32_t pos) const {
  while (pos < end_) {
    const Char c = At(pos);
    if (c.info.cls != CharClass::kFormat) break;
    pos = c.next;
  }
  return pos;
}

}  // namespace khabar::text::internal
