// The tokenizer's word scanner: a run of letters of one script with their
// marks (and, for Arabic, tatweel), format controls inside, and for Latin an
// apostrophe between two letters. Its norm is written as it is scanned.
//
// This is the hot path of all text processing: Arabic news is mostly
// words of two-byte code points. TwoByteRun takes them straight from the
// bytes with the flat kTwoByteChars table, two kept letters at a time when
// it can; the other code points (presentation forms, controls, the end of
// the word) go through the general decoder one by one.

#include <bit>
#include <cstring>

#include "text/char_class.h"
#include "text/tokenizer_scan.h"

namespace khabar::text::internal {
namespace {

// The classes that continue a word whose letters are of class `letter`.
uint32_t WordClasses(CharClass letter) {
  uint32_t mask = 1u << static_cast<int>(letter) |
                  1u << static_cast<int>(CharClass::kArabicMark) |
                  1u << static_cast<int>(CharClass::kMark);
  if (letter == CharClass::kArabicLetter) {
    mask |= 1u << static_cast<int>(CharClass::kTatweel);
  }
  return mask;
}

bool In(uint32_t mask, CharClass cls) {
  return (mask >> static_cast<int>(cls)) & 1;
}

bool IsKeptArabicLetter(const CharInfo& info) {
  return info.cls == CharClass::kArabicLetter && info.len == kKeep;
}

bool IsApostrophe(char32_t cp) { return cp == U'\'' || cp == U'\u2019'; }

}  // namespace

// The hot loop of the tokenizer: the two-byte code points of a word (all
// Arabic letters and marks), straight from the bytes to the norm. Returns
// where it stopped: the end of the word or a code point for Word() to see.
// State stays in locals (a char store could alias members), and norm room
// is made once per chunk of code points.
KHABAR_TEXT_INLINE uint32_t Scanner::TwoByteRun(uint32_t p, uint32_t classes,
                                                CharClass letter,
                                                bool* has_letter) {
  constexpr uint32_t kChunk = 64;
  const auto* const text = reinterpret_cast<const uint8_t*>(text_.data());
  const uint8_t* s = text + p;
  const char* const pool = kCharPool;
  // The pair loop reads bytes in memory order as a little-endian word.
  const bool arabic = letter == CharClass::kArabicLetter &&
                      std::endian::native == std::endian::little;
  bool letter_seen = false;
  for (bool more = true; more;) {
    char* const begin = NormRoom((kChunk + 1) * kMaxReplacementBytes);
    char* out = begin;
    const uint8_t* const stop =
        end_ - (s - text) > 2 * kChunk ? s + 2 * kChunk : text + end_;
    more = stop < text + end_;
    for (; s + 1 < stop; s += 2) {
      // Two Arabic letters kept as they are (most of any word): one load,
      // one check, one store.
      while (arabic && s + 3 < stop) {
        uint32_t w;
        std::memcpy(&w, s, 4);
        if ((w & 0xC0E0C0E0u) != 0x80C080C0u ||
            !IsKeptArabicLetter(
                kTwoByteChars[(w & 0x1F) << 6 | (w >> 8 & 0x3F)]) ||
            !IsKeptArabicLetter(
                kTwoByteChars[(w >> 10 & 0x7C0) | (w >> 24 & 0x3F)])) {
          break;
        }
        std::memcpy(out, &w, 4);
        out += 4;
        s += 4;
        letter_seen = true;
      }
      if (s + 1 >= stop) break;
      const uint32_t b0 = s[0];
      const uint32_t b1 = s[1];
      const CharInfo info = kTwoByteChars[(b0 & 0x1F) << 6 | (b1 & 0x3F)];
      if (((b0 & 0xE0) | (b1 & 0xC0) << 8) != 0x80C0 ||
          !In(classes, info.cls)) {
        more = false;
        break;
      }
      letter_seen |= info.cls == letter;
      if (info.len == kKeep) {
        out[0] = static_cast<char>(b0);
        out[1] = static_cast<char>(b1);
        out += 2;
      } else {
        std::memcpy(out, pool + info.offset, kMaxReplacementBytes);
        out += info.len;
      }
    }
    norm_size_ += out - begin;
  }
  *has_letter |= letter_seen;
  return static_cast<uint32_t>(s - text);
}

// REQUIRES: the code point at pos is of a class in WordClasses(letter).
uint32_t Scanner::Word(uint32_t pos, CharClass letter) {
  const uint32_t classes = WordClasses(letter);
  norm_size_ = 0;
  bool has_letter = false;
  uint32_t p = pos;
  uint32_t end = pos;
  for (;;) {
    p = end = TwoByteRun(p, classes, letter, &has_letter);
    if (p >= end_) break;
    // No ASCII character continues an Arabic word: the usual end, a space
    // or a punctuation mark, needs no decoding.
    if (letter == CharClass::kArabicLetter &&
        static_cast<uint8_t>(text_[p]) < 0x80) {
      break;
    }
    const Char c = At(p);  // not two bytes, or not of the word
    if (In(classes, c.info.cls)) {
      has_letter |= c.info.cls == letter;
      AppendNorm(p, c);
      p = end = c.next;
    } else if (c.info.cls == CharClass::kFormat) {
      p = SkipFormats(c.next);  // removed from the norm: nothing to append
      if (p >= end_ || !In(classes, At(p).info.cls)) break;
    } else if (letter == CharClass::kLatinLetter && has_letter &&
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
  if (has_letter) {
    kind = letter == CharClass::kArabicLetter ? TokenKind::kArabic
                                              : TokenKind::kLatin;
  }
  return Emit(pos, end, kind);
}

uint32_t Scanner::SkipFormats(uint32_t pos) const {
  while (pos < end_) {
    const Char c = At(pos);
    if (c.info.cls != CharClass::kFormat) break;
    pos = c.next;
  }
  return pos;
}

}  // namespace khabar::text::internal
