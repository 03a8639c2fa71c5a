// The two hashes the entity layer is built on: a word's 64-bit XXH3
// (base::Hash64), and Mix, which folds one 64-bit value into another. The
// tagger's features are Mix of a template number and its values' hashes;
// a gazetteer key of several words is its words' hashes folded with Mix. No
// string is built for either.
//
// Both are fixed forever: models/ner.bin holds hashed features.

#ifndef KHABAR_NER_HASHING_H_
#define KHABAR_NER_HASHING_H_

#include <cstdint>
#include <string_view>

#include "base/hash.h"

namespace khabar::ner {

inline uint64_t HashOf(std::string_view s) { return base::Hash64(s); }

// splitmix64's finalizer over a and b.
inline uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t x = a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL);
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace khabar::ner

#endif  // KHABAR_NER_HASHING_H_
