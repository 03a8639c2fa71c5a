// Unit cases for the extractors; the broad table is tests/golden/extract.

#include <gtest/gtest.h>

#include "extract/extract_testing.h"

namespace khabar::extract {
namespace {

using testing::Extract;

TEST(Quantities, SeedSentence) {
  const auto f = Extract("أرسلنا أكثر من ٨٠٠ طن من البضائع إلى قطاع غزة، ونفذنا نحو ٣٢ عملية إنسانية", "");
  ASSERT_EQ(f.quantities.size(), 2u);
  EXPECT_EQ(f.quantities[0].text, "أكثر من ٨٠٠ طن من البضائع");
  EXPECT_EQ(f.quantities[0].value, 800);
  EXPECT_EQ(f.quantities[0].qualifier, "more_than");
  EXPECT_EQ(f.quantities[0].unit, "طن");
  EXPECT_EQ(f.quantities[0].counted, "البضائع");
  EXPECT_EQ(f.quantities[1].text, "نحو ٣٢ عملية إنسانية");
  EXPECT_EQ(f.quantities[1].counted, "عملية إنسانية");
}

TEST(Quantities, SkipsWhatIsNotAnAmount) {
  for (const char* s : {"اتصل على 0501234567", "المادة 12 من النظام", "في عام 2015",
                        "الساعة 10:30", "في 22 يناير", "https://x.com/123"}) {
    EXPECT_TRUE(Extract(s, "").quantities.empty()) << s;
  }
}

TEST(Times, WeekdayMismatchWarns) {
  const auto f = Extract("قال اليوم الجمعة إن", "2026-01-22");
  ASSERT_EQ(f.times.size(), 1u);
  EXPECT_EQ(f.times[0].value, "2026-01-22");
  EXPECT_EQ(f.warnings.size(), 1u);
}

TEST(Times, NoArticleDateLeavesRelativeUnresolved) {
  const auto f = Extract("وصل أمس", "");
  ASSERT_EQ(f.times.size(), 1u);
  EXPECT_EQ(f.times[0].value, "");
  EXPECT_EQ(f.times[0].resolution, "unresolved_no_article_date");
}

TEST(Times, SpansSurviveOddInput) {
  std::string junk = "\xff\xfe ٢٢ يناير \xd9 2026 أمس";
  Extract(junk, "2026-01-22");
  Extract("", "2026-01-22");
  Extract("٣ رجب", "bad-date");
}

}  // namespace
}  // namespace khabar::extract
