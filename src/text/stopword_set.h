// Internal to khabar_text: the stopword set behind IsStopword (stopwords.h),
// visible so the tokenizer can fetch it once per call and look words up
// inline, with no call and no static-init check per token.
//
// A lookup does no loop and no memcmp. A word of up to 16 bytes (8 Arabic
// letters; the longest stopword, اللواتي, has 14) is exactly described by
// its length and its bytes zero-padded to 16, two 8-byte words: its Key.
// The tokenizer's norm buffer always has 16 readable bytes, so it makes the
// key with two fixed loads and a mask per length (ContainsPadded), no branch
// on the length. Before hashing, two 64-bit masks per length reject most
// other words at once: the low 6 bits of the second byte (any, for length
// 1) and of the last byte of every stopword of that length (for Arabic, its
// first and last letter). The keys sit in an open-addressing table at most
// 1/4 full: almost always one probe.

#ifndef KHABAR_TEXT_STOPWORD_SET_H_
#define KHABAR_TEXT_STOPWORD_SET_H_

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "text/char_class.h"  // KHABAR_TEXT_INLINE

namespace khabar::text::internal {

class StopSet {
 public:
  static constexpr size_t kMaxWordBytes = 16;

  // Normalizes and adds each word of the stopword file (format in
  // data/stopwords.txt). Aborts on a word longer than kMaxWordBytes.
  explicit StopSet(std::string_view file);

  // REQUIRES: `word` is normalized.
  bool Contains(std::string_view word) const {
    if (word.empty() || word.size() > kMaxWordBytes) return false;
    char padded[kMaxWordBytes] = {};
    std::memcpy(padded, word.data(), word.size());
    return ContainsPadded(padded, word.size());
  }

  // Contains(string_view(p, n)), for a caller whose buffer holds at least
  // kMaxWordBytes readable bytes at p whatever n is (the bytes past n are
  // masked off, never compared).
  KHABAR_TEXT_INLINE bool ContainsPadded(const char* p, size_t n) const {
    if (n - 1 >= kMaxWordBytes) return false;  // n == 0 wraps around
    const auto* b = reinterpret_cast<const uint8_t*>(p);
    const uint64_t maybe =
        (first_[n] >> (b[1] & 63)) & (last_[n] >> (b[n - 1] & 63)) & 1;
    if (maybe == 0) return false;
    const Key key = MakeKey(p, n);
    for (uint32_t i = Hash(key) & mask_;; i = (i + 1) & mask_) {
      const Key& slot = slots_[i];
      if (((slot.head ^ key.head) | (slot.tail ^ key.tail) |
           (slot.size ^ key.size)) == 0) {
        return true;
      }
      if (slot.size == 0) return false;
    }
  }

 private:
  struct Key {
    uint64_t head = 0;
    uint64_t tail = 0;
    uint64_t size = 0;  // 0 marks an empty slot
    friend bool operator==(const Key&, const Key&) = default;
  };

  // REQUIRES: 1 <= n <= kMaxWordBytes, p[0, kMaxWordBytes) readable.
  KHABAR_TEXT_INLINE static Key MakeKey(const char* p, size_t n) {
    // kMask.head[n], kMask.tail[n]: where the n bytes of a word lie in
    // its two 8-byte halves.
    static constexpr struct Masks {
      uint64_t head[kMaxWordBytes + 1];
      uint64_t tail[kMaxWordBytes + 1];
      constexpr Masks() : head(), tail() {
        for (size_t n = 1; n <= kMaxWordBytes; ++n) {
          head[n] = n >= 8 ? ~uint64_t{0} : ~uint64_t{0} >> (64 - 8 * n);
          tail[n] = n <= 8    ? 0
                    : n >= 16 ? ~uint64_t{0}
                              : ~uint64_t{0} >> (128 - 8 * n);
        }
      }
    } kMask;
    Key key;
    std::memcpy(&key.head, p, 8);
    std::memcpy(&key.tail, p + 8, 8);
    key.head &= kMask.head[n];
    key.tail &= kMask.tail[n];
    key.size = n;
    return key;
  }

  KHABAR_TEXT_INLINE static uint32_t Hash(const Key& key) {
    const uint64_t h = key.head * 0x9E3779B97F4A7C15ull +
                       (key.tail ^ key.size) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<uint32_t>(h >> 40);
  }

  void Insert(std::string_view norm);

  std::vector<Key> slots_;
  uint32_t mask_ = 0;
  // By length: bits of byte 1; all set for length 1 (its byte 1 is padding).
  uint64_t first_[kMaxWordBytes + 1] = {};
  uint64_t last_[kMaxWordBytes + 1] = {};  // by length: bits of the last byte
};

// The set of data/stopwords.txt, built on first use. Thread-safe.
const StopSet& Stopwords();

}  // namespace khabar::text::internal

#endif  // KHABAR_TEXT_STOPWORD_SET_H_
