#include "text/chars.h"

#include <gtest/gtest.h>

namespace khabar::text {
namespace {

TEST(Chars, ArabicLettersAndWordChars) {
  for (char32_t c : {U'ب', U'ة', U'ى', U'ء', U'ک', U'ﻻ'}) {
    EXPECT_TRUE(IsArabicLetter(c)) << static_cast<uint32_t>(c);
    EXPECT_TRUE(IsArabicWordChar(c)) << static_cast<uint32_t>(c);
  }
  for (char32_t c : {U'\u064E', U'\u0651', U'\u0670', U'\u0640'}) {  // marks, tatweel
    EXPECT_FALSE(IsArabicLetter(c)) << static_cast<uint32_t>(c);
    EXPECT_TRUE(IsArabicWordChar(c)) << static_cast<uint32_t>(c);
  }
  for (char32_t c : {U'a', U'٣', U'،', U'؟', U' ', U'\u200F', char32_t{0x110000}}) {
    EXPECT_FALSE(IsArabicWordChar(c)) << static_cast<uint32_t>(c);
  }
  EXPECT_TRUE(IsLatinLetter(U'a'));
  EXPECT_TRUE(IsLatinLetter(U'é'));
  EXPECT_FALSE(IsLatinLetter(U'ب'));
}

TEST(Chars, DigitValueInEverySet) {
  EXPECT_EQ(DigitValue(U'7'), 7);
  EXPECT_EQ(DigitValue(U'٠'), 0);
  EXPECT_EQ(DigitValue(U'٩'), 9);
  EXPECT_EQ(DigitValue(U'۳'), 3);
  EXPECT_EQ(DigitValue(U'३'), 3);  // Devanagari
  EXPECT_EQ(DigitValue(U'x'), -1);
  EXPECT_EQ(DigitValue(U'٫'), -1);
  EXPECT_EQ(DigitValue(U'½'), -1);
}

}  // namespace
}  // namespace khabar::text
