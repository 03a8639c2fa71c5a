// Internal to khabar_text: the stopword set behind IsStopword (stopwords.h),
// visible so the tokenizer can fetch it once per call and look words up
// inline, with no call and no static-init check per token.
//
// A lookup does no loop and no memcmp. A word of up to 16 bytes (8 Arabic
// letters; the longest stopword, اللواتي, has 14) is exactly described by
// its length and two overlapping 8-byte (or 4-byte) loads, its Key. Before
// hashing, two 64-bit masks per length reject most other words at once:
// the low 6 bits of the second byte and of the last byte of every stopword
// of that length (for Arabic, its first and last letter). The keys
// sit in an open-addressing table at most 1/4 full: almost always one probe.

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
  KHABAR_TEXT_INLINE bool Contains(std::string_view word) const {
    const size_t n = word.size();
    if (n == 0 || n > kMaxWordBytes) return false;
    const auto* p = reinterpret_cast<const uint8_t*>(word.data());
    const uint64_t maybe =
        (first_[n] >> (p[n > 1] & 63)) & (last_[n] >> (p[n - 1] & 63)) & 1;
    if (maybe == 0) return false;
    const Key key = MakeKey(word);
    for (uint32_t i = Hash(key) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == key) return true;
      if (slots_[i].size == 0) return false;
    }
  }

 private:
  struct Key {
    uint64_t head = 0;
    uint64_t tail = 0;
    uint64_t size = 0;  // 0 marks an empty slot
    friend bool operator==(const Key&, const Key&) = default;
  };

  static Key MakeKey(std::string_view w) {
    const char* p = w.data();
    const size_t n = w.size();
    Key key;
    key.size = n;
    if (n >= 8) {
      std::memcpy(&key.head, p, 8);
      std::memcpy(&key.tail, p + n - 8, 8);
    } else if (n >= 4) {
      uint32_t head, tail;
      std::memcpy(&head, p, 4);
      std::memcpy(&tail, p + n - 4, 4);
      key.head = head;
      key.tail = tail;
    } else {
      key.head =
          uint8_t(p[0]) | uint8_t(p[n / 2]) << 8 | uint8_t(p[n - 1]) << 16;
    }
    return key;
  }

  static uint32_t Hash(const Key& key) {
    uint64_t h = key.head * 0x9E3779B97F4A7C15ull ^
                 (key.tail + key.size) * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 31;
    return static_cast<uint32_t>((h * 0x94D049BB133111EBull) >> 40);
  }

  void Insert(std::string_view norm);

  std::vector<Key> slots_;
  uint32_t mask_ = 0;
  uint64_t first_[kMaxWordBytes + 1] = {};  // by length: bits of byte 1 (or 0)
  uint64_t last_[kMaxWordBytes + 1] = {};   // by length: bits of the last byte
};

// The set of data/stopwords.txt, built on first use. Thread-safe.
const StopSet& Stopwords();

}  // namespace khabar::text::internal

#endif  // KHABAR_TEXT_STOPWORD_SET_H_
