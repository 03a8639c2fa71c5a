// Near-duplicate detection: a 64-bit SimHash over shingles of normalized
// words (Charikar 2002; Manku et al. 2007 for the band lookup).
//
// Each run of kShingle consecutive word norms is hashed (XXH3); bit i of
// the SimHash is set when more shingles have bit i set than not. Two texts
// that differ in a few words share most shingles, so their SimHashes
// differ in few bits; unrelated texts differ in about 32.
//
// Lookup: the 64 bits split into kBands bands of 16. Two hashes within
// kMaxDistance (3) bits agree on at least one band exactly (pigeonhole),
// so the index stores one term per band and a new article is compared only
// with the articles sharing a band term.

#ifndef KHABAR_INDEX_SIMHASH_H_
#define KHABAR_INDEX_SIMHASH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khabar::index {

inline constexpr int kShingle = 3;
inline constexpr int kBands = 4;
inline constexpr int kMaxDistance = 3;
// Texts with fewer shingles are too short to call copies: a shared
// two-line brief would match every other.
inline constexpr size_t kMinShingles = 24;

// The SimHash of a word sequence; 0 when it has fewer than kMinShingles
// shingles (never a near-duplicate of anything).
uint64_t SimHash(const std::vector<std::string_view>& norms);

int HammingDistance(uint64_t a, uint64_t b);

// The band terms' contents: "0" + 4 hex digits, ... "3" + 4 hex digits.
std::vector<std::string> SimHashBands(uint64_t hash);

}  // namespace khabar::index

#endif  // KHABAR_INDEX_SIMHASH_H_
