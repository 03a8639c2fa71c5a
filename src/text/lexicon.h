// The lexicon: a set of Arabic words in search normalization, compiled at
// build time from Debian's aspell-ar-large word list (tools/build_lexicon),
// linked into the binary and searched in place: no load step, no allocation.
//
// Format (all integers little-endian; varint = LEB128):
//   "KHLEX1\0\0"  uint32 count  uint32 block_size  uint32 num_blocks
//   uint32 restarts[num_blocks]   byte offsets of each block in `data`
//   data: per block, the first word as varint(len) bytes, then each next
//         word as varint(shared prefix) varint(rest len) rest bytes
// Words are unique and sorted bytewise; the front coding (as leveldb's
// blocks) keeps 939k words in a few MB. Contains() binary-searches the
// block heads, then scans one block.
//
// Thread-safe: immutable after construction.

#ifndef KHABAR_TEXT_LEXICON_H_
#define KHABAR_TEXT_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/status.h"

namespace khabar::text {

class Lexicon {
 public:
  // The lexicon compiled into this binary.
  static const Lexicon& Default();

  // Reads a lexicon image; `image` must outlive the Lexicon.
  static Result<Lexicon> FromImage(std::string_view image);

  // Builds an image from words that are already normalized; sorts and
  // de-duplicates them. block_size: words per front-coded block.
  static std::string BuildImage(std::vector<std::string> words,
                                uint32_t block_size = 16);

  // REQUIRES: `norm` is in search normalization (normalizer.h).
  bool Contains(std::string_view norm) const;
  uint32_t size() const { return count_; }
  size_t image_bytes() const { return image_.size(); }

 private:
  Lexicon() = default;
  std::string_view BlockHead(uint32_t block, const char** next) const;

  std::string_view image_;
  std::string_view data_;
  const char* restarts_ = nullptr;  // uint32 LE array
  uint32_t count_ = 0;
  uint32_t block_size_ = 0;
  uint32_t num_blocks_ = 0;
};

}  // namespace khabar::text

#endif  // KHABAR_TEXT_LEXICON_H_
