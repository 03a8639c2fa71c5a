// Absolute dates. Numeric forms are one token ("22.01.2026") or three
// numbers joined by "/" or "-" ("2026/01/22"); the year is the 4-digit end.
// Named forms are [day] month-name [year] [هـ|م], with the month in any of
// the four systems of data/months.tsv; a Hijri date (its month is Hijri, or
// هـ follows) is converted to Gregorian and kept as written in `hijri`.
// A bare 4-digit year counts when quantity_rules.h calls it a year.

#include <cstdlib>
#include <string>

#include "extract/numbers.h"
#include "extract/quantity_rules.h"
#include "extract/times_internal.h"

namespace khabar::extract {
namespace {

constexpr std::string_view kHa = "\xd9\x87";  // ه (هـ: Hijri)
constexpr std::string_view kMim = "\xd9\x85";  // م (Gregorian era)

// A plain integer token ("22", "٢٠٢٦"), or -1.
int IntAt(const Tokens& t, size_t i, size_t max_digits) {
  if (i >= t.size() || t[i].kind != TokenKind::kNumber) return -1;
  const std::string_view s = Norm(t[i]);
  if (s.empty() || s.size() > max_digits) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool IsEraMark(const Tokens& t, size_t i, bool* hijri) {
  if (i >= t.size()) return false;
  const std::string_view s = Norm(t[i]);
  if (s != kHa && s != kMim) return false;
  *hijri = s == kHa;
  return true;
}

// Fills *out with the date y-m-d (d = 0: month, m = 0: year) in the
// Gregorian or Hijri calendar; false when it does not exist.
bool SetDate(int y, int m, int d, bool hijri, TimeExpr* out) {
  out->kind = "date";
  out->resolution = "absolute";
  if (hijri) {
    out->resolution = "hijri";
    out->hijri = d ? HijriText(y, m, d) : m ? HijriText(y, m, 0).substr(0, 7)
                                             : HijriText(y, 0, 0).substr(0, 4);
    if (d == 0) {
      out->value = HijriInterval(y, m);
      out->kind = "interval";
      return !out->value.empty();
    }
    const std::optional<Date> g = HijriToGregorian({y, m, d});
    if (!g) return false;
    out->value = FormatDate(*g);
    return true;
  }
  if (d) {
    if (!IsValidDate(y, m, d)) return false;
    out->value = FormatDate({y, m, d});
  } else {
    out->value = m ? FormatMonth(y, m) : FormatYear(y);
  }
  return y >= 1000 && y <= 2200;
}

// "22.01.2026", "2026/01/22": three parts, the year first or last.
bool SetNumeric(int a, int b, int c, bool hijri, TimeExpr* out) {
  if (a >= 1000) return SetDate(a, b, c, hijri, out);
  if (c >= 1000) return SetDate(c, b, a, hijri, out);
  return false;
}

size_t OneTokenDate(const TimeContext& ctx, size_t i, TimeExpr* out) {
  const std::string_view s = Norm(ctx.tokens[i]);
  int part[3], n = 0, v = 0, digits = 0;
  char sep = 0;
  for (char ch : s) {
    if (ch >= '0' && ch <= '9') {
      if (++digits > 4) return 0;  // no part of a date has five digits
      v = v * 10 + (ch - '0');
      continue;
    }
    if (ch != '.' && ch != '/' && ch != '-') return 0;
    if ((sep && ch != sep) || n == 2 || digits == 0) return 0;
    sep = ch;
    part[n++] = v;
    v = digits = 0;
  }
  if (n != 2 || digits == 0) return 0;
  part[2] = v;
  bool hijri = false;
  const bool era = IsEraMark(ctx.tokens, i + 1, &hijri);
  if (!SetNumeric(part[0], part[1], part[2], hijri, out)) return 0;
  return i + 1 + era;
}

// "2026/01/22", "22-01-2026" as five tokens.
size_t SplitDate(const TimeContext& ctx, size_t i, TimeExpr* out) {
  const auto& t = ctx.tokens;
  if (i + 4 >= t.size()) return 0;
  const std::string_view sep = Norm(t[i + 1]);
  if ((sep != "/" && sep != "-" && sep != ".") || Norm(t[i + 3]) != sep) return 0;
  for (size_t k = i; k < i + 4; ++k)
    if (t[k].span.end != t[k + 1].span.begin) return 0;
  const int a = IntAt(t, i, 4), b = IntAt(t, i + 2, 2), c = IntAt(t, i + 4, 4);
  if (a < 0 || b < 0 || c < 0) return 0;
  bool hijri = false;
  const bool era = IsEraMark(t, i + 5, &hijri);
  if (!SetNumeric(a, b, c, hijri, out)) return 0;
  return i + 5 + era;
}

// The year closest to the article date for a day and month written without
// one ("22 يناير" in an article of 2026-01-25 -> 2026).
int NearestYear(const TimeContext& ctx, int m) {
  const Date a = *ctx.article;
  if (m - a.month > 6) return a.year - 1;
  if (a.month - m > 6) return a.year + 1;
  return a.year;
}

// [day] [من] month [(alternate month)] [year] [era].
size_t NamedDate(const TimeContext& ctx, size_t i, TimeExpr* out) {
  const auto& t = ctx.tokens;
  const PhraseTable& months = Tables::Get().months;
  const int day = IntAt(t, i, 2);
  size_t k = day > 0 && day <= 31 ? i + 1 : i;
  if (k > i && k < t.size() && Norm(t[k]) == "\xd9\x85\xd9\x86") ++k;  // من
  const PhraseTable::Match month = months.MatchAt(t, k, /*clitics=*/k == i);
  if (month.length == 0) return 0;
  bool hijri = month.entry->role == Role::kHijri;
  k += month.length;
  // "يناير (كانون الثاني)" or "يناير/كانون الثاني": the same month twice.
  if (k + 1 < t.size() && (Norm(t[k]) == "(" || Norm(t[k]) == "/")) {
    const PhraseTable::Match alt = months.MatchAt(t, k + 1, false);
    const size_t close = k + 1 + alt.length;
    if (alt.length && alt.entry->number == month.entry->number) {
      k = close < t.size() && Norm(t[close]) == ")" ? close + 1 : close;
    }
  }
  const int year = IntAt(t, k, 4);
  if (year < 0 && k == i + month.length) return 0;  // a month name alone
  size_t end = k;
  int y = year;
  if (year >= 0) {
    end = k + 1;
    bool era_hijri = false;
    if (IsEraMark(t, end, &era_hijri)) { hijri |= era_hijri; ++end; }
  } else {
    if (!ctx.article || hijri) return 0;
    y = NearestYear(ctx, static_cast<int>(month.entry->number));
  }
  if (!SetDate(y, static_cast<int>(month.entry->number), day > 0 && k > i ? day : 0,
               hijri, out))
    return 0;
  if (year < 0) out->resolution = "absolute_year_from_article";
  return end;
}

// "عام 2015", "العام 2015م", "1436هـ", "2015".
size_t YearOnly(const TimeContext& ctx, size_t i, TimeExpr* out) {
  const auto& t = ctx.tokens;
  size_t k = i;
  const PhraseTable::Match cue = Tables::Get().cues.MatchAt(t, i);
  if (cue.length && cue.entry->role == Role::kYear) k += cue.length;
  const int y = IntAt(t, k, 4);
  if (y < 0) return 0;
  bool hijri = false;
  const bool era = IsEraMark(t, k + 1, &hijri);
  if (!era && !IsYearLike(t[k])) return 0;
  if (!era && k == i && Tables::Get().units.MatchAt(t, k + 1, false).length) return 0;
  if (hijri ? (y < 1300 || y > 1600) : (y < 1000 || y > 2200)) return 0;
  if (!SetDate(y, 0, 0, hijri, out)) return 0;
  return k + 1 + era;
}

}  // namespace

size_t MatchAbsolute(const TimeContext& c, size_t i, TimeExpr* out) {
  const Token& tok = c.tokens[i];
  if (tok.kind == TokenKind::kNumber) {
    if (size_t e = OneTokenDate(c, i, out)) return e;
    if (size_t e = SplitDate(c, i, out)) return e;
  }
  if (size_t e = NamedDate(c, i, out)) return e;
  return YearOnly(c, i, out);
}

}  // namespace khabar::extract
