#include "index/simhash.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace khabar::index {
namespace {

std::vector<std::string> Words(int n, int seed) {
  std::vector<std::string> w;
  for (int i = 0; i < n; ++i) w.push_back("w" + std::to_string(seed * 1000 + i));
  return w;
}

uint64_t Hash(const std::vector<std::string>& words) {
  return SimHash(std::vector<std::string_view>(words.begin(), words.end()));
}

TEST(SimHash, SmallEditsStayClose) {
  std::vector<std::string> a = Words(300, 1);
  std::vector<std::string> b = a;
  b[40] = "changed";
  b[200] = "edited";
  b.push_back("tail");
  EXPECT_LE(HammingDistance(Hash(a), Hash(b)), kMaxDistance);
  EXPECT_EQ(Hash(a), Hash(a));
}

TEST(SimHash, UnrelatedTextsAreFar) {
  int close = 0;
  for (int i = 0; i < 50; ++i)
    close += HammingDistance(Hash(Words(300, i)), Hash(Words(300, i + 100))) <= kMaxDistance;
  EXPECT_EQ(close, 0);
}

TEST(SimHash, ShortTextsHaveNoHash) {
  EXPECT_EQ(Hash(Words(kMinShingles + kShingle - 2, 1)), 0u);
  EXPECT_NE(Hash(Words(kMinShingles + kShingle - 1, 1)), 0u);
}

TEST(SimHash, CloseHashesShareABand) {
  const uint64_t h = 0x0123456789abcdefULL;
  const std::vector<std::string> bands = SimHashBands(h);
  ASSERT_EQ(bands.size(), size_t{kBands});
  EXPECT_EQ(bands[0], "0cdef");
  EXPECT_EQ(bands[3], "30123");
  // Three flipped bits in three bands leave the fourth equal.
  const uint64_t g = h ^ (1ULL << 1) ^ (1ULL << 17) ^ (1ULL << 33);
  const std::vector<std::string> other = SimHashBands(g);
  EXPECT_EQ(other[3], bands[3]);
  EXPECT_NE(other[0], bands[0]);
}

}  // namespace
}  // namespace khabar::index
