#include "index/simhash.h"

#include <array>
#include <bit>
#include <cstdio>

#include "base/hash.h"

namespace khabar::index {

uint64_t SimHash(const std::vector<std::string_view>& norms) {
  if (norms.size() < kMinShingles + kShingle - 1) return 0;
  std::array<int, 64> votes{};
  std::string shingle;
  for (size_t i = 0; i + kShingle <= norms.size(); ++i) {
    shingle.clear();
    for (int k = 0; k < kShingle; ++k) {
      shingle += norms[i + k];
      shingle += '\x1f';  // a separator no norm contains
    }
    const uint64_t h = base::Hash64(shingle);
    for (int bit = 0; bit < 64; ++bit) votes[bit] += (h >> bit) & 1 ? 1 : -1;
  }
  uint64_t out = 0;
  for (int bit = 0; bit < 64; ++bit)
    if (votes[bit] > 0) out |= uint64_t{1} << bit;
  // 0 means "no hash"; a real all-zero hash is as good as impossible.
  return out == 0 ? 1 : out;
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

std::vector<std::string> SimHashBands(uint64_t hash) {
  std::vector<std::string> bands;
  for (int b = 0; b < kBands; ++b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%d%04x", b,
                  static_cast<unsigned>((hash >> (16 * b)) & 0xFFFF));
    bands.emplace_back(buf);
  }
  return bands;
}

}  // namespace khabar::index
