// Gregorian arithmetic is std::chrono's; the Hijri calendar is ICU's, with
// both calendars in UTC so that no time zone moves a date across midnight.

#include "extract/calendar.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <chrono>
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

std::string FormatDate(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string FormatMonth(int year, int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string FormatYear(int year) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
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
  icu::GregorianCalendar greg(*icu::TimeZone::getGMT(), status);
  greg.setTime(when, status);
  const Date d{greg.get(UCAL_YEAR, status), greg.get(UCAL_MONTH, status) + 1,
               greg.get(UCAL_DATE, status)};
  if (U_FAILURE(status)) return std::nullopt;
  return d;
}

int HijriMonthDays(int year, int month) {
  const std::optional<Date> first = HijriToGregorian({year, month, 1});
  const std::optional<Date> next = HijriToGregorian(
      month == 12 ? Date{year + 1, 1, 1} : Date{year, month + 1, 1});
  if (!first || !next) return 0;
  return static_cast<int>((ToDays(*next) - ToDays(*first)).count());
}

}  // namespace khabar::extract
