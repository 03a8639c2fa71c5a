#include "extract/numbers.h"

#include <gtest/gtest.h>

#include "text/tokenizer.h"

namespace khabar::extract {
namespace {

double Digits(std::string_view s) {
  bool percent = false;
  return ParseDigits(s, &percent).value_or(-1);
}

double Read(std::string_view text) {
  const std::vector<Token> t = text::Tokenize(text);
  const std::optional<NumberMatch> m = ReadNumber(t, 0);
  return m ? m->value : -1;
}

TEST(ParseDigits, Separators) {
  EXPECT_EQ(Digits("12\xd9\xac" "500"), 12500);   // ١٢٬٥٠٠
  EXPECT_EQ(Digits("4\xd9\xab" "5"), 4.5);        // ٤٫٥
  EXPECT_EQ(Digits("1,500,000"), 1500000);
  EXPECT_EQ(Digits("1,500"), 1500);
  EXPECT_EQ(Digits("3,5"), 3.5);
  EXPECT_EQ(Digits("3.5"), 3.5);
  EXPECT_EQ(Digits("1.500.000"), 1500000);
  EXPECT_DOUBLE_EQ(Digits("26\xd8\x8c" "013,94"), 26013.94);  // 26،013,94
  EXPECT_EQ(Digits("22.01.2026"), -1);
  bool percent = false;
  EXPECT_EQ(ParseDigits("3.5%", &percent).value_or(-1), 3.5);
  EXPECT_TRUE(percent);
}

TEST(ReadNumber, Words) {
  EXPECT_EQ(Read("خمسة وعشرين"), 25);
  EXPECT_EQ(Read("ثلاثة آلاف"), 3000);
  EXPECT_EQ(Read("مليونا دولار"), 2000000);
  EXPECT_EQ(Read("نصف مليون"), 500000);
  EXPECT_EQ(Read("عشرات الآلاف"), 10000);
  EXPECT_EQ(Read("خمسة عشر"), 15);
  EXPECT_EQ(Read("ثلاث مئة"), 300);
  EXPECT_EQ(Read("مليون وخمسمائة ألف"), 1500000);
  EXPECT_EQ(Read("ثلاثمائة وخمسين"), 350);
  EXPECT_EQ(Read("لأكثر"), -1);
  EXPECT_EQ(Read("الثاني"), -1);
  EXPECT_EQ(Read("٣ ملايين"), 3000000);
  EXPECT_EQ(Read("1.5 مليار"), 1500000000);
  EXPECT_EQ(Read("عشرين ألفا"), 20000);
  EXPECT_EQ(Read("وخمسين"), 50);
}

}  // namespace
}  // namespace khabar::extract
