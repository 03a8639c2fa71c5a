// Relative time expressions, resolved against the article date with the
// roles of data/time_words.tsv:
//   [في وقت سابق من] [يوم] day-word [weekday]   اليوم الخميس, أمس الأربعاء
//   [يوم] weekday [direction]                   الخميس الماضي
//   [في] [part] [هذا] unit [direction]          مطلع الشهر الجاري, في هذا العام
//   ago|ahead amount                            منذ ثلاثة أيام, قبل أسبوعين
//   خلال (relative | amount)                    خلال الأيام المقبلة
//   set                                         يوميا, كل عام
// Weeks run Sunday to Saturday, the Saudi working week's calendar.

#include <string>

#include "extract/times_internal.h"

namespace khabar::extract {
namespace {

constexpr std::string_view kFi = "\xd9\x81\xd9\x8a";                      // في
constexpr std::string_view kYawm = "\xd9\x8a\xd9\x88\xd9\x85";            // يوم
constexpr std::string_view kAl = "\xd8\xa7\xd9\x84";                      // ال
constexpr const char* kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                     "Thursday", "Friday", "Saturday"};

// في with or without a conjunction: "في", "وفي", "ففي".
bool IsFi(std::string_view s) {
  if (s.size() == 6 && (s.starts_with("\xd9\x88") || s.starts_with("\xd9\x81")))
    s.remove_prefix(2);
  return s == kFi;
}

// The time phrase at tokens[i], of any role. The matchers ask at the same
// few tokens for role after role, so the match is looked up once.
PhraseTable::Match TimeMatch(const TimeContext& c, size_t i) {
  if (i >= c.tokens.size()) return {};
  TimeContext::Memo& memo = c.memo[i % c.memo.size()];
  if (memo.at != i) {
    memo.at = i;
    memo.match = Tables::Get().time.MatchAt(c.tokens, i);
  }
  return memo.match;
}

// The time phrase at tokens[i] when it has `role`.
PhraseTable::Match TimeAt(const TimeContext& c, size_t i, Role role) {
  const PhraseTable::Match m = TimeMatch(c, i);
  return m.length && m.entry->role == role ? m : PhraseTable::Match{};
}

// يوم, with or without clitics ("ويوم", "بيوم").
bool IsYawm(const Tokens& t, size_t i) {
  if (!(t.roles(i) & Tables::kExtraBit)) return false;  // false past the end
  const CliticForms forms(Norm(t[i]));
  for (size_t f = 0; f < forms.size(); ++f) if (forms[f] == kYawm) return true;
  return false;
}

bool Unresolved(const TimeContext& c, TimeExpr* out) {
  if (c.article) return false;
  out->resolution = "unresolved_no_article_date";
  return true;
}

// "اليوم الوطني", "في اليوم", "ذلك اليوم": not today.
bool TodayIsNotToday(const TimeContext& c, size_t i) {
  const Tokens& t = c.tokens;
  static const std::string_view kBefore[] = {
      kFi, "\xd8\xb0\xd9\x84\xd9\x83",                     // ذلك
      "\xd9\x87\xd8\xb0\xd8\xa7", "\xd9\x86\xd9\x81\xd8\xb3",  // هذا نفس
      "\xd8\xb0\xd8\xa7\xd8\xaa"};                             // ذات
  if (i > 0) for (std::string_view b : kBefore) if (Norm(t[i - 1]) == b) return true;
  if (i + 1 >= t.size() || TimeAt(c, i + 1, Role::kWeekday).length) return false;
  const std::string_view next = Norm(t[i + 1]);
  return next.starts_with(kAl) &&
         (next.ends_with("\xd9\x8a") || next.ends_with("\xd9\x8a\xd9\x87") ||
          next == "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x88\xd9\x84" ||           // الاول
          next == "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xae\xd9\x8a\xd8\xb1");    // الاخير
}

// day-word [weekday]: اليوم الخميس, أمس الأربعاء, أول أمس, غدا.
size_t DayWord(const TimeContext& c, size_t i, TimeExpr* out) {
  const PhraseTable::Match d = TimeAt(c, i, Role::kDay);
  if (!d.length) return 0;
  if (d.entry->number == 0 && TodayIsNotToday(c, i)) return 0;
  size_t end = i + d.length;
  const PhraseTable::Match w = TimeAt(c, end, Role::kWeekday);
  out->kind = "date";
  out->resolution = w.length ? "relative_day_weekday" : "relative_day";
  if (w.length) end += w.length;
  if (Unresolved(c, out)) return end;
  const Date day = AddDays(*c.article, static_cast<int>(d.entry->number));
  out->value = FormatDate(day);
  const int said = static_cast<int>(w.length ? w.entry->number : -1);
  if (w.length && said != Weekday(day)) {
    out->resolution = "relative_day_weekday_mismatch";
    out->warnings.push_back("weekday mismatch: the text names a " +
                            std::string(kWeekdays[said]) + " but " + out->value +
                            " is a " + kWeekdays[Weekday(day)]);
  }
  return end;
}

// [يوم] weekday [direction]; bare only beside يوم, a direction or a comma.
size_t WeekdayWord(const TimeContext& c, size_t i, TimeExpr* out) {
  const auto& t = c.tokens;
  const bool yawm = IsYawm(t, i);
  const size_t k = yawm ? i + 1 : i;
  const PhraseTable::Match w = TimeAt(c, k, Role::kWeekday);
  if (!w.length) return 0;
  const PhraseTable::Match dir = TimeAt(c, k + w.length, Role::kDirection);
  const size_t end = k + w.length + dir.length;
  const bool comma = (end < t.size() && Norm(t[end]) == "\xd8\x8c") ||
                     (i > 0 && Norm(t[i - 1]) == "\xd8\x8c");
  if (!yawm && !dir.length && !comma) return 0;
  const int d = dir.length ? static_cast<int>(dir.entry->number) : 0;
  out->kind = "date";
  out->resolution = d < 0 ? "weekday_past" : d > 0 ? "weekday_next" : "weekday_nearest_past";
  if (Unresolved(c, out)) return end;
  const int aw = Weekday(*c.article), ww = static_cast<int>(w.entry->number);
  int delta = d > 0 ? (ww - aw + 7) % 7 : -((aw - ww + 7) % 7);
  if (d != 0 && delta == 0) delta = 7 * d;
  out->value = FormatDate(AddDays(*c.article, delta));
  return end;
}

// The value of `unit` moved by `offset` from the article date.
void SetPeriod(const TimeContext& c, std::string_view unit, int offset,
               TimeExpr* out) {
  out->kind = "date";
  out->resolution = "relative_period";
  if (Unresolved(c, out)) return;
  const Date a = *c.article;
  if (unit == "day") {
    out->value = FormatDate(AddDays(a, offset));
  } else if (unit == "week") {
    const Date sunday = AddDays(a, -Weekday(a) + 7 * offset);
    out->value = FormatDate(sunday) + "/" + FormatDate(AddDays(sunday, 6));
    out->kind = "interval";
  } else if (unit == "month") {
    const Date m = AddMonths(a, offset);
    out->value = FormatMonth(m.year, m.month);
  } else if (unit == "year") {
    out->value = FormatYear(a.year + offset);
  } else {  // days weeks months: "الأيام المقبلة", a vague stretch
    const int span = unit == "days" ? 7 : unit == "weeks" ? 28 : 90;
    const Date from = offset > 0 ? AddDays(a, 1) : AddDays(a, -span);
    const Date to = offset > 0 ? AddDays(a, span) : AddDays(a, -1);
    out->value = FormatDate(from) + "/" + FormatDate(to);
    out->kind = "interval";
    out->resolution = "relative_vague_period";
  }
}

// [part] [هذا] unit [direction]: الشهر الماضي, مطلع الشهر, هذا العام.
size_t Period(const TimeContext& c, size_t i, TimeExpr* out) {
  size_t k = i;
  const PhraseTable::Match part = TimeAt(c, k, Role::kPart);
  k += part.length;
  const PhraseTable::Match self = TimeAt(c, k, Role::kThis);
  k += self.length;
  const PhraseTable::Match unit = TimeAt(c, k, Role::kUnit);
  if (!unit.length) return 0;
  k += unit.length;
  const PhraseTable::Match dir = self.length ? PhraseTable::Match{}
                                             : TimeAt(c, k, Role::kDirection);
  k += dir.length;
  const bool plural = unit.entry->value.back() == 's';
  if (!dir.length && (plural || (!part.length && !self.length))) return 0;
  if (plural && (!dir.length || dir.entry->number == 0)) return 0;
  SetPeriod(c, unit.entry->value, dir.length ? static_cast<int>(dir.entry->number) : 0,
            out);
  if (part.length) out->mod = part.entry->value;
  return k;
}

// منذ ثلاثة أيام, قبل أسبوعين, بعد يومين.
size_t AgoAhead(const TimeContext& c, size_t i, TimeExpr* out) {
  PhraseTable::Match m = TimeAt(c, i, Role::kAgo);
  if (!m.length) m = TimeAt(c, i, Role::kAhead);
  if (!m.length) return 0;
  const PhraseTable::Match q = Tables::Get().cues.MatchAt(c.tokens, i + m.length);
  const bool qualified = q.length && q.entry->role == Role::kQualifier;
  const Amount a = ReadAmount(c.tokens, i + m.length + (qualified ? q.length : 0));
  if (!a.end || a.iso == 'H' || a.iso == 'I' || a.iso == 'S') return 0;
  out->kind = "date";
  out->resolution = m.entry->role == Role::kAgo ? "ago" : "ahead";
  if (qualified) out->mod = q.entry->value;
  if (Unresolved(c, out)) return a.end;
  out->value = Shift(*c.article, a.count * m.entry->number, a.iso);
  if (out->value.empty()) out->resolution = "unresolved_out_of_range";
  return a.end;
}

size_t Inner(const TimeContext& c, size_t i, TimeExpr* out) {
  if (size_t e = DayWord(c, i, out)) return e;
  if (size_t e = WeekdayWord(c, i, out)) return e;
  if (size_t e = Period(c, i, out)) return e;
  return AgoAhead(c, i, out);
}

}  // namespace

size_t MatchRelative(const TimeContext& c, size_t i, TimeExpr* out) {
  const auto& t = c.tokens;
  const PhraseTable::Match m = TimeMatch(c, i);
  const Role role = m.length ? m.entry->role : Role::kOther;
  // "في وقت سابق من اليوم الخميس": the day it names.
  if (role == Role::kEarlier) return DayWord(c, i + m.length, out);
  // "في هذا العام", "في مطلع الشهر"; في is the commonest word there is, so
  // the next word's roles are asked first.
  if (IsFi(Norm(t[i]))) {
    if (!(t.roles(i + 1) & Tables::kTimeBit)) return 0;
    return TimeAt(c, i + 1, Role::kThis).length || TimeAt(c, i + 1, Role::kPart).length
               ? Period(c, i + 1, out) : 0;
  }
  // No time phrase at i: nothing below can match but after يوم.
  if (!m.length && !IsYawm(t, i)) return 0;
  if (role == Role::kSet) {
    out->kind = "set";
    out->value = m.entry->value;
    out->resolution = "set";
    return i + m.length;
  }
  if (role == Role::kWithin) {
    if (size_t e = Inner(c, i + 1, out)) return e;
    if (size_t e = MatchDuration(c, i + 1, out)) return e;
    return 0;
  }
  return Inner(c, i, out);
}

}  // namespace khabar::extract
