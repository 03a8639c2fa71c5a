#include "base/utf8.h"

#include <gtest/gtest.h>

namespace khabar::base {
namespace {

TEST(Utf8, DecodesArabicAndAdvances) {
  const std::string s = "قال";
  size_t i = 0;
  EXPECT_EQ(DecodeAt(s, &i), U'ق');
  EXPECT_EQ(i, 2u);
}

TEST(Utf8, InvalidByteIsReplacementOfOneByte) {
  const std::string s = "a\xff" "b";
  size_t i = 1;
  EXPECT_EQ(DecodeAt(s, &i), kReplacement);
  EXPECT_EQ(i, 2u);
}

TEST(Utf8, ValidityRejectsOverlongAndSurrogates) {
  EXPECT_TRUE(IsValidUtf8("خبر news"));
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(IsValidUtf8("\xd8"));              // truncated
}

TEST(Utf8, RepairReplacesAndReportsOffsets) {
  std::vector<size_t> bad;
  const std::string out = RepairUtf8("ab\xff" "c\xd8", &bad);
  EXPECT_EQ(out, "ab\xEF\xBF\xBD" "c\xEF\xBF\xBD");
  EXPECT_EQ(bad, (std::vector<size_t>{2, 4}));
  EXPECT_TRUE(IsValidUtf8(out));
}

TEST(Utf8, CodePointCount) {
  EXPECT_EQ(CodePointCount("خبر ok"), 6u);
}

}  // namespace
}  // namespace khabar::base
