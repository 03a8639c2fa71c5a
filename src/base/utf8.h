// UTF-8 helpers on top of ICU's U8_* macros.
//
// Text stages take any bytes: DecodeAt never fails, it reports an invalid
// sequence as U+FFFD covering one byte, so offsets advance and stay exact.

#ifndef KHABAR_BASE_UTF8_H_
#define KHABAR_BASE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace khabar::base {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at s[*i] and advances *i past it (by at least 1).
// REQUIRES: *i < s.size().
char32_t DecodeAt(std::string_view s, size_t* i);

// Appends the UTF-8 encoding of cp to *out.
void AppendUtf8(char32_t cp, std::string* out);

// True when s is well-formed UTF-8 (no surrogates, no overlongs).
bool IsValidUtf8(std::string_view s);

// Copies s, replacing each maximal invalid subsequence with U+FFFD.
// `bad_offsets`, when given, receives the byte offset in `s` of each one.
std::string RepairUtf8(std::string_view s, std::vector<size_t>* bad_offsets);

// Number of code points in s[0, byte_offset): for code-point offsets.
size_t CodePointCount(std::string_view s);

}  // namespace khabar::base

#endif  // KHABAR_BASE_UTF8_H_
