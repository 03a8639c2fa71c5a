#include "extract/calendar.h"

#include <gtest/gtest.h>

namespace khabar::extract {
namespace {

TEST(Calendar, Gregorian) {
  const Date d = *ParseIsoDate("2026-01-22");
  EXPECT_EQ(Weekday(d), 4);  // Thursday
  EXPECT_EQ(FormatDate(AddDays(d, -1)), "2026-01-21");
  EXPECT_EQ(FormatDate(AddDays({2024, 3, 1}, -1)), "2024-02-29");
  EXPECT_EQ(AddMonths(d, -1), (Date{2025, 12, 1}));
  EXPECT_FALSE(ParseIsoDate("2015-02-30"));
  EXPECT_FALSE(ParseIsoDate(""));
}

TEST(Calendar, HijriUmmAlQura) {
  // 1 Ramadan 1436 was 18 June 2015 in Saudi Arabia.
  EXPECT_EQ(FormatDate(*HijriToGregorian({1436, 9, 1})), "2015-06-18");
  // 1 Muharram 1447 was 26 June 2025.
  EXPECT_EQ(FormatDate(*HijriToGregorian({1447, 1, 1})), "2025-06-26");
  const int days = HijriMonthDays(1436, 9);
  EXPECT_TRUE(days == 29 || days == 30);
}

}  // namespace
}  // namespace khabar::extract
