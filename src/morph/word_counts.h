// How often each written word occurs in a large body of news: the corpus
// evidence the segmenter weighs (segmenter.h). Keys are skeletons: the word
// as written, less harakat and tatweel, with hamza, ة and ى kept (أحد and
// احد, كرة and كره are different keys).
//
// Image format (integers little-endian; varint = LEB128):
//   "KHCNT1\0\0"  uint32 count
//   count entries, sorted bytewise by word:
//     varint(shared prefix with previous word) varint(rest len) rest
//     varint(occurrences)
// tools/train_segmenter writes it; models/README.md says from what.
//
// FromImage decodes the image once into an open-addressing hash table of
// 16-byte slots keyed by the word's 64-bit XXH3 hash and length, so a
// lookup is one hash and, mostly, one cache line: the words themselves are
// kept apart (for ForEach) and never read on a lookup. Two words of the
// table with one hash would be refused when loading; a word outside the
// table that shares a table word's hash and length (odds about 2^-47 per
// lookup for 122k words) would read that word's count. Each slot also
// keeps a memo of the segmenter's decision for its word.
//
// Thread-safe: lookups are const; the memo is written with relaxed atomics,
// and every writer writes the same value for a word.

#ifndef KHABAR_MORPH_WORD_COUNTS_H_
#define KHABAR_MORPH_WORD_COUNTS_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/status.h"

namespace khabar::morph {

class WordCounts {
 public:
  WordCounts() = default;
  WordCounts(WordCounts&&) noexcept = default;
  WordCounts& operator=(WordCounts&&) noexcept = default;

  static Result<WordCounts> FromImage(std::string_view image);

  // The image for `counts`; entries with an empty word are dropped, and
  // repeated words are summed.
  static std::string BuildImage(
      std::vector<std::pair<std::string, uint32_t>> counts);

  // Occurrences of `word` (a skeleton); 0 when unseen.
  uint32_t Count(std::string_view word) const {
    const Slot* s = Find(word);
    return s == nullptr ? 0 : s->count;
  }

  // The memo cell of `word`, or nullptr when the word is not in the table.
  // 0 means "not decided yet".
  std::atomic<uint16_t>* Memo(std::string_view word) const {
    const Slot* s = Find(word);
    return s == nullptr ? nullptr : &s->memo;
  }

  size_t size() const { return size_; }
  // Bytes held: the slots, the words and their offsets.
  size_t memory_bytes() const {
    return arena_.capacity() + (sizeof(Slot) + 4) * num_slots_;
  }

  // Calls fn(word, count) for every entry, in no particular order.
  template <typename Fn>
  void ForEach(Fn fn) const {
    for (size_t i = 0; i < num_slots_; ++i)
      if (slots_[i].len != 0)
        fn(std::string_view(arena_.data() + offsets_[i], slots_[i].len),
           slots_[i].count);
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t count = 0;
    uint16_t len = 0;  // 0: empty slot
    mutable std::atomic<uint16_t> memo{0};
  };

  const Slot* Find(std::string_view word) const;

  std::string arena_;
  std::unique_ptr<Slot[]> slots_;
  std::unique_ptr<uint32_t[]> offsets_;  // slot -> word in arena_
  size_t num_slots_ = 0;  // a power of two
  size_t size_ = 0;
};

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_WORD_COUNTS_H_
