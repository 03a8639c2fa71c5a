// Shared by the time matchers (times.cc, times_absolute.cc,
// times_relative.cc): each looks at tokens[i] and, when an expression
// starts there, fills a TimeExpr (all but span and text) and returns the
// index after its last token; 0 when nothing starts there.

#ifndef KHABAR_EXTRACT_TIMES_INTERNAL_H_
#define KHABAR_EXTRACT_TIMES_INTERNAL_H_

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "extract/calendar.h"
#include "extract/extractor.h"
#include "extract/tables.h"

namespace khabar::extract {

struct TimeContext {
  const Tokens& tokens;
  std::optional<Date> article;  // the article date, when known
  // The time-word phrase found at a few recent tokens (times_relative.cc).
  struct Memo {
    size_t at = static_cast<size_t>(-1);
    PhraseTable::Match match;
  };
  mutable std::array<Memo, 4> memo{};
};

// 22.01.2026, 2026/01/22, ٢٢ يناير ٢٠٢٦, 22 كانون الثاني 2026, ٣ رجب ١٤٤٧ هـ,
// يناير 2026, عام 2015, 1436هـ.
size_t MatchAbsolute(const TimeContext& c, size_t i, TimeExpr* out);

// اليوم الخميس, أمس, الخميس الماضي, الشهر الجاري, مطلع الشهر, في هذا العام,
// منذ ثلاثة أيام, خلال الأيام المقبلة, يوميا.
size_t MatchRelative(const TimeContext& c, size_t i, TimeExpr* out);

// لأكثر من خمسين عاماً -> P50Y; عامين -> P2Y. The amount starts at
// tokens[i]; when begin is not null it holds the first token the
// expression may take (in) and where it starts (out): a qualifier just
// before the amount ("لأكثر من") starts it.
size_t MatchDuration(const TimeContext& c, size_t i, TimeExpr* out,
                     size_t* begin = nullptr);

// An amount of time at tokens[i]: "ثلاثة أيام", "أسبوعين", "خمسين عاماً".
struct Amount {
  size_t end = 0;   // 0: none
  double count = 0;
  char iso = 0;     // Y M W D H I S
  bool vague = false;
};
Amount ReadAmount(const Tokens& t, size_t i);

// "P50Y", "PT3H", "P1.5Y".
std::string IsoDuration(double count, char iso);

// The date `count` units of `iso` from d, at the unit's granularity:
// D/W -> YYYY-MM-DD, M -> YYYY-MM, Y -> YYYY; "" for H I S and for a year
// beyond 9999 either way ("قبل 125 مليون عام").
std::string Shift(const Date& d, double count, char iso);

// The text of a Hijri date "1447-07-03" and its Gregorian interval for a
// month or a year ("2025-12-22/2026-01-20").
std::string HijriText(int y, int m, int d);
std::string HijriInterval(int y, int m);  // m = 0: the whole year

}  // namespace khabar::extract

#endif  // KHABAR_EXTRACT_TIMES_INTERNAL_H_
