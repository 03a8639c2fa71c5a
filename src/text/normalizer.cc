// Normalization is a per-code-point rewrite with no context, so one pass
// does it: ASCII bytes are lowered in place; every other code point is
// decoded and looked up once in the generated table (char_class.h), which
// says keep, remove or replace. Output goes through a stack buffer flushed
// into *out in big appends, so a short string costs one append. (The
// tokenizer writes token norms itself, from the same table, as it scans.)

#include "text/normalizer.h"

#include <cstring>

#include "text/char_class.h"

namespace khabar::text {
namespace {

using internal::CharInfo;
using internal::kKeep;

constexpr size_t kBufferSize = 1024;

inline char LowerAscii(char c) {
  return static_cast<char>(c +
                           ((static_cast<unsigned char>(c - 'A') < 26) << 5));
}

// Writes the normalization of the non-ASCII code point s[i, next) to *dst
// and returns the bytes written.
inline size_t WriteCodePoint(const char* s, size_t i, size_t next, int32_t cp,
                             char* dst) {
  if (cp < 0) {
    std::memcpy(dst, internal::kReplacementUtf8, 3);
    return 3;
  }
  const CharInfo& info = internal::LookupChar(static_cast<char32_t>(cp));
  if (info.len == kKeep) {
    const size_t len = next - i;  // 2..4: a valid non-ASCII sequence
    dst[0] = s[i];
    dst[1] = s[i + 1];
    if (len > 2) dst[2] = s[i + 2];
    if (len > 3) dst[3] = s[i + 3];
    return len;
  }
  std::memcpy(dst, internal::kCharPool + info.offset,
              internal::kMaxReplacementBytes);  // padded: see char_class.h
  return info.len;
}

}  // namespace

void NormalizeAppend(std::string_view in, std::string* out) {
  char buf[kBufferSize + internal::kMaxReplacementBytes];
  size_t n = 0;
  const char* s = in.data();
  const size_t size = in.size();
  size_t i = 0;
  while (i < size) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      buf[n++] = LowerAscii(s[i++]);
    } else {
      int32_t cp;
      const size_t next = internal::DecodeChar(s, i, size, &cp);
      n += WriteCodePoint(s, i, next, cp, buf + n);
      i = next;
    }
    if (n >= kBufferSize) {
      out->append(buf, n);
      n = 0;
    }
  }
  out->append(buf, n);
}

}  // namespace khabar::text
