// Quantities: find a number (numbers.h), drop it when it is a label, a year
// or a phone number, then grow it: a range ("٣-٥"، "بين ٣ و٥"), brackets
// ("( 18 ) موقعاً"), a qualifier before it ("لأكثر من"), a unit after it
// ("طن"، "في المئة"), a multiplier verb ("تضاعف ثلاث مرات"), the counted
// noun ("عملية إنسانية"، "من البضائع") and a qualifier after it ("على
// الأقل"). A number left bare, with none of these nor a scale word, is
// dropped: on real pages it is a model or an episode ("ويندوز 10"، "بوينج
// 777"), a list item ("1-"), a score, a code or CSS far more often than an
// amount.

#include <string>

#include "extract/extractor.h"
#include "extract/numbers.h"
#include "extract/quantity_rules.h"
#include "extract/tables.h"

namespace khabar {
namespace {

using extract::NumberMatch;
using extract::PhraseTable;
using extract::Tables;
using extract::Norm;
using extract::Tokens;

// The pieces of one quantity, as token indices, before it becomes text.
struct Parts {
  size_t begin = 0, end = 0;  // the whole quantity
  NumberMatch number;
  Quantity q;
};

constexpr std::string_view kBayna = "\xd8\xa8\xd9\x8a\xd9\x86";  // بين
constexpr std::string_view kWaw = "\xd9\x88";                      // و

bool IsRangeMark(std::string_view s) {
  return s == "-" || s == "\xe2\x80\x93" ||       // en dash
         s == "\xd8\xa7\xd9\x84\xd9\x8a";         // الي (إلى)
}

// "٣-٥", "٣ إلى ٥", "بين ٣ و٥": extends p->number and sets value_max.
void ReadRange(const Tokens& t, Parts* p) {
  const size_t b = p->number.begin, e = p->number.end;
  const bool between = b > 0 && Norm(t[b - 1]) == kBayna;
  if (e + 1 >= t.size()) return;
  if (!IsRangeMark(Norm(t[e])) && !(between && Norm(t[e]) == kWaw)) return;
  const std::optional<NumberMatch> hi = extract::ReadNumber(t, e + 1);
  if (!hi || !hi->digits || !p->number.digits || hi->value <= p->number.value)
    return;
  if (between) p->begin = b - 1;
  p->q.value_max = hi->value;
  p->number.percent |= hi->percent;
  p->number.end = hi->end;
}

// "( 18 ) موقعاً", "(٢٤) قاضياً": a number in brackets, its noun after them.
// Takes both brackets into the quantity; false when there are none.
bool ReadBrackets(const Tokens& t, Parts* p) {
  const size_t b = p->begin, e = p->number.end;
  if (b == 0 || e >= t.size() || Norm(t[b - 1]) != "(" || Norm(t[e]) != ")") return false;
  p->begin = b - 1;
  p->end = e + 1;
  return true;
}

// "1990-2000", "(1732 - 1763)": a span of years (a lifespan, a period), not
// an amount, unless a unit follows ("بين 1500 و1600 ريال").
bool IsYearRange(const Tokens& t, const Parts& p) {
  const double lo = p.number.value, hi = p.q.value_max.value_or(0);
  // Range first: casting a value beyond int's is undefined.
  if (lo < 1000 || lo > 2100 || hi < 1000 || hi > 2100) return false;
  return lo == static_cast<int>(lo) && hi == static_cast<int>(hi) && hi - lo <= 150 &&
         Tables::Get().units.MatchAt(t, p.number.end, false).length == 0;
}

// Nothing but the number: no unit, no counted noun, no qualifier, no range,
// no scale word ("626 ألفا" stays).
bool IsBare(const Parts& p) {
  return p.q.unit.empty() && p.q.counted_span.empty() && p.q.qualifier == "exact" &&
         !p.q.value_max && !p.number.scaled && !p.number.vague;
}

// The qualifier or multiplier verb just before the number.
void ReadQualifier(const Tokens& t, Parts* p) {
  const PhraseTable::Match m = Tables::Get().cues.MatchBefore(t, p->begin);
  if (m.length == 0 || m.entry->role != extract::Role::kQualifier) return;
  p->q.qualifier = m.entry->value;
  p->begin -= m.length;
}

void ReadUnit(const Tokens& t, Parts* p) {
  if (p->number.percent) {
    p->q.unit = "%";
    p->q.unit_kind = "percent";
    return;
  }
  const PhraseTable::Match m = Tables::Get().units.MatchAt(t, p->end, false);
  if (m.length == 0) return;
  p->q.unit = m.entry->value;
  p->q.unit_kind = m.entry->role_name;
  p->end += m.length;
  if (m.entry->role == extract::Role::kMultiplier) {
    p->q.qualifier = "multiplier";
    p->q.unit.clear();
  }
}

// "تضاعف ثلاث مرات", "تضاعفت الأرباح أربع مرات": a multiplying verb up to
// two words before "N مرات" or "N أضعاف" makes it a factor.
void ReadMultiplier(const Tokens& t, Parts* p) {
  if (p->q.unit_kind != "count" && p->q.unit_kind != "multiplier") return;
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t verb = kNone;
  for (size_t gap = 0; gap <= 2 && gap < p->begin; ++gap) {
    const PhraseTable::Match m = Tables::Get().cues.MatchBefore(t, p->begin - gap);
    if (m.length && m.entry->role == extract::Role::kMultiplier)
      verb = p->begin - gap - m.length;
    if (m.length) break;
  }
  if (verb == kNone && p->q.unit_kind == "count") return;
  if (verb != kNone) p->begin = verb;
  p->q.qualifier = "multiplier";
  p->q.unit.clear();
  p->q.unit_kind.clear();
}

void ReadAfterQualifier(const Tokens& t, Parts* p) {
  const PhraseTable::Match m = Tables::Get().cues.MatchAt(t, p->end, false);
  if (m.length == 0 || m.entry->role != extract::Role::kAfter) return;
  if (p->q.qualifier == "exact") p->q.qualifier = m.entry->value;
  p->end += m.length;
}

// "ضعفين", "دولارين": a dual unit is a quantity of two by itself (not a
// dual of time, which the time extractor reads as a duration).
std::optional<Parts> DualUnit(const Tokens& t, size_t i) {
  const PhraseTable::Match m = Tables::Get().units.MatchAt(t, i);
  if (m.length == 0 || m.entry->count != 2 || m.entry->role == extract::Role::kTime)
    return std::nullopt;
  Parts p{i, i + m.length, {i, i + m.length, 2}, {}};
  p.q.unit = m.entry->value;
  p.q.unit_kind = m.entry->role_name;
  if (m.entry->role == extract::Role::kMultiplier) {
    p.q.qualifier = "multiplier";
    p.q.unit.clear();
  }
  ReadQualifier(t, &p);
  return p;
}

void Finish(std::string_view text, const Tokens& t, Parts* p,
            std::vector<Quantity>* out) {
  Quantity& q = p->q;
  q.value = p->number.value;
  if (p->number.vague && q.qualifier == "exact") q.qualifier = "more_than";
  q.span = {t[p->begin].span.begin, t[p->end - 1].span.end};
  q.text = std::string(q.span.Of(text));
  if (!q.counted_span.empty()) q.counted = std::string(q.counted_span.Of(text));
  out->push_back(std::move(q));
}

}  // namespace

void ExtractQuantities(const ExtractInput& in, std::vector<Quantity>* out) {
  const Tokens t(in.tokens, &in.memo);
  size_t cursor = 0;
  for (size_t i = 0; (i = t.NextStart(i, &cursor)) < t.size();) {
    if (!extract::MayStartNumber(t, i)) { ++i; continue; }
    const std::optional<NumberMatch> n = extract::ReadNumber(t, i);
    if (!n) {
      std::optional<Parts> dual = DualUnit(t, i);
      if (dual) Finish(in.text, t, &*dual, out);
      i = dual ? dual->end : i + 1;
      continue;
    }
    Parts p{i, n->end, *n, {}};
    if (extract::IsNotQuantity(t, p.number)) { i = n->end; continue; }
    ReadRange(t, &p);
    p.end = p.number.end;
    // "15 إلى 21 يوليو": days of a month; "(1732 - 1763)": years.
    if (p.q.value_max && (extract::NextToMonth(t, p.begin, p.end) || IsYearRange(t, p))) {
      i = p.end;
      continue;
    }
    ReadBrackets(t, &p);
    ReadQualifier(t, &p);
    ReadUnit(t, &p);
    ReadMultiplier(t, &p);
    if (p.number.weak && p.q.unit.empty() && p.q.qualifier != "multiplier") {
      i = p.number.end;
      continue;
    }
    // With a unit, only "من" introduces what is counted ("طن من البضائع");
    // a currency, a distance, a time or a percent counts nothing; nor does
    // a noun right after "134 مليوناً" (the accusative closes the number).
    const std::string& kind = p.q.unit_kind;
    if (kind.empty() ? p.q.qualifier != "multiplier"
                     : kind == "measure" || kind == "count") {
      const bool after_digits = t[p.number.end - 1].kind == TokenKind::kNumber;
      p.end = extract::ReadCounted(in.text, t, p.end, !kind.empty() || p.number.accusative,
                                   !after_digits, &p.q.counted_span);
    }
    ReadAfterQualifier(t, &p);
    if (IsBare(p)) {
      i = p.number.end;
      continue;
    }
    i = p.end;
    Finish(in.text, t, &p, out);
  }
}

}  // namespace khabar
