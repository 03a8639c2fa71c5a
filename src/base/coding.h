// Little-endian fixed integers and LEB128 varints for the images khabar
// compiles at build time (the lexicon, the word counts).

#ifndef KHABAR_BASE_CODING_H_
#define KHABAR_BASE_CODING_H_

#include <cstdint>
#include <string>

namespace khabar {

inline void PutU32(uint32_t v, std::string* out) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}

inline uint32_t GetU32(const char* p) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

inline void PutVarint(uint32_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Reads a varint at *p (bounded by end) and advances *p; false on a
// truncated or overlong one.
inline bool GetVarint(const char** p, const char* end, uint32_t* v) {
  *v = 0;
  for (int shift = 0; shift <= 28 && *p < end; shift += 7) {
    const unsigned char byte = static_cast<unsigned char>(*(*p)++);
    *v |= static_cast<uint32_t>(byte & 0x7F) << shift;
    if (byte < 0x80) return true;
  }
  return false;
}

}  // namespace khabar

#endif  // KHABAR_BASE_CODING_H_
