// Calendar arithmetic for resolving time expressions: civil dates,
// weekdays, month and year shifts, and Hijri -> Gregorian with ICU's
// islamic-umalqura calendar (the Umm al-Qura calendar of Saudi Arabia).
//
//   ParseIsoDate("2026-01-22")        -> {2026, 1, 22}
//   Weekday({2026, 1, 22})            -> 4 (Thursday; Sunday is 0)
//   AddDays({2026, 1, 22}, -1)        -> {2026, 1, 21}
//   HijriToGregorian({1447, 7, 3})    -> {2025, 12, 23}
//   FormatDate({2026, 1, 22})         -> "2026-01-22"

#ifndef KHABAR_EXTRACT_CALENDAR_H_
#define KHABAR_EXTRACT_CALENDAR_H_

#include <optional>
#include <string>
#include <string_view>

namespace khabar::extract {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend bool operator==(const Date&, const Date&) = default;
};

// "YYYY-MM-DD" (a real date) -> Date; nullopt otherwise.
std::optional<Date> ParseIsoDate(std::string_view s);
// True when y-m-d exists in the Gregorian calendar.
bool IsValidDate(int y, int m, int d);
int Weekday(const Date& d);  // 0 = Sunday .. 6 = Saturday
Date AddDays(const Date& d, int days);
// The first day of the month `months` after d's (negative: before).
Date AddMonths(const Date& d, int months);
int DaysInMonth(int year, int month);

std::string FormatDate(const Date& d);            // 2026-01-22
std::string FormatMonth(int year, int month);     // 2026-01
std::string FormatYear(int year);                 // 2026

// The Gregorian date of Hijri y-m-d (Umm al-Qura); nullopt when ICU cannot
// tell or the Hijri date does not exist (day 30 of a 29-day month).
std::optional<Date> HijriToGregorian(const Date& hijri);
// Days in Hijri month y-m (29 or 30); 0 when unknown.
int HijriMonthDays(int year, int month);

}  // namespace khabar::extract

#endif  // KHABAR_EXTRACT_CALENDAR_H_
