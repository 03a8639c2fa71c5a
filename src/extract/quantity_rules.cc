// Why a number is not a quantity, and which noun a quantity counts. Arabic
// counts with the noun after the number (genitive plural after 3..10,
// accusative singular after 11..99, genitive singular after 100s:
// "ثلاثة أيام"، "٣٢ عملية"، "١٥٠ شابا"), so the counted noun is the word
// that follows, plus an adjective agreeing with it ("شابا فلسطينيا").

#include "extract/quantity_rules.h"

#include <cmath>
#include <string_view>

#include "extract/tables.h"

namespace khabar::extract {
namespace {

constexpr std::string_view kMin = "\xd9\x85\xd9\x86";  // من
constexpr std::string_view kAl = "\xd8\xa7\xd9\x84";   // ال

bool IsDigits(const Token& t) { return t.kind == TokenKind::kNumber; }

bool Adjacent(const Token& a, const Token& b) { return a.span.end == b.span.begin; }

// "10:30", "2026/01/22", "22-01-2026", "255:2": a number joined to another
// by ":" or "/", or the middle of a dash chain.
bool InNumberChain(const Tokens& t, size_t b, size_t e) {
  const auto joins = [&](size_t sep, size_t other, bool dash) {
    if (sep >= t.size() || other >= t.size() || !IsDigits(t[other])) return false;
    const std::string_view s = Norm(t[sep]);
    return s == ":" || s == "/" || (dash && s == "-");
  };
  if (joins(e, e + 1, false) || (b >= 2 && joins(b - 1, b - 2, false))) return true;
  // Dates with dashes: N-N-N.
  return joins(e, e + 1, true) && joins(e + 2, e + 3, true);
}

bool IsPhone(const Tokens& t, size_t b) {
  const std::string_view s = Norm(t[b]);
  if (b > 0 && Norm(t[b - 1]) == "+" && Adjacent(t[b - 1], t[b])) return true;
  size_t digits = 0;
  for (char c : s) digits += (c >= '0' && c <= '9');
  if (digits != s.size()) return false;  // separators: an amount
  return digits >= 8 || (digits >= 4 && s[0] == '0');
}


// The article as written (ال ٱل), or ل + ال (لل): the norm reads "ألوان" as
// "الوان" too.
bool HasArticle(std::string_view surface) {
  return surface.starts_with("\xd8\xa7\xd9\x84") || surface.starts_with("\xd9\xb1\xd9\x84") ||
         surface.starts_with("\xd9\x84\xd9\x84");
}

// "يعيشون"، "يتجهون"، "نزحوا": a verb in the plural (an imperfect or
// perfect prefix ي ت ن, the ending ون or وا), not a nisba plural
// ("يمنيون"، "تونسيون", ي before the ending).
bool IsPluralVerb(std::string_view s) {
  constexpr std::string_view kYa = "\xd9\x8a", kTa = "\xd8\xaa", kNun = "\xd9\x86";
  if (s.size() < 10 || !(s.starts_with(kYa) || s.starts_with(kTa) || s.starts_with(kNun)))
    return false;
  const std::string_view end = s.substr(s.size() - 4);
  if (end != "\xd9\x88\xd9\x86" && end != "\xd9\x88\xd8\xa7") return false;  // ون وا
  return s.substr(s.size() - 6, 2) != kYa;
}

// An Arabic word that can head a counted noun phrase.
bool IsNounCandidate(const Tokens& tokens, size_t k) {
  const Token& t = tokens[k];
  if (t.kind != TokenKind::kArabic || t.stop) return false;
  const std::string_view s = Norm(t);
  // "وأصيب"، "ويقول": a verb with و opens the next clause.
  if (s.starts_with("\xd9\x88\xd8\xa7") || s.starts_with("\xd9\x88\xd9\x8a")) return false;
  if (IsPluralVerb(s)) return false;
  // A word that begins a number, time, cue or unit phrase; the roles say
  // which words may, the tables which do.
  using T = Tables;
  if (!(tokens.roles(k) & (T::kNumberBit | T::kTimeBit | T::kCueBit | T::kYearCueBit |
                           T::kUnitBit)))
    return true;
  const Tables& tables = Tables::Get();
  return !tables.numbers.Starts(s) && !tables.time.Starts(s) &&
         !tables.cues.Starts(s) && !tables.units.Starts(s);
}

// A relative adjective (nisba) or one that shares the noun's accusative
// ending: "إنسانية"، "فلسطينيا"، "الإنسانية".
bool IsAdjective(const Tokens& t, size_t noun, size_t adj) {
  if (!IsNounCandidate(t, adj)) return false;
  const std::string_view a = Norm(t[adj]), n = Norm(t[noun]);
  // An indefinite noun takes an indefinite nisba: "لاجئ سوري".
  if (!n.starts_with(kAl) && !a.starts_with(kAl) && a.ends_with("\xd9\x8a") &&
      a.size() >= 8)
    return true;
  for (std::string_view end : {"\xd9\x8a\xd9\x87", "\xd9\x8a\xd8\xa7",
                               "\xd9\x8a\xd9\x8a\xd9\x86", "\xd9\x8a\xd9\x88\xd9\x86",
                               "\xd9\x8a\xd8\xa7\xd8\xaa"}) {  // يه يا يين يون يات
    if (a.ends_with(end)) return n.starts_with(kAl) == a.starts_with(kAl);
  }
  return n.starts_with(kAl) && a.starts_with(kAl) && a.ends_with("\xd9\x8a");  // ي
}

}  // namespace

bool IsYearLike(const Token& t) {
  const std::string_view s = Norm(t);
  if (t.kind != TokenKind::kNumber || s.size() != 4) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  return y >= 1900 && y <= 2100;
}

bool NextToMonth(const Tokens& t, size_t b, size_t e) {
  const PhraseTable& months = Tables::Get().months;
  const bool min = e + 1 < t.size() && Norm(t[e]) == kMin;  // "17 من يوليو"
  return months.MatchAt(t, e, false).length > 0 ||
         (min && months.MatchAt(t, e + 1, false).length > 0) ||
         months.MatchBefore(t, b).length > 0;
}

bool IsNotQuantity(const Tokens& t, const NumberMatch& n) {
  const size_t b = n.begin, e = n.end;
  // "رقم ( 15 )", "عام (2015)": the cue stands before the bracket.
  const size_t cue_end = b > 0 && Norm(t[b - 1]) == "(" ? b - 1 : b;
  const PhraseTable::Match before = Tables::Get().cues.MatchBefore(t, cue_end);
  if (before.length > 0 && before.entry->role == Role::kReference) return true;
  // "عام 2015", but not "العام ٢٫٥٪" (the general index, 2.5%).
  if (before.length > 0 && before.entry->role == Role::kYear && n.digits &&
      !n.percent && n.value < 1e6 && n.value == std::trunc(n.value) && n.end == b + 1)
    return true;
  if (NextToMonth(t, b, e)) return true;
  if (!n.digits) return false;
  if (InNumberChain(t, b, e) || IsPhone(t, b)) return true;
  // "1436 هـ", "2015 م", and a bare year with no unit after it.
  const std::string_view next = e < t.size() ? Norm(t[e]) : "";
  if (next == "\xd9\x87") return true;  // ه
  if (e == b + 1 && IsYearLike(t[b]))
    return Tables::Get().units.MatchAt(t, e, false).length == 0;
  return false;
}

size_t ReadCounted(std::string_view text, const Tokens& t, size_t k, bool need_min,
                   bool definite, Span* span) {
  *span = {};
  size_t head = k;
  const bool min = head + 1 < t.size() && Norm(t[head]) == kMin;
  if (min) ++head;
  else if (need_min) return k;
  if (head >= t.size() || !IsNounCandidate(t, head)) return k;
  if (!min && !definite && HasArticle(t[head].span.Of(text))) return k;
  size_t end = head + 1;
  if (end < t.size() && IsAdjective(t, head, end)) ++end;
  *span = {t[head].span.begin, t[end - 1].span.end};
  return end;
}

}  // namespace khabar::extract
