// The tokenizer's word scanner: a run of letters of one script with their
// marks (and, for Arabic, tatweel), format controls inside, and for Latin an
// apostrophe between two letters. Its norm is written as it is scanned.
// The main loop (Run, Step) lives here too, so the hot path inlines into it.
//
// This is the hot path of all text processing: Arabic news is mostly
// words of two-byte code points. ArabicWord takes them straight from the
// bytes with the flat kTwoByteChars table, whose entries carry the norm of
// every Arabic letter and mark inline, two letters at a time (LetterPair)
// when it can, and makes the token inline. The other code points
// (presentation forms, controls) go through WordFrom and the general
// decoder one by one; TwoByteRun is its two-byte loop.

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

// Two Arabic letters at s with their norms inline (most of any word): one
// load, one pattern check, two entries checked together, one 4-byte store
// of both norms at out. False, having stored nothing, for anything else.
KHABAR_TEXT_INLINE bool LetterPair(const uint8_t* s, char* out) {
  uint32_t w;
  std::memcpy(&w, s, 4);
  if ((w & 0xC0E0C0E0u) != 0x80C080C0u) return false;
  const uint32_t a = EntryBits(TwoByteAt(w, w >> 8));
  const uint32_t b = EntryBits(TwoByteAt(w >> 16, w >> 24));
  // Two 16-bit compares: fewer instructions than masking both.
  if (static_cast<uint16_t>(a) != kPairLetter ||
      static_cast<uint16_t>(b) != kPairLetter) {
    return false;
  }
  const uint32_t norms = a >> 16 | (b & 0xFFFF0000u);
  std::memcpy(out, &norms, 4);
  return true;
}

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
    while (kPairs && end - s >= 4 && LetterPair(s, out)) {
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
  norm_size_ = 0;
  return WordFrom<kLetter>(pos, pos, 0);
}

template <CharClass kLetter>
uint32_t Scanner::WordFrom(uint32_t pos, uint32_t p, uint32_t seen) {
  constexpr uint32_t kClasses = WordClasses(kLetter);
  uint32_t end = p;
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

// The usual Arabic word, inline in Step(): two-byte code points ended by an
// ASCII byte (a space, a punctuation mark) or by a two-byte code point of
// another class (، ؛ ؟). Returns pos when no Arabic word starts at pos.
//  - Step() calls it on any two-byte lead byte without classifying the code
//    point first: a first letter pair proves the start; only a word that
//    does not begin with one is checked (StartsArabicWord).
//  - At the end of a letter run the ASCII end is tested first, so a word
//    pays no failed one-letter try there.
//  - The norm is written at norm_[0]: the constructor made room for the
//    whole range, and a norm is never longer than its word.
//  - Anything rare (presentation forms, format controls, a norm kept in
//    kCharPool) hands over to WordFrom() where it is met.
uint32_t Scanner::ArabicWord(uint32_t pos) {
  constexpr uint32_t kClasses = WordClasses(CharClass::kArabicLetter);
  // In locals: the norm's char stores could alias members, which the loop
  // would then load again after each store.
  const auto* const text = reinterpret_cast<const uint8_t*>(text_.data());
  const uint32_t end = end_;
  const uint32_t pair_end = pair_end_;
  char* const norm = norm_.get();
  char* out = norm;
  uint32_t seen = 0;
  uint32_t p = pos;
  if (p < pair_end && LetterPair(text + p, out)) {
    out += 4;
    p += 4;
    seen = Bit(CharClass::kArabicLetter);
  } else if (!StartsArabicWord(pos)) {
    return pos;
  }
  for (;;) {
    while (p < pair_end && LetterPair(text + p, out)) {
      out += 4;
      p += 4;
      seen = Bit(CharClass::kArabicLetter);  // the bit that matters
    }
    if (p >= end || text[p] < 0x80) break;  // the usual end
    const uint32_t b0 = text[p];
    const uint32_t b1 = p + 1 < end ? text[p + 1] : 0;
    if ((b0 & 0xE0) != 0xC0 || (b1 & 0xC0) != 0x80) goto general;
    const TwoByteChar& c = TwoByteAt(b0, b1);
    if (!In(kClasses, c.cls)) {
      if (c.cls == CharClass::kFormat) goto general;  // may be inside
      break;  // another class ends the word
    }
    if (c.norm_len == kNormElsewhere) goto general;
    seen |= Bit(c.cls);
    std::memcpy(out, c.norm, 2);  // room: see above
    out += c.norm_len;
    p += 2;
  }
  norm_size_ = out - norm;
  // Only marks or tatweel (rare): out of line, to keep the kind constant.
  if (!In(seen, CharClass::kArabicLetter)) {
    return Emit(pos, p, TokenKind::kOther);
  }
  return EmitInline(pos, p, TokenKind::kArabic);
general:
  norm_size_ = out - norm;
  return WordFrom<CharClass::kArabicLetter>(pos, p, seen);
}

// Whether an Arabic word starts at pos: a two-byte Arabic letter, mark or
// tatweel.
bool Scanner::StartsArabicWord(uint32_t pos) const {
  const auto b0 = static_cast<uint8_t>(text_[pos]);
  if ((b0 & 0xE0) != 0xC0 || pos + 1 >= end_) return false;
  const auto b1 = static_cast<uint8_t>(text_[pos + 1]);
  const CharClass cls = kTwoByteChars[TwoByteIndex(b0, b1)].cls;
  return (b1 & 0xC0) == 0x80 &&
         (cls == CharClass::kArabicLetter || cls == CharClass::kArabicMark ||
          cls == CharClass::kTatweel);
}

template uint32_t Scanner::Word<CharClass::kArabicLetter>(uint32_t pos);
template uint32_t Scanner::Word<CharClass::kLatinLetter>(uint32_t pos);
template uint32_t Scanner::Word<CharClass::kOtherLetter>(uint32_t pos);

// Step and Run live here, beside the word scanner, so that the usual
// Arabic word is scanned and emitted inline in the main loop: no call, no
// saving of registers, per word.
void Scanner::Run(uint32_t pos) {
  while (pos < end_) pos = Step(pos);
}

uint32_t Scanner::Step(uint32_t pos) {
  auto b0 = static_cast<uint8_t>(text_[pos]);
  if (b0 == ' ') {  // one space between two words: go on to the next one
    if (++pos == end_) return pos;
    b0 = static_cast<uint8_t>(text_[pos]);
  }
  if ((b0 & 0xE0) == 0xC0) {  // the common case: an Arabic word
    if (const uint32_t end = ArabicWord(pos); end != pos) return end;
  }
  const Char c = At(pos);
  switch (c.info.cls) {
    case CharClass::kSpace:
    case CharClass::kFormat:
      return c.next;
    case CharClass::kArabicLetter:
    case CharClass::kArabicMark:
    case CharClass::kTatweel:
      return Word<CharClass::kArabicLetter>(pos);
    case CharClass::kLatinLetter:
      return LatinStart(pos);
    case CharClass::kOtherLetter:
      return Word<CharClass::kOtherLetter>(pos);
    case CharClass::kDigit:
      return DigitStart(pos, c);
    case CharClass::kPunct:
      return Punct(pos, c);
    case CharClass::kSymbol:
      return Single(pos, c, TokenKind::kSymbol);
    default:  // kMark with no letter before it, kOther
      return Single(pos, c, TokenKind::kOther);
  }
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
