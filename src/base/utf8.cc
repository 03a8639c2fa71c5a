#include "base/utf8.h"

#include <unicode/utf8.h>

namespace khabar::base {

char32_t DecodeAt(std::string_view s, size_t* i) {
  const unsigned char c = static_cast<unsigned char>(s[*i]);
  if (c < 0x80) {
    ++*i;
    return c;
  }
  int32_t pos = static_cast<int32_t>(*i);
  const int32_t length = static_cast<int32_t>(s.size());
  UChar32 cp;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, length, cp);
  *i = static_cast<size_t>(pos);
  return cp < 0 ? kReplacement : static_cast<char32_t>(cp);
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
    return;
  }
  uint8_t buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, U8_MAX_LENGTH, static_cast<UChar32>(cp), error);
  if (error) {
    n = 0;
    U8_APPEND_UNSAFE(buf, n, kReplacement);
  }
  out->append(reinterpret_cast<const char*>(buf), n);
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    int32_t pos = static_cast<int32_t>(i);
    UChar32 cp;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos,
            static_cast<int32_t>(s.size()), cp);
    if (cp < 0) return false;
    i = static_cast<size_t>(pos);
  }
  return true;
}

std::string RepairUtf8(std::string_view s, std::vector<size_t>* bad_offsets) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const size_t start = i;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out.push_back(s[i++]);
      continue;
    }
    int32_t pos = static_cast<int32_t>(i);
    UChar32 cp;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos,
            static_cast<int32_t>(s.size()), cp);
    i = static_cast<size_t>(pos);
    if (cp < 0) {
      if (bad_offsets) bad_offsets->push_back(start);
      AppendUtf8(kReplacement, &out);
    } else {
      out.append(s.data() + start, i - start);
    }
  }
  return out;
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace khabar::base
