// The time extractor: at each token, try an absolute date, then a relative
// expression, then a duration; the first that matches wins and the scan
// resumes after it. Also the helpers the matchers share.

#include <cmath>
#include <cstdio>

#include "extract/numbers.h"
#include "extract/tables.h"
#include "extract/times_internal.h"

namespace khabar {
namespace extract {

Amount ReadAmount(const Tokens& t, size_t i) {
  const PhraseTable& units = Tables::Get().units;
  Amount a;
  if (i >= t.size()) return a;
  // A dual unit alone: "أسبوعين", "عامين".
  PhraseTable::Match u = units.MatchAt(t, i, /*clitics=*/true);
  if (u.length && u.entry->iso && u.entry->count == 2) {
    return {i + u.length, 2, u.entry->iso, false};
  }
  const std::optional<NumberMatch> n = ReadNumber(t, i);
  if (!n || n->percent) return a;  // weak words pass: a unit follows
  u = units.MatchAt(t, n->end, false);
  if (!u.length || !u.entry->iso) return a;
  return {n->end + u.length, n->value, u.entry->iso, n->vague};
}

std::string IsoDuration(double count, char iso) {
  char num[32];
  std::snprintf(num, sizeof num, "%g", count);
  switch (iso) {
    case 'H': return std::string("PT") + num + "H";
    case 'I': return std::string("PT") + num + "M";
    case 'S': return std::string("PT") + num + "S";
    default: return std::string("P") + num + iso;
  }
}

std::string Shift(const Date& d, double count, char iso) {
  // "قبل 125 مليون عام": no calendar year, and no int to count it in.
  const double days_per_unit = iso == 'D' ? 1 : iso == 'W' ? 7 : iso == 'M' ? 31 : 366;
  if (!(std::fabs(count) * days_per_unit <= 10000.0 * 366)) return "";
  const int n = static_cast<int>(std::lround(count));
  Date r;
  switch (iso) {
    case 'D': r = AddDays(d, n); break;
    case 'W': r = AddDays(d, 7 * n); break;
    case 'M': r = AddMonths(d, n); break;
    case 'Y': r = {d.year + n, 1, 1}; break;
    default: return "";
  }
  if (r.year < -9999 || r.year > 9999) return "";  // "قبل 2500 سنة" is -485
  return iso == 'Y' ? FormatYear(r.year)
         : iso == 'M' ? FormatMonth(r.year, r.month) : FormatDate(r);
}

std::string HijriText(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string HijriInterval(int y, int m) {
  const int first_month = m ? m : 1, last_month = m ? m : 12;
  const std::optional<Date> a = HijriToGregorian({y, first_month, 1});
  const int days = HijriMonthDays(y, last_month);
  const std::optional<Date> b = HijriToGregorian({y, last_month, 1});
  if (!a || !b || days == 0) return "";
  return FormatDate(*a) + "/" + FormatDate(AddDays(*b, days - 1));
}

// [qualifier] amount, not counted from now ("منذ" and "قبل" are relative).
size_t MatchDuration(const TimeContext& c, size_t i, TimeExpr* out,
                     size_t* begin) {
  const Amount a = ReadAmount(c.tokens, i);
  if (!a.end) return 0;
  out->kind = "duration";
  out->value = IsoDuration(a.count, a.iso);
  out->resolution = "duration";
  if (a.vague) out->mod = "more_than";
  if (begin == nullptr) return a.end;
  const size_t floor = *begin;
  *begin = i;
  const PhraseTable::Match q = Tables::Get().cues.MatchBefore(c.tokens, i);
  if (q.length && q.entry->role == Role::kQualifier && i >= floor + q.length) {
    out->mod = q.entry->value;
    *begin = i - q.length;
  }
  return a.end;
}

// A conjunction و or ف glued to the first word is not part of the
// expression: "ففي هذا العام" -> "في هذا العام", "وأمس" -> "أمس". Returns
// the byte where the expression begins in `surface`.
size_t SkipConjunction(std::string_view surface, std::string_view norm) {
  if (!(norm.starts_with("\xd9\x88") || norm.starts_with("\xd9\x81"))) return 0;
  const std::string_view rest = norm.substr(2);
  const Tables& tables = Tables::Get();
  if (rest != "\xd9\x81\xd9\x8a" && !tables.Roles(rest)) return 0;
  if (!(surface.starts_with("\xd9\x88") || surface.starts_with("\xd9\x81"))) return 0;
  size_t b = 2;
  // Harakat (U+064B..U+065F) and tatweel (U+0640) after the conjunction.
  while (b + 1 < surface.size() && surface[b] == '\xd9' &&
         ((static_cast<unsigned char>(surface[b + 1]) >= 0x8b &&
           static_cast<unsigned char>(surface[b + 1]) <= 0x9f) ||
          static_cast<unsigned char>(surface[b + 1]) == 0x80))
    b += 2;
  return b < surface.size() ? b : 0;
}

}  // namespace extract

void ExtractTimes(const ExtractInput& in, std::vector<TimeExpr>* out,
                  std::vector<std::string>* warnings) {
  const extract::Tokens t(in.tokens, &in.memo);
  const extract::TimeContext c{t, extract::ParseIsoDate(in.date)};
  size_t done = 0;  // tokens before this belong to earlier expressions
  size_t cursor = 0;
  for (size_t i = 0; (i = t.NextStart(i, &cursor)) < t.size();) {
    using T = extract::Tables;
    const bool digits = t[i].kind == TokenKind::kNumber;
    const uint8_t bits = t[i].kind == TokenKind::kArabic ? t.roles(i) : 0;
    constexpr uint8_t kStarts = T::kMonthBit | T::kYearCueBit | T::kTimeBit |
                                T::kExtraBit | T::kNumberBit | T::kDualBit;
    if (!digits && !(bits & kStarts)) { ++i; continue; }
    TimeExpr e;
    size_t begin = i, end = 0;
    if (digits || (bits & (T::kMonthBit | T::kYearCueBit)))
      end = extract::MatchAbsolute(c, i, &e);
    if (!end && (bits & (T::kTimeBit | T::kExtraBit)))
      end = extract::MatchRelative(c, i, &e);
    // An amount of time: a number, or a dual unit alone ("عامين").
    if (!end && (digits || (bits & (T::kNumberBit | T::kDualBit)))) {
      begin = done;
      end = extract::MatchDuration(c, i, &e, &begin);  // begin: floor in, start out
    }
    if (!end) { ++i; continue; }
    i = begin;
    e.span = {t[i].span.begin, t[end - 1].span.end};
    e.span.begin += static_cast<uint32_t>(
        extract::SkipConjunction(t[i].span.Of(in.text), extract::Norm(t[i])));
    e.text = std::string(e.span.Of(in.text));
    if (warnings) {
      for (const std::string& w : e.warnings) warnings->push_back(w);
    }
    out->push_back(std::move(e));
    i = done = end;
  }
}

}  // namespace khabar
