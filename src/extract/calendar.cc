// Gregorian arithmetic is std::chrono's; the Hijri calendar is ICU's, in UTC
// so that no time zone moves a date across midnight, and its instants
// become Gregorian days by division (no Gregorian calendar object per call).

#include "extract/calendar.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>

namespace khabar::extract {
namespace {

namespace ch = std::chrono;

ch::sys_days ToDays(const Date& d) {
  return ch::sys_days(ch::year(d.year) / ch::month(d.month) / ch::day(d.day));
}

Date FromDays(ch::sys_days days) {
  const ch::year_month_day ymd(days);
  return {static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
          static_cast<int>(unsigned(ymd.day()))};
}

int Digits(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return s.empty() ? -1 : v;
}

// One Umm al-Qura calendar per thread: creating one costs far more than
// using it, and a Calendar is not safe to share.
icu::Calendar* Hijri() {
  thread_local std::unique_ptr<icu::Calendar> cal = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> c(icu::Calendar::createInstance(
        icu::TimeZone::getGMT()->clone(),
        icu::Locale("ar@calendar=islamic-umalqura"), status));
    if (U_FAILURE(status)) c.reset();
    else c->setLenient(false);
    return c;
  }();
  return cal.get();
}

}  // namespace

bool IsValidDate(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= DaysInMonth(y, m);
}

int DaysInMonth(int year, int month) {
  const ch::year_month_day_last last(ch::year(year) / ch::month(month) / ch::last);
  return static_cast<int>(unsigned(last.day()));
}

std::optional<Date> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  const Date d{Digits(s.substr(0, 4)), Digits(s.substr(5, 2)),
               Digits(s.substr(8, 2))};
  if (!IsValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

int Weekday(const Date& d) {
  return static_cast<int>(ch::weekday(ToDays(d)).c_encoding());
}

Date AddDays(const Date& d, int days) { return FromDays(ToDays(d) + ch::days(days)); }

Date AddMonths(const Date& d, int months) {
  const int index = d.year * 12 + (d.month - 1) + months;
  return {index / 12, index % 12 + 1, 1};
}

namespace {

// "%04d" for a year, "-%02d" for a month or day, appended without printf
// (a time expression's value is written for every date found).
void AppendYear(int year, std::string* out) {
  if (year < 0 || year > 9999) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d", year);
    out->append(buf);
    return;
  }
  const char digits[4] = {static_cast<char>('0' + year / 1000),
                          static_cast<char>('0' + year / 100 % 10),
                          static_cast<char>('0' + year / 10 % 10),
                          static_cast<char>('0' + year % 10)};
  out->append(digits, 4);
}

void AppendTwo(int v, std::string* out) {
  if (v < 0 || v > 99) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "-%02d", v);
    out->append(buf);
    return;
  }
  const char digits[3] = {'-', static_cast<char>('0' + v / 10),
                          static_cast<char>('0' + v % 10)};
  out->append(digits, 3);
}

}  // namespace

std::string FormatDate(const Date& d) {
  std::string s;
  AppendYear(d.year, &s);
  AppendTwo(d.month, &s);
  AppendTwo(d.day, &s);
  return s;
}

std::string FormatMonth(int year, int month) {
  std::string s;
  AppendYear(year, &s);
  AppendTwo(month, &s);
  return s;
}

std::string FormatYear(int year) {
  std::string s;
  AppendYear(year, &s);
  return s;
}

std::optional<Date> HijriToGregorian(const Date& h) {
  icu::Calendar* cal = Hijri();
  if (cal == nullptr || h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30)
    return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  cal->clear();
  cal->set(h.year, h.month - 1, h.day);
  const UDate when = cal->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  // UDate counts milliseconds from 1970-01-01 UTC, as sys_days counts days.
  constexpr double kMsPerDay = 86400000.0;
  return FromDays(ch::sys_days(ch::days(static_cast<int64_t>(std::floor(when / kMsPerDay)))));
}

int HijriMonthDays(int year, int month) {
  const std::optional<Date> first = HijriToGregorian({year, month, 1});
  const std::optional<Date> next = HijriToGregorian(
      month == 12 ? Date{year + 1, 1, 1} : Date{year, month + 1, 1});
  if (!first || !next) return 0;
  return static_cast<int>((ToDays(*next) - ToDays(*first)).count());
}

}  // namespace khabar::extract
