#include "base/hash.h"

#include <gtest/gtest.h>

namespace khabar::base {
namespace {

TEST(Hash, HexIsSixteenDigits) {
  EXPECT_EQ(Hex64(0x5aa78d3e4e24ad41ULL), "5aa78d3e4e24ad41");
  EXPECT_EQ(Hex64(1), "0000000000000001");
}

TEST(Hash, IsStable) {
  // A changed hash would change every record id: this pins XXH3-64.
  EXPECT_EQ(Hex64(Hash64("")), "2d06800538d394c2");
}

TEST(NormalizeUrl, SpellingsOfOneAddressAgree) {
  EXPECT_EQ(NormalizeUrl("HTTPS://WWW.Example.com/a/%D8%B1/#top"),
            "https://example.com/a/ر");
  EXPECT_EQ(NormalizeUrl(" https://example.com/a/ر "), "https://example.com/a/ر");
  EXPECT_EQ(NormalizeUrl("https://example.com/Path"), "https://example.com/Path");
}

}  // namespace
}  // namespace khabar::base
