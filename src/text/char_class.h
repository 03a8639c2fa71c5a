// Internal to khabar_text: what the normalizer and the tokenizer know about
// each code point, in one table lookup.
//
// The table is generated at build time (tools/gen_char_table.cc, from
// data/normalization.tsv and ICU) into gen/char_table.cc. Each entry holds the
// code point's class (what the tokenizer needs) and its normalization: kept
// as it is, removed, or replaced by a few UTF-8 bytes from a shared pool.
//
// Layout: two levels, no allocation, no branches on the code point range:
//   info = kCharBlocks[kCharIndex[cp >> kCharBlockShift] << kCharBlockShift
//                      | (cp & kCharBlockMask)]
// Identical blocks are stored once, so the table stays small (see the
// generator's summary line in the build log).

#ifndef KHABAR_TEXT_CHAR_CLASS_H_
#define KHABAR_TEXT_CHAR_CLASS_H_

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>

// For the few tiny functions of the per-byte loops that GCC at -O2 would
// otherwise call out of line.
#define KHABAR_TEXT_INLINE inline __attribute__((always_inline))

namespace khabar::text::internal {

enum class CharClass : uint8_t {
  kArabicLetter,  // Arabic-script letter, presentation forms included
  kArabicMark,    // combining mark in the Arabic blocks (harakat, Quranic)
  kTatweel,       // U+0640 and the tatweel presentation forms
  kLatinLetter,   // Latin-script letter
  kOtherLetter,   // any other letter (Greek, Cyrillic, Hebrew, CJK, ...)
  kMark,          // any other combining mark (U+0301, variation selectors)
  kDigit,         // a decimal digit of any set (general category Nd)
  kSpace,         // spaces, tabs, line breaks, NBSP, U+2000..200A, U+3000
  kPunct,         // general category P*
  kSymbol,        // general category S* and No, except emoji
  kFormat,        // ZWNJ ZWJ LRM RLM bidi embeddings BOM SHY: invisible
  kOther,         // emoji, controls, unassigned, private use, U+FFFD
};
inline constexpr int kCharClassCount = 12;

// `len` is kKeep for a code point that normalizes to itself, 0 for one that
// is removed, else the length of its replacement at kCharPool + offset.
struct CharInfo {
  CharClass cls;
  uint8_t len;
  uint16_t offset;
};
inline constexpr uint8_t kKeep = 0xFF;

// No replacement is longer, and kCharPool has this many bytes of padding
// after the last one, so a reader may copy kMaxReplacementBytes from any
// offset and keep `len` of them. (The generator checks both.)
inline constexpr size_t kMaxReplacementBytes = 16;

inline constexpr int kCharBlockShift = 7;
inline constexpr uint32_t kCharBlockMask = (1u << kCharBlockShift) - 1;
inline constexpr uint32_t kCharIndexSize = 0x110000 >> kCharBlockShift;

// Defined in the generated gen/char_table.cc.
extern const uint16_t kCharIndex[kCharIndexSize];
extern const CharInfo kCharBlocks[];
extern const char kCharPool[];

// The code points U+0080..U+07FF again, flat, indexed by TwoByteIndex,
// each with its norm inline when that is empty or two bytes: every Arabic
// letter and mark (ة -> ه and أ -> ا included). The tokenizer's hottest loop
// so reads one 4-byte entry per code point and never goes to kCharPool.
// Overlong sequences (lead C0 or C1) and unused slots are kOther.
struct TwoByteChar {
  CharClass cls;
  uint8_t norm_len;  // 0 (removed) or 2 (norm); kNormElsewhere: LookupChar
  char norm[2];
};
inline constexpr uint8_t kNormElsewhere = 0xFF;
inline constexpr uint32_t kTwoByteIndexSize = 0x3F20;
extern const TwoByteChar kTwoByteChars[kTwoByteIndexSize];

// The payload bits of a two-byte sequence b0 b1 where they stand in memory:
// (b1 & 0x3F) << 8 | (b0 & 0x1F), not the code point's own order, so that
// on a little-endian machine a 16-bit load of the sequence masked with
// 0x3F1F is the index: one AND, no shifts (the pair loop's two lookups).
KHABAR_TEXT_INLINE uint32_t TwoByteIndex(uint32_t b0, uint32_t b1) {
  return (b1 & 0x3F) << 8 | (b0 & 0x1F);
}

// REQUIRES: cp <= 0x10FFFF.
KHABAR_TEXT_INLINE const CharInfo& LookupChar(char32_t cp) {
  const uint32_t block = kCharIndex[cp >> kCharBlockShift];
  return kCharBlocks[(block << kCharBlockShift) | (cp & kCharBlockMask)];
}

// Decodes the code point at s[i] (REQUIRES: i < n) and returns the offset
// just past it. An ill-formed sequence is reported as -1 and covers the same
// bytes ICU's U8_NEXT (and so base::DecodeAt) consumes; callers print it as
// U+FFFD.
KHABAR_TEXT_INLINE size_t DecodeChar(const char* s, size_t i, size_t n,
                                     int32_t* cp) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s);
  const uint8_t c = p[i];
  if (c < 0x80) {
    *cp = c;
    return i + 1;
  }
  if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
    *cp = ((c & 0x1F) << 6) | (p[i + 1] & 0x3F);  // all Arabic letters
    return i + 2;
  }
  int32_t pos = static_cast<int32_t>(i);
  UChar32 u;
  U8_NEXT(p, pos, static_cast<int32_t>(n), u);
  *cp = u;
  return static_cast<size_t>(pos);
}

// U+FFFD in UTF-8, written for each ill-formed sequence.
inline constexpr char kReplacementUtf8[] = "\xEF\xBF\xBD";

}  // namespace khabar::text::internal

#endif  // KHABAR_TEXT_CHAR_CLASS_H_
